package dev.octavo.maven;

import dev.octavo.Diagnostic;
import dev.octavo.Format;
import dev.octavo.ManuscriptException;
import dev.octavo.ProgressListener;
import dev.octavo.Publisher;
import dev.octavo.internal.Timestamps;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Publishes the project's manuscript as EPUB 3 and PDF.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public final class BuildMojo extends AbstractMojo {

    /** The manuscript: book.yaml, the chapters NN-name.md, glossary.md and images. */
    @Parameter(property = "octavo.manuscript", defaultValue = "${project.basedir}/manuscript", required = true)
    private File manuscript;

    /** Stylesheets and templates over Octavo's house style; when the folder is absent the house style is used. */
    @Parameter(property = "octavo.styles", defaultValue = "${project.basedir}/styles")
    private File styles;

    /**
     * TrueType fonts to typeset with. Unset: {@code ${project.basedir}/fonts} if that folder exists, else Octavo's
     * default fonts. A folder that is set must exist; a misspelt one fails the build rather than change the fonts.
     */
    @Parameter(property = "octavo.fonts")
    private File fonts;

    /**
     * How a character that no font of the book can draw is reported: {@code error} (the default; the build
     * fails) or {@code warning}.
     */
    @Parameter(property = "octavo.missingGlyphs", defaultValue = "error")
    private String missingGlyphs;

    /** Where the .epub and .pdf are written. */
    @Parameter(property = "octavo.output", defaultValue = "${project.basedir}/dist", required = true)
    private File output;

    /** The formats to publish: epub, pdf (default: both). */
    @Parameter(property = "octavo.formats")
    private List<String> formats;

    /**
     * The time stamped into the outputs, ISO 8601 or epoch seconds. With the same manuscript and timestamp the
     * outputs are byte-identical. Unset: SOURCE_DATE_EPOCH, else the time of the build.
     */
    @Parameter(property = "octavo.timestamp", defaultValue = "${project.build.outputTimestamp}")
    private String timestamp;

    /** Skips publishing. */
    @Parameter(property = "octavo.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Octavo: skipped (octavo.skip)");
            return;
        }
        File projectFonts = new File(basedir, "fonts");
        File fontsFolder = fonts != null ? fonts : projectFonts.isDirectory() ? projectFonts : null;
        Publisher.Builder builder = Publisher.builder()
                .manuscript(manuscript.toPath())
                .styles(styles.toPath())
                .fonts(fontsFolder == null ? null : fontsFolder.toPath())
                .output(output.toPath())
                .displayBase(basedir.toPath())
                .progress(new MavenProgress(getLog(), basedir));
        if (missingGlyphs != null && !missingGlyphs.isBlank()) {
            try {
                builder.missingGlyphs(Diagnostic.Severity.parse(missingGlyphs));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("missingGlyphs: " + e.getMessage(), e);
            }
        }
        if (formats != null && !formats.isEmpty()) {
            Set<Format> wanted = EnumSet.noneOf(Format.class);
            try {
                formats.forEach(f -> wanted.add(Format.parse(f)));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException(e.getMessage(), e);
            }
            builder.formats(wanted);
        }
        if (timestamp != null && !timestamp.isBlank()) {
            try {
                builder.timestamp(Timestamps.parse(timestamp));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException(e.getMessage(), e);
            }
        }
        try {
            builder.build().publish();
        } catch (ManuscriptException e) {
            for (Diagnostic diagnostic : e.diagnostics()) {
                String line = diagnostic.format(basedir.toPath());
                if (diagnostic.isError()) {
                    getLog().error(line);
                } else {
                    getLog().warn(line);
                }
            }
            throw new MojoFailureException("The manuscript has " + e.errors().size()
                    + " error(s); nothing was published. First: " + e.errors().get(0).format(basedir.toPath()));
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e.getCause());
        }
    }

    /** Steps at info, the renderers' chatter at debug, warnings at warn. */
    private record MavenProgress(Log log, File basedir) implements ProgressListener {
        @Override
        public void step(String message) {
            log.info(message);
        }

        @Override
        public void detail(String message) {
            if (log.isDebugEnabled()) {
                log.debug(message);
            }
        }

        @Override
        public void warning(Diagnostic diagnostic) {
            log.warn(diagnostic.format(basedir.toPath()));
        }
    }
}
