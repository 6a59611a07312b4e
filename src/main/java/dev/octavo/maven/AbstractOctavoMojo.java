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
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The parameters every Octavo goal shares, and their mapping onto the {@link Publisher} builder. */
abstract class AbstractOctavoMojo extends AbstractMojo {

    /** The manuscript: book.yaml, the chapters NN-name.md, glossary.md and images. */
    @Parameter(property = "octavo.manuscript", defaultValue = "${project.basedir}/manuscript", required = true)
    File manuscript;

    /** Stylesheets and templates over Octavo's house style; when the folder is absent the house style is used. */
    @Parameter(property = "octavo.styles", defaultValue = "${project.basedir}/styles")
    File styles;

    /**
     * A theme between the house style and {@code styles/}: the name of a theme in a jar added to this plugin's
     * dependencies, which keeps its stylesheets, templates and fonts under {@code octavo-themes/<name>/}.
     */
    @Parameter(property = "octavo.theme")
    String theme;

    /**
     * TrueType fonts to typeset with. Unset: {@code ${project.basedir}/fonts} if that folder exists, else Octavo's
     * default fonts. A folder that is set must exist; a misspelt one fails the build rather than change the fonts.
     */
    @Parameter(property = "octavo.fonts")
    File fonts;

    /**
     * How a character that no font of the book can draw is reported: {@code error} (the default; the build
     * fails) or {@code warning}.
     */
    @Parameter(property = "octavo.missingGlyphs", defaultValue = "error")
    String missingGlyphs;

    /** Where the .epub and .pdf are written (and, for the check goal, read). */
    @Parameter(property = "octavo.output", defaultValue = "${project.basedir}/dist", required = true)
    File output;

    /** The formats to publish or check: epub, pdf, cover (the print cover; built only when named) (default: epub and pdf). */
    @Parameter(property = "octavo.formats")
    List<String> formats;

    /**
     * The time stamped into the outputs, ISO 8601 or epoch seconds. With the same manuscript and timestamp the
     * outputs are byte-identical. Unset: SOURCE_DATE_EPOCH, else the time of the build.
     */
    @Parameter(property = "octavo.timestamp", defaultValue = "${project.build.outputTimestamp}")
    String timestamp;

    /**
     * Builds even when the outputs are up to date: made by this Octavo from the same manuscript, styles, fonts and
     * settings, as the output folder's record says, and unchanged since.
     */
    @Parameter(property = "octavo.force", defaultValue = "false")
    boolean force;

    /** Skips this goal. */
    @Parameter(property = "octavo.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** The fonts folder as set, else the project's fonts folder if there is one; null for the default fonts. */
    File fontsFolder() {
        File projectFonts = new File(basedir, "fonts");
        return fonts != null ? fonts : projectFonts.isDirectory() ? projectFonts : null;
    }

    Publisher.Builder publisher() throws MojoExecutionException {
        File fontsFolder = fontsFolder();
        Publisher.Builder builder = Publisher.builder()
                .manuscript(manuscript.toPath())
                .styles(styles.toPath())
                .fonts(fontsFolder == null ? null : fontsFolder.toPath())
                .output(output.toPath())
                .displayBase(basedir.toPath())
                .force(force)
                .progress(progress());
        try {
            if (theme != null && !theme.isBlank()) {
                builder.theme(theme);
            }
            formatsWanted().ifPresent(builder::formats);
            missingGlyphsSeverity().ifPresent(builder::missingGlyphs);
            if (timestamp != null && !timestamp.isBlank()) {
                builder.timestamp(Timestamps.parse(timestamp));
            }
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        return builder;
    }

    /** The formats set, if any. */
    Optional<Set<Format>> formatsWanted() {
        if (formats == null || formats.isEmpty()) {
            return Optional.empty();
        }
        Set<Format> wanted = EnumSet.noneOf(Format.class);
        formats.forEach(f -> wanted.add(Format.parse(f)));
        return Optional.of(wanted);
    }

    /** How a missing glyph is reported, if set; an unknown name is an IllegalArgumentException naming the parameter. */
    Optional<Diagnostic.Severity> missingGlyphsSeverity() {
        if (missingGlyphs == null || missingGlyphs.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Diagnostic.Severity.parse(missingGlyphs));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("missingGlyphs: " + e.getMessage(), e);
        }
    }

    /** Steps at info, the renderers' chatter at debug, problems at warn or error. */
    ProgressListener progress() {
        return new MavenProgress(getLog(), basedir);
    }

    /** Every diagnostic to the log, then a build failure naming the first error. */
    MojoFailureException failure(ManuscriptException e) {
        for (Diagnostic diagnostic : e.diagnostics()) {
            String line = diagnostic.format(basedir.toPath());
            if (diagnostic.isError()) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
        return new MojoFailureException("The manuscript has " + e.errors().size()
                + " error(s); nothing was published. First: " + e.errors().get(0).format(basedir.toPath()));
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
            if (diagnostic.isError()) {
                log.error(diagnostic.format(basedir.toPath()));
            } else {
                log.warn(diagnostic.format(basedir.toPath()));
            }
        }
    }
}
