package dev.octavo.maven;

import dev.octavo.init.NewBookProject;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Starts a book project: {@code mvn dev.octavo:octavo:init} writes {@code my-book/} (or {@code -Doctavo.directory})
 * with a pom that uses this plugin, a manuscript that shows the format, {@code .mvn/jvm.config} and a
 * {@code .gitignore}. Needs no project; overwrites nothing.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public final class InitMojo extends AbstractMojo {
    /** Where the project goes: a new or empty folder. */
    @Parameter(property = "octavo.directory", defaultValue = "${user.dir}/my-book")
    private File directory;

    @Override
    public void execute() throws MojoExecutionException {
        Path target = directory.toPath();
        try {
            List<Path> files = NewBookProject.write(target, Instant.now());
            getLog().info("A new book project in " + target + ": " + String.join(", ",
                    files.stream().map(file -> target.relativize(file).toString()).toList()));
            getLog().info("Next: cd " + target + " && mvn package   (mvn octavo:serve shows the book as you write)");
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage() + ": " + e.getCause().getMessage(), e.getCause());
        }
    }
}
