package dev.octavo.maven;

import dev.octavo.ManuscriptException;
import dev.octavo.Publication;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

import java.io.File;
import java.io.UncheckedIOException;

/**
 * Publishes the project's manuscript as EPUB 3 and PDF: {@code dist/<title>.epub} and {@code dist/<title>.pdf}.
 * Errors in the manuscript fail the build with compiler-style messages ({@code file:line:column: error: …});
 * nothing is written then, and earlier outputs stay as they were.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class BuildMojo extends AbstractOctavoMojo {

    /**
     * Attaches the outputs to the project as artifacts of types {@code epub} and {@code pdf}, so that
     * {@code mvn install} and {@code mvn deploy} publish them with the project.
     */
    @Parameter(property = "octavo.attach", defaultValue = "false")
    private boolean attach;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Component
    private MavenProjectHelper projectHelper;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Octavo: skipped (octavo.skip)");
            return;
        }
        try {
            Publication publication = publisher().build().publish();
            if (attach) {
                publication.outputs().forEach((format, file) -> {
                    projectHelper.attachArtifact(project, format.extension(), file.toFile());
                    getLog().info("Attached " + format.extension() + ": " + file.getFileName());
                });
            }
        } catch (ManuscriptException e) {
            throw failure(e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e.getCause());
        }
    }
}
