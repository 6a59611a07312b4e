package dev.octavo;

import dev.octavo.epub.EpubWriter;
import dev.octavo.fonts.FontSet;
import dev.octavo.internal.StagedOutputs;
import dev.octavo.internal.Timestamps;
import dev.octavo.manuscript.BookParser;
import dev.octavo.manuscript.Diagnostics;
import dev.octavo.manuscript.GlyphCoverage;
import dev.octavo.manuscript.Manuscript;
import dev.octavo.manuscript.ManuscriptReader;
import dev.octavo.model.Book;
import dev.octavo.pdf.PdfWriter;
import dev.octavo.xhtml.EpubDocuments;
import dev.octavo.xhtml.Theme;
import dev.octavo.xhtml.XhtmlRenderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Publishes a manuscript as EPUB 3 and PDF. The one entry point of Octavo: the Maven goal and the command
 * line are thin adapters over it.
 *
 * <pre>{@code
 * Publication publication = Publisher.builder()
 *         .manuscript(Path.of("manuscript"))
 *         .output(Path.of("dist"))
 *         .build()
 *         .publish();
 * }</pre>
 *
 * A publisher holds no mutable state; {@link #publish()} may run on several threads for different books.
 */
public final class Publisher {
    private final Path manuscript;
    private final Optional<Path> styles;
    private final Optional<Path> fonts;
    private final Path output;
    private final Set<Format> formats;
    private final Optional<Instant> timestamp;
    private final Path displayBase;
    private final Diagnostic.Severity missingGlyphs;
    private final ProgressListener progress;

    private Publisher(Builder b) {
        this.manuscript = Objects.requireNonNull(b.manuscript, "manuscript directory");
        this.styles = Optional.ofNullable(b.styles);
        this.fonts = Optional.ofNullable(b.fonts);
        this.output = Objects.requireNonNull(b.output, "output directory");
        this.formats = b.formats.isEmpty() ? EnumSet.allOf(Format.class) : EnumSet.copyOf(b.formats);
        this.timestamp = Optional.ofNullable(b.timestamp);
        this.displayBase = b.displayBase != null ? b.displayBase
                : Optional.ofNullable(manuscript.toAbsolutePath().getParent()).orElse(manuscript.toAbsolutePath());
        this.missingGlyphs = b.missingGlyphs;
        this.progress = b.progress;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads, checks and publishes the manuscript. Every output is complete before any of them replaces an
     * earlier one, so a build that fails, at any point, leaves the output directory as it was.
     *
     * @throws ManuscriptException when the manuscript, styles or fonts have errors; nothing is written then
     * @throws UncheckedIOException when an output cannot be written; earlier outputs stay as they were
     */
    public Publication publish() {
        Instant stamp = timestamp.or(Timestamps::sourceDateEpoch).orElseGet(Instant::now).truncatedTo(ChronoUnit.SECONDS);
        Diagnostics diagnostics = new Diagnostics();

        long start = System.nanoTime();
        // Fonts first: the parser checks every typeset character against them. Their problems are kept apart,
        // so that the manuscript is still read and parsed, and then reported in front of the manuscript's.
        List<Diagnostic> fontProblems = new ArrayList<>();
        Optional<FontSet> loaded = loadFonts(fontProblems);
        GlyphCoverage coverage = loaded.map(set -> new GlyphCoverage(set::covers, missingGlyphs))
                .orElseGet(GlyphCoverage::unchecked);
        Book book;
        try {
            Manuscript files = new ManuscriptReader().read(manuscript, diagnostics);
            book = new BookParser(coverage).parse(files, diagnostics);
        } catch (ManuscriptException e) {
            throw together(fontProblems, e.diagnostics());
        }
        if (loaded.isEmpty()) {
            throw together(fontProblems, diagnostics.all());
        }
        FontSet fontSet = loaded.get();
        Theme theme = styles.map(Theme::over).orElseGet(Theme::defaults);
        List<Diagnostic> warnings = new ArrayList<>(diagnostics.warnings());
        warnings.forEach(progress::warning);
        progress.step(String.format(Locale.ROOT, "Manuscript: %d chapters, %d footnotes, %d glossary terms, %d fonts in %s",
                book.chapters().size(), book.footnotes().size(), book.glossary().entries().size(),
                fontSet.faces().size(), seconds(start)));

        XhtmlRenderer renderer = new XhtmlRenderer(theme);
        String name = fileName(book);
        Map<Format, Path> outputs = new EnumMap<>(Format.class);
        List<String> steps = new ArrayList<>();
        int pages = 0;
        try (StagedOutputs staged = new StagedOutputs(output)) {
            if (formats.contains(Format.EPUB)) {
                long t = System.nanoTime();
                String file = name + ".epub";
                EpubDocuments documents = renderer.renderEpub(book);
                EpubWriter.Summary summary = staged.write(file, out -> new EpubWriter()
                        .write(book, documents, fontSet, theme.stylesheet("epub.css"), stamp, out));
                outputs.put(Format.EPUB, staged.target(file));
                steps.add(String.format(Locale.ROOT, "EPUB: %d documents, %d fonts, %d images, %s in %s -> %s",
                        summary.documents(), summary.fonts(), summary.images(), size(staged.size(file)), seconds(t),
                        shown(staged.target(file))));
            }
            if (formats.contains(Format.PDF)) {
                long t = System.nanoTime();
                String file = name + ".pdf";
                String xhtml = renderer.renderPrint(book, theme.stylesheet("print.css"));
                PdfWriter.Summary summary = staged.write(file, out -> new PdfWriter()
                        .write(xhtml, manuscript.toAbsolutePath(), fontSet, book.metadata(), stamp, out, progress::detail));
                pages = summary.pages();
                outputs.put(Format.PDF, staged.target(file));
                steps.add(String.format(Locale.ROOT, "PDF: %d pages, %s in %s -> %s", pages, size(staged.size(file)),
                        seconds(t), shown(staged.target(file))));
                for (String uri : summary.refused()) {
                    Diagnostic refused = Diagnostic.warning(SourcePosition.of(theme.directory().orElse(manuscript)),
                            "the PDF renderer asked for '" + uri + "'; only files inside the manuscript directory are read,"
                                    + " so it was not");
                    warnings.add(refused);
                    progress.warning(refused);
                }
            }
            staged.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + output, e);
        }
        steps.forEach(progress::step);
        return new Publication(outputs, pages, warnings);
    }

    /** The configured fonts, or the defaults; empty when they have errors, which go to {@code problems}. */
    private Optional<FontSet> loadFonts(List<Diagnostic> problems) {
        try {
            return Optional.of(fonts.map(FontSet::fromDirectory).orElseGet(FontSet::defaults));
        } catch (ManuscriptException e) {
            problems.addAll(e.diagnostics());
            return Optional.empty();
        }
    }

    private static ManuscriptException together(List<Diagnostic> first, List<Diagnostic> then) {
        List<Diagnostic> all = new ArrayList<>(first);
        all.addAll(then);
        return new ManuscriptException(all);
    }

    private String shown(Path target) {
        return displayBase.toAbsolutePath().relativize(target.toAbsolutePath()).toString();
    }

    /** The outputs' base name: from the manuscript's identity, so that it is stable and safe as a file name. */
    static String fileName(Book book) {
        String slug = dev.octavo.internal.Slugs.slug(book.metadata().title());
        return slug.isEmpty() ? "book" : slug;
    }

    private static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private static String size(long bytes) {
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%d KB", Math.max(1, bytes / 1024));
    }

    /** Configures a {@link Publisher}; only the manuscript and output directories are required. */
    public static final class Builder {
        private Path manuscript;
        private Path styles;
        private Path fonts;
        private Path output;
        private final Set<Format> formats = EnumSet.noneOf(Format.class);
        private Instant timestamp;
        private Path displayBase;
        private Diagnostic.Severity missingGlyphs = Diagnostic.Severity.ERROR;
        private ProgressListener progress = ProgressListener.SILENT;

        private Builder() {
        }

        /** The manuscript directory (book.yaml, NN-*.md, glossary.md, images/). */
        public Builder manuscript(Path directory) {
            this.manuscript = directory;
            return this;
        }

        /** A styles folder over the house style (templates and stylesheets of the same names win). */
        public Builder styles(Path directory) {
            this.styles = directory;
            return this;
        }

        /**
         * A fonts folder replacing the default fonts. A folder that is named must exist: a misspelt folder is an
         * error, never a silent fallback to the defaults. Leave it unset for Octavo's default fonts.
         */
        public Builder fonts(Path directory) {
            this.fonts = directory;
            return this;
        }

        /** Where the .epub and .pdf are written. Nothing else is written anywhere. */
        public Builder output(Path directory) {
            this.output = directory;
            return this;
        }

        /** The formats to publish; all of them when none is named. */
        public Builder formats(Set<Format> wanted) {
            this.formats.clear();
            this.formats.addAll(wanted);
            return this;
        }

        /** The time stamped into the outputs; default SOURCE_DATE_EPOCH, else now. Fix it for reproducible builds. */
        public Builder timestamp(Instant time) {
            this.timestamp = time;
            return this;
        }

        /** Paths in messages are shown relative to this directory (default: the manuscript's parent). */
        public Builder displayBase(Path directory) {
            this.displayBase = directory;
            return this;
        }

        /**
         * How a typeset character that no font of the book can draw is reported: an error by default (the book
         * would print boxes or nothing), or a warning to publish anyway, e.g. while the right font is on its way.
         */
        public Builder missingGlyphs(Diagnostic.Severity severity) {
            this.missingGlyphs = Objects.requireNonNull(severity, "severity");
            return this;
        }

        public Builder progress(ProgressListener listener) {
            this.progress = Objects.requireNonNull(listener, "progress listener");
            return this;
        }

        public Publisher build() {
            return new Publisher(this);
        }
    }
}
