package dev.octavo.maven;

import dev.octavo.EpubImport;
import dev.octavo.ManuscriptException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Imports an EPUB made elsewhere as a manuscript: {@code mvn dev.octavo:octavo:import -Doctavo.epub=old.epub}
 * writes {@code manuscript/} (or {@code -Doctavo.manuscript}) with {@code IMPORT.md} listing what was left out.
 * Needs no project; a folder that is not empty is refused unless {@code -Doctavo.force}.
 */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public final class ImportMojo extends AbstractMojo {
    /** The EPUB 2 or 3 to import. */
    @Parameter(property = "octavo.epub", required = true)
    private File epub;

    /** The folder the manuscript goes into: new or empty, unless force. */
    @Parameter(property = "octavo.manuscript", defaultValue = "${user.dir}/manuscript")
    private File manuscript;

    /** Replace a manuscript folder that is not empty. */
    @Parameter(property = "octavo.force", defaultValue = "false")
    private boolean force;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path target = manuscript.toPath();
        try {
            EpubImport.Result result = EpubImport.builder().epub(epub.toPath()).manuscript(target).force(force)
                    .progress(message -> getLog().info(message)).build().run();
            result.leftOut().forEach(d -> getLog().debug(d.format(null)));
            getLog().info("A manuscript in " + target + (result.leftOut().isEmpty() ? ""
                    : "; what was left out is listed in " + target.resolve("IMPORT.md")));
        } catch (ManuscriptException e) {
            e.diagnostics().forEach(d -> getLog().error(d.format(null)));
            throw new MojoFailureException("the EPUB " + epub + " cannot be imported: " + e.errors().size()
                    + " error(s); nothing was written");
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage() + ": " + e.getCause().getMessage(), e.getCause());
        }
    }
}
