package dev.octavo;

import dev.octavo.epub.EpubWriter;
import dev.octavo.fonts.FontSet;
import dev.octavo.fonts.FontSetCache;
import dev.octavo.internal.AtomicFile;
import dev.octavo.internal.ParallelJobs;
import dev.octavo.internal.Timestamps;
import dev.octavo.manuscript.BookParser;
import dev.octavo.manuscript.Diagnostics;
import dev.octavo.manuscript.Manuscript;
import dev.octavo.manuscript.ManuscriptReader;
import dev.octavo.model.Book;
import dev.octavo.pdf.PdfWriter;
import dev.octavo.pdf.PrintTypesetter;
import dev.octavo.xhtml.EpubDocuments;
import dev.octavo.xhtml.Theme;
import dev.octavo.xhtml.XhtmlRenderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
     * Reads, checks and publishes the manuscript. The EPUB and the PDF are made at the same time (on two threads
     * when the machine has two cores) and moved into place only when both were written.
     *
     * @throws ManuscriptException when the manuscript, styles or fonts have errors; nothing is written then
     * @throws UncheckedIOException when an output cannot be written; the earlier outputs all stay as they were
     */
    public Publication publish() {
        Instant stamp = timestamp.or(Timestamps::sourceDateEpoch).orElseGet(Instant::now).truncatedTo(ChronoUnit.SECONDS);
        Diagnostics diagnostics = new Diagnostics();
        ProgressListener progress = new SerialProgress(this.progress);

        long start = System.nanoTime();
        Book book = read(diagnostics);
        // Fonts are read, checked and rewritten for the PDF once per JVM, not once per build (FontSetCache).
        FontSetCache fontCache = FontSetCache.shared();
        FontSet fontSet = fonts.filter(Files::isDirectory).map(fontCache::forDirectory).orElseGet(fontCache::defaults);
        Theme theme = styles.map(Theme::over).orElseGet(Theme::defaults);
        diagnostics.warnings().forEach(progress::warning);
        progress.step(String.format(Locale.ROOT, "Manuscript: %d chapters, %d footnotes, %d glossary terms, %d fonts in %s",
                book.chapters().size(), book.footnotes().size(), book.glossary().entries().size(),
                fontSet.faces().size(), seconds(start)));

        XhtmlRenderer renderer = new XhtmlRenderer(theme);
        String name = fileName(book);
        List<String> jobNames = new ArrayList<>();
        List<ParallelJobs.Job<Output>> jobs = new ArrayList<>();
        if (formats.contains(Format.EPUB)) {
            jobNames.add("epub");
            jobs.add(() -> epub(book, renderer, theme, fontSet, stamp, output.resolve(name + "." + Format.EPUB.extension())));
        }
        if (formats.contains(Format.PDF)) {
            jobNames.add("pdf");
            jobs.add(() -> pdf(book, renderer, theme, fontSet, stamp, output.resolve(name + "." + Format.PDF.extension()),
                    progress));
        }
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + output, e);
        }
        List<Output> written = commitAll(ParallelJobs.run(jobNames, jobs));

        Map<Format, Path> outputs = new EnumMap<>(Format.class);
        int pages = 0;
        for (Output out : written) {
            outputs.put(out.format(), out.target());
            pages = out.format() == Format.PDF ? out.pages() : pages;
            progress.step(out.message() + " -> " + shown(out.target()));
        }
        return new Publication(outputs, pages, diagnostics.warnings());
    }

    /** One written output, staged beside its target until every output is written. */
    private record Output(Format format, Path target, AtomicFile.Staged<?> file, int pages, String message) {
    }

    private Output epub(Book book, XhtmlRenderer renderer, Theme theme, FontSet fontSet, Instant stamp, Path target)
            throws IOException {
        long t = System.nanoTime();
        EpubDocuments documents = renderer.renderEpub(book);
        AtomicFile.Staged<EpubWriter.Summary> file = AtomicFile.stage(target, out -> new EpubWriter()
                .write(book, documents, fontSet, theme.stylesheet("epub.css"), stamp, out));
        EpubWriter.Summary summary = file.result();
        return new Output(Format.EPUB, target, file, 0, String.format(Locale.ROOT,
                "EPUB: %d documents, %d fonts, %d images, %s in %s", summary.documents(), summary.fonts(),
                summary.images(), size(file.size()), seconds(t)));
    }

    private Output pdf(Book book, XhtmlRenderer renderer, Theme theme, FontSet fontSet, Instant stamp, Path target,
                       ProgressListener progress) throws IOException {
        long t = System.nanoTime();
        AtomicFile.Staged<PdfWriter.Summary> file = AtomicFile.stage(target,
                out -> new PrintTypesetter(renderer, theme.stylesheet("print.css"), fontSet)
                        .typeset(book, manuscript.toAbsolutePath(), stamp, out, progress::detail));
        int pages = file.result().pages();
        return new Output(Format.PDF, target, file, pages, String.format(Locale.ROOT, "PDF: %d pages, %s in %s",
                pages, size(file.size()), seconds(t)));
    }

    /**
     * Moves every output into place when all of them were written; otherwise deletes them and throws the first
     * failure (the others suppressed), so that a failed build leaves all earlier outputs as they were.
     */
    private List<Output> commitAll(List<ParallelJobs.Outcome<Output>> outcomes) {
        Throwable failure = null;
        for (ParallelJobs.Outcome<Output> outcome : outcomes) {
            if (outcome.failed()) {
                if (failure == null) {
                    failure = outcome.failure();
                } else {
                    failure.addSuppressed(outcome.failure());
                }
            }
        }
        List<Output> written = outcomes.stream().filter(o -> !o.failed()).map(ParallelJobs.Outcome::value).toList();
        try {
            if (failure == null) {
                for (Output out : written) {
                    out.file().commit();
                }
            }
        } catch (IOException e) {
            failure = e;
        } finally {
            for (Output out : written) {
                try {
                    out.file().close();
                } catch (IOException e) {
                    if (failure != null) {
                        failure.addSuppressed(e);
                    }
                }
            }
        }
        if (failure instanceof IOException e) {
            throw new UncheckedIOException("cannot write to " + output, e);
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException("publishing failed", failure);
        }
        return written;
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

    /** A path as messages show it: relative to the display base when below it. */
    private String shown(Path file) {
        return SourcePosition.of(file).display(displayBase);
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
