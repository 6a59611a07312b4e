package dev.octavo;

import dev.octavo.epub.EpubWriter;
import dev.octavo.fonts.FontSet;
import dev.octavo.internal.AtomicFile;
import dev.octavo.internal.Timestamps;
import dev.octavo.manuscript.BookParser;
import dev.octavo.manuscript.Diagnostics;
import dev.octavo.manuscript.Manuscript;
import dev.octavo.manuscript.ManuscriptReader;
import dev.octavo.model.Book;
import dev.octavo.model.PageMap;
import dev.octavo.pdf.PdfWriter;
import dev.octavo.xhtml.EpubDocuments;
import dev.octavo.xhtml.PrintPagination;
import dev.octavo.xhtml.Theme;
import dev.octavo.xhtml.XhtmlRenderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
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
        this.progress = b.progress;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads, checks and publishes the manuscript.
     *
     * @throws ManuscriptException when the manuscript, styles or fonts have errors; nothing is written then
     * @throws UncheckedIOException when an output cannot be written; earlier outputs stay as they were
     */
    public Publication publish() {
        Instant stamp = timestamp.or(Timestamps::sourceDateEpoch).orElseGet(Instant::now).truncatedTo(ChronoUnit.SECONDS);
        Diagnostics diagnostics = new Diagnostics();

        long start = System.nanoTime();
        Book book = read(diagnostics);
        FontSet fontSet = fonts.filter(Files::isDirectory).map(FontSet::fromDirectory).orElseGet(FontSet::defaults);
        Theme theme = styles.map(Theme::over).orElseGet(Theme::defaults);
        diagnostics.warnings().forEach(progress::warning);
        progress.step(String.format(Locale.ROOT, "Manuscript: %d chapters, %d footnotes, %d glossary terms, %d fonts in %s",
                book.chapters().size(), book.footnotes().size(), book.glossary().entries().size(),
                fontSet.faces().size(), seconds(start)));

        XhtmlRenderer renderer = new XhtmlRenderer(theme);
        String name = fileName(book);
        Map<Format, Path> outputs = new EnumMap<>(Format.class);
        int pages = 0;
        try {
            Files.createDirectories(output);
            if (formats.contains(Format.EPUB)) {
                long t = System.nanoTime();
                EpubDocuments documents = renderer.renderEpub(book);
                Path target = output.resolve(name + "." + Format.EPUB.extension());
                EpubWriter.Summary summary = AtomicFile.write(target, out -> new EpubWriter()
                        .write(book, documents, fontSet, theme.stylesheet("epub.css"), stamp, out));
                outputs.put(Format.EPUB, target);
                progress.step(String.format(Locale.ROOT, "EPUB: %d documents, %d fonts, %d images, %s in %s -> %s",
                        summary.documents(), summary.fonts(), summary.images(), size(target), seconds(t),
                        shown(target)));
            }
            if (formats.contains(Format.PDF)) {
                long t = System.nanoTime();
                Path target = output.resolve(name + "." + Format.PDF.extension());
                PdfWriter.Summary summary = AtomicFile.write(target,
                        out -> typeset(book, renderer, theme, fontSet, stamp, out));
                pages = summary.pages();
                outputs.put(Format.PDF, target);
                progress.step(String.format(Locale.ROOT, "PDF: %d pages, %s in %s -> %s", pages, size(target),
                        seconds(t), shown(target)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + output, e);
        }
        return new Publication(outputs, pages, diagnostics.warnings());
    }

    /**
     * Two passes: a layout to see where chapters and glossary terms land, then the final rendering with the
     * blank pages and page references that layout called for.
     */
    private PdfWriter.Summary typeset(Book book, XhtmlRenderer renderer, Theme theme, FontSet fontSet, Instant stamp,
                                      java.io.OutputStream out) throws IOException {
        PdfWriter pdf = new PdfWriter();
        String css = theme.stylesheet("print.css");
        Path base = manuscript.toAbsolutePath();
        String draft = renderer.renderPrint(book, css, fontSet.families(), PrintPagination.FIRST_PASS);
        PageMap firstPass = pdf.layout(draft, base, fontSet, progress::detail);
        PrintPagination pagination = PrintPagination.from(book, firstPass);
        progress.detail("print layout: " + firstPass.pageCount() + " pages before blank pages; blank pages before "
                + pagination.blankBefore());
        String xhtml = renderer.renderPrint(book, css, fontSet.families(), pagination);
        return pdf.write(xhtml, base, fontSet, book.metadata(), stamp, book.chapters().get(0).id(), out,
                progress::detail);
    }

    /**
     * The files {@link #publish()} writes (or wrote) for this manuscript, without writing anything.
     *
     * @throws ManuscriptException when the manuscript has errors
     */
    public Map<Format, Path> plannedOutputs() {
        String name = fileName(read(new Diagnostics()));
        Map<Format, Path> outputs = new EnumMap<>(Format.class);
        formats.forEach(format -> outputs.put(format, output.resolve(name + "." + format.extension())));
        return outputs;
    }

    private Book read(Diagnostics diagnostics) {
        Manuscript files = new ManuscriptReader().read(manuscript, diagnostics);
        return new BookParser().parse(files, diagnostics);
    }

    /** The outputs' base name: from the manuscript's identity, so that it is stable and safe as a file name. */
    static String fileName(Book book) {
        String slug = dev.octavo.internal.Slugs.slug(book.metadata().title());
        return slug.isEmpty() ? "book" : slug;
    }

    /** A path as messages show it: relative to the display base when below it. */
    private String shown(Path file) {
        return SourcePosition.of(file).display(displayBase);
    }

    private static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private static String size(Path file) throws IOException {
        long bytes = Files.size(file);
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

        /** A fonts folder replacing the default fonts; a missing folder means the defaults. */
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

        public Builder progress(ProgressListener listener) {
            this.progress = Objects.requireNonNull(listener, "progress listener");
            return this;
        }

        public Publisher build() {
            return new Publisher(this);
        }
    }
}
