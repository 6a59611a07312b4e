package dev.octavo.maven;

import dev.octavo.Format;
import dev.octavo.ManuscriptException;
import dev.octavo.Publication;
import dev.octavo.Publisher;
import dev.octavo.internal.BuildRecord;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /**
     * Builds in a JVM of its own with the settings a book builds fastest with (C1 only, the parallel collector, a
     * bounded heap: see the README), whatever Maven's JVM was started with. {@code false} builds inside Maven's JVM.
     */
    @Parameter(property = "octavo.fork", defaultValue = "true")
    private boolean fork;

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
            Publisher.Builder publisher = publisher();
            Optional<Publication> upToDate = force ? Optional.empty() : publisher.build().upToDate();
            Map<Format, Path> outputs;
            if (upToDate.isPresent()) {
                outputs = upToDate.get().outputs();
            } else if (fork) {
                new ForkedBuild(getLog()).run(basedir, manuscript.toPath(), commandLine()); // parameters checked by publisher() above
                outputs = recordedOutputs();
            } else {
                outputs = publisher.force(true).build().publish().outputs(); // found out of date just now
            }
            if (attach) {
                outputs.forEach((format, file) -> {
                    // The cover is a second pdf: type pdf, classifier cover.
                    projectHelper.attachArtifact(project, format.extension(),
                            format == Format.COVER ? format.formatName() : null, file.toFile());
                    getLog().info("Attached " + format.formatName() + ": " + file.getFileName());
                });
            }
        } catch (ManuscriptException e) {
            throw failure(e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e.getCause());
        }
    }

    /** The command line's build with this goal's parameters; forced, since the goal has found it out of date. */
    private List<String> commandLine() {
        List<String> arguments = new ArrayList<>(List.of("build", "--manuscript", manuscript.getPath(),
                "--output", output.getPath(), "--styles", styles.getPath(), "--force"));
        File fontsFolder = fontsFolder();
        if (fontsFolder != null) {
            arguments.addAll(List.of("--fonts", fontsFolder.getPath()));
        }
        if (theme != null && !theme.isBlank()) {
            arguments.addAll(List.of("--theme", theme));
        }
        if (formats != null && !formats.isEmpty()) {
            arguments.addAll(List.of("--format", String.join(",", formats)));
        }
        if (timestamp != null && !timestamp.isBlank()) {
            arguments.addAll(List.of("--timestamp", timestamp));
        }
        if (missingGlyphs != null && !missingGlyphs.isBlank()) {
            arguments.addAll(List.of("--missing-glyphs", missingGlyphs));
        }
        if (getLog().isDebugEnabled()) {
            arguments.add("--verbose");
        }
        return arguments;
    }

    /** The outputs the build in its own JVM wrote, as its record in the output folder lists them. */
    private Map<Format, Path> recordedOutputs() throws MojoExecutionException {
        return BuildRecord.read(output.toPath()).orElseThrow(() -> new MojoExecutionException(
                "the build left no readable " + BuildRecord.FILE_NAME + " in " + output)).files(output.toPath());
    }
}
