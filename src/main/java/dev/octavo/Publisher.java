package dev.octavo;

import dev.octavo.epub.EpubWriter;
import dev.octavo.fonts.FontSet;
import dev.octavo.fonts.FontSetCache;
import dev.octavo.internal.BuildRecord;
import dev.octavo.internal.InputDigest;
import dev.octavo.internal.ParallelJobs;
import dev.octavo.internal.Outputs;
import dev.octavo.internal.StagedOutputs;
import dev.octavo.internal.StreamOutputs;
import dev.octavo.internal.Timestamps;
import dev.octavo.manuscript.BookParser;
import dev.octavo.manuscript.Diagnostics;
import dev.octavo.manuscript.GlyphCoverage;
import dev.octavo.manuscript.Manuscript;
import dev.octavo.manuscript.ManuscriptReader;
import dev.octavo.model.Book;
import dev.octavo.pdf.PdfWriter;
import dev.octavo.pdf.PrintTypesetter;
import dev.octavo.xhtml.EpubDocuments;
import dev.octavo.xhtml.PageBreaks;
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
import java.util.function.IntPredicate;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

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
    private final Theme theme;
    private final Optional<Path> fonts;
    private final Path output;
    private final Set<Format> formats;
    private final Optional<Instant> timestamp;
    private final Path displayBase;
    private final Diagnostic.Severity missingGlyphs;
    private final ProgressListener progress;
    private final boolean force;
    private final PrintLayoutListener printLayout;

    private Publisher(Builder b) {
        this.manuscript = Objects.requireNonNull(b.manuscript, "manuscript directory");
        this.styles = Optional.ofNullable(b.styles);
        this.theme = Theme.of(Optional.ofNullable(b.theme), styles);
        this.fonts = Optional.ofNullable(b.fonts);
        this.output = b.output; // checked where it is needed: publishTo needs none
        this.formats = b.formats.isEmpty() ? Format.defaults() : EnumSet.copyOf(b.formats);
        this.timestamp = Optional.ofNullable(b.timestamp);
        this.displayBase = b.displayBase != null ? b.displayBase
                : Optional.ofNullable(manuscript.toAbsolutePath().getParent()).orElse(manuscript.toAbsolutePath());
        this.missingGlyphs = b.missingGlyphs;
        this.progress = b.progress;
        this.force = b.force;
        this.printLayout = b.printLayout;
    }

    /**
     * Starts configuring a publisher. Every setting has its default; only the manuscript must be set before
     * {@link Builder#build()}, and an output folder before {@link #publish()} (not for {@link #publishTo}).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads, checks and publishes the manuscript. The PDF and the EPUB are made at the same time (on two threads
     * when the machine has two cores; the EPUB takes its page list from the PDF's layout) and moved into place
     * only when both were written.
     *
     * <p>When the output folder's {@link BuildRecord} says its outputs were made from the same inputs (every file
     * of the manuscript, styles and fonts, the settings, this Octavo) and they are still the bytes made then, nothing
     * is made again, unless {@link Builder#force} asks; the publication is the one recorded, its warnings told again.
     *
     * @return the files written (or found up to date) by format, the PDF's page count and the warnings, which were
     *         also told to the {@link Builder#progress progress listener}
     * @throws ManuscriptException when the manuscript, styles or fonts have errors; nothing is written then
     * @throws UncheckedIOException when an input cannot be read or an output cannot be written; the earlier outputs
     *                              all stay as they were
     * @throws IllegalArgumentException when no timestamp is set and {@code SOURCE_DATE_EPOCH} is neither ISO 8601
     *                                  nor seconds since 1970
     * @throws IllegalStateException    when no output folder is set
     */
    public Publication publish() {
        Optional<Instant> fixed = timestamp.or(Timestamps::sourceDateEpoch);
        Instant stamp = fixed.orElseGet(Instant::now).truncatedTo(ChronoUnit.SECONDS);
        Diagnostics diagnostics = new Diagnostics();
        ProgressListener progress = new SerialProgress(this.progress);

        long start = System.nanoTime();
        // Taken as the inputs are read: an input changed during the build makes the next build a full one. A forced
        // build needs the digest only for its record, at the end: another thread takes it meanwhile.
        ParallelJobs.Pending<String> inputs = ParallelJobs.meanwhile("digest", () -> inputsDigest(fixed));
        try {
            if (!force) {
                Optional<Publication> unchanged = upToDate(inputs.outcome().orThrow(), progress, start);
                if (unchanged.isPresent()) {
                    return unchanged.get();
                }
            }
            Path folder = outputFolder();
            return publish(inputs, new Target(folder.toString(), () -> new StagedOutputs(folder)), formats, stamp,
                    diagnostics, progress, start);
        } finally {
            inputs.outcome(); // the digest's thread is done whatever happened here
        }
    }

    /** The book as read and checked, with the fonts it was checked against. */
    private record Read(Book book, FontSet fonts) {
    }

    /**
     * Reads and checks the manuscript, against its fonts, without publishing anything: the book the outputs would be
     * made from, for a caller's own use (word counts, checks of its own). Writes nothing.
     *
     * @return the book
     * @throws ManuscriptException when the manuscript, styles or fonts have errors; its diagnostics name the files
     *                             of the manuscript's own file system (a folder, a zip, one in memory)
     */
    public Book read() {
        return read(new Diagnostics()).book();
    }

    /**
     * The book and its fonts. The fonts load on another thread while the manuscript is read and its Markdown parsed;
     * the parser waits for them at its first check of a typeset character. Their problems are kept apart, so that
     * the manuscript is still read and parsed, and then reported in front of the manuscript's.
     */
    private Read read(Diagnostics diagnostics) {
        List<Diagnostic> fontProblems = new ArrayList<>(); // written by the font job, read once it has ended
        ParallelJobs.Pending<Optional<FontSet>> fontsLoading = ParallelJobs.meanwhile("fonts", () -> loadFonts(fontProblems));
        Book book;
        try {
            Manuscript files = new ManuscriptReader().read(manuscript, diagnostics);
            book = new BookParser(new GlyphCoverage(new CoverageWhenLoaded(fontsLoading), missingGlyphs))
                    .parse(files, diagnostics);
        } catch (ManuscriptException e) {
            fontsLoading.outcome(); // their problems are all in the list once the job has ended
            throw together(fontProblems, e.diagnostics());
        } finally {
            fontsLoading.outcome(); // the font job has ended whatever happened here
        }
        Optional<FontSet> loaded = loaded(fontsLoading);
        if (loaded.isEmpty()) {
            throw together(fontProblems, diagnostics.all());
        }
        return new Read(book, loaded.get());
    }

    /** Where one publishing's outputs go, and how messages name it. */
    private record Target(String name, java.util.function.Supplier<Outputs> outputs) {
    }

    /**
     * Makes the outputs into {@code target}; with {@code inputs} (a folder's build), the record of the build after
     * them.
     */
    private Publication publish(ParallelJobs.Pending<String> inputs, Target target, Set<Format> formats,
                                Instant stamp, Diagnostics diagnostics, ProgressListener progress, long start) {
        Read read = read(diagnostics);
        Book book = read.book();
        FontSet fontSet = read.fonts();
        List<Diagnostic> warnings = new ArrayList<>(diagnostics.warnings());
        warnings.forEach(progress::warning);
        progress.step(String.format(Locale.ROOT, "Manuscript: %d chapters, %d footnotes, %d glossary terms, %d fonts in %s",
                book.chapters().size(), book.footnotes().size(), book.glossary().entries().size(),
                fontSet.faces().size(), seconds(start)));

        XhtmlRenderer renderer = new XhtmlRenderer(theme);
        PrintTypesetter typesetter = new PrintTypesetter(renderer, theme.stylesheet("print.css"), fontSet);
        for (var standIn : typesetter.standIns()) {
            // Text in a family the book lacks would not print at all: it is set in one the book has.
            Diagnostic substituted = Diagnostic.warning(SourcePosition.of(theme.directory().map(d -> d.resolve("print.css"))
                    .orElse(manuscript)), "the print stylesheet names the font family '" + standIn.missing()
                    + "', which the book's fonts do not include; that text is set in " + standIn.family());
            warnings.add(substituted);
            progress.warning(substituted);
        }
        String name = fileName(book);
        // The EPUB's page list follows the PDF's pages: the EPUB job waits for the PDF job's layout, or, with no
        // PDF to make, lays the book out itself.
        CompletableFuture<PdfWriter.Pages> printPages = new CompletableFuture<>();
        printPages.thenAccept(pages -> printLayout.laidOut(book, pages.map(), pages.numbering()));
        // The cover's spine and the distributor's rules follow from the print pages too (their count and margins).
        boolean pdf = formats.contains(Format.PDF);
        boolean epub = formats.contains(Format.EPUB);
        SourcePosition bookYaml = new SourcePosition(manuscript.resolve(dev.octavo.manuscript.ManuscriptReader.BOOK_YAML),
                1, 1);
        List<String> jobNames = new ArrayList<>();
        List<ParallelJobs.Job<Output>> jobs = new ArrayList<>();
        try (Outputs staged = target.outputs().get()) {
            if (pdf) {
                jobNames.add("pdf");
                jobs.add(() -> pdf(book, typesetter, stamp, Format.PDF.fileName(name), staged, printPages, progress));
            }
            if (epub) {
                jobNames.add("epub");
                jobs.add(() -> epub(book, renderer, typesetter, theme, fontSet, stamp,
                        Format.EPUB.fileName(name), staged,
                        printPages, pdf, progress));
            }
            if (formats.contains(Format.COVER)) {
                jobNames.add("cover");
                jobs.add(() -> cover(book, typesetter, fontSet, stamp, Format.COVER.fileName(name), staged, printPages,
                        !pdf && !epub, bookYaml, progress));
            }
            List<Output> written = succeeded(ParallelJobs.run(jobNames, jobs));
            if (book.print().distributor().isPresent()) {
                // The page count and margins of the layout every output made: a stylesheet may have widened or
                // narrowed the house's margins.
                PdfWriter.Pages laidOut = printPages.join();
                List<Diagnostic> problems = dev.octavo.production.DistributorRules.check(book,
                        laidOut.map().pageCount(), laidOut.margins().lessBleed(book.metadata().page()), bookYaml);
                if (problems.stream().anyMatch(Diagnostic::isError)) {
                    throw new ManuscriptException(problems.stream().filter(Diagnostic::isError).toList());
                }
                warnings.addAll(problems);
                problems.forEach(progress::warning);
            }
            Map<Output, List<Diagnostic>> refusals = new java.util.LinkedHashMap<>(); // and the outputs' other warnings
            for (Output out : written) {
                List<Diagnostic> told = new ArrayList<>(out.refused().stream().map(uri -> Diagnostic.warning(
                        SourcePosition.of(theme.directory().orElse(manuscript)), "the PDF renderer asked for '" + uri
                                + "'; only files inside the manuscript directory are read, so it was not")).toList());
                told.addAll(out.warnings());
                refusals.put(out, told);
                warnings.addAll(told);
            }
            if (inputs != null) {
                record(inputs.outcome().orThrow(), written, warnings, staged);
            }
            staged.commit(); // the record last: see BuildRecord
            Map<Format, Path> outputs = new EnumMap<>(Format.class);
            int pages = 0;
            for (Output out : written) {
                outputs.put(out.format(), out.target());
                pages = out.format() == Format.PDF ? out.pages() : pages;
                progress.step(out.message() + " -> " + shown(out.target()));
                refusals.get(out).forEach(progress::warning);
            }
            return new Publication(outputs, pages, warnings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + target.name(), e);
        }
    }

    /** Stages the build's record, to be moved into place after the outputs. */
    private static void record(String inputs, List<Output> written, List<Diagnostic> warnings, Outputs staged)
            throws IOException {
        List<BuildRecord.Output> outputs = new ArrayList<>();
        for (Output out : written) {
            String file = out.target().getFileName().toString();
            outputs.add(new BuildRecord.Output(out.format(), file, staged.checksum(file), out.pages()));
        }
        byte[] record = new BuildRecord(inputs, outputs, warnings).bytes();
        staged.write(BuildRecord.FILE_NAME, out -> {
            out.write(record);
            return null;
        });
    }

    /**
     * The publication the output folder's record tells of, when it was made from these inputs and its outputs are
     * still the bytes made then.
     */
    /**
     * Publishes to the caller's streams instead of an output folder: each output is made whole in memory and written
     * to its stream only once every output was made, so that a failed build writes nothing. No file is written, and
     * there is no record of the build and no up-to-date check. The streams stay open.
     *
     * @param streams an output stream for each format to make (the formats set on the builder do not count)
     * @return what was made; its {@link Publication#outputs()} is empty, the outputs having no files
     * @throws ManuscriptException  when the manuscript, styles or fonts have errors; nothing is written then
     * @throws UncheckedIOException when an input cannot be read or a stream cannot be written
     */
    public Publication publishTo(Map<Format, java.io.OutputStream> streams) {
        if (streams.isEmpty()) {
            throw new IllegalArgumentException("no stream to publish to");
        }
        Optional<Instant> fixed = timestamp.or(Timestamps::sourceDateEpoch);
        Instant stamp = fixed.orElseGet(Instant::now).truncatedTo(ChronoUnit.SECONDS);
        Map<Format, java.io.OutputStream> wanted = Map.copyOf(streams);
        Publication made = publish(null, new Target("the caller's streams", () -> new StreamOutputs(
                        file -> wanted.entrySet().stream().filter(e -> file.endsWith(e.getKey().fileName("")))
                                // the cover's "-cover.pdf" before the PDF's ".pdf"
                                .max(java.util.Comparator.comparingInt(e -> e.getKey().fileName("").length()))
                                .map(Map.Entry::getValue).orElse(null))),
                EnumSet.copyOf(wanted.keySet()), stamp, new Diagnostics(), new SerialProgress(progress), System.nanoTime());
        return new Publication(Map.of(), made.pageCount(), made.warnings());
    }

    /** The output folder; publishing to a folder needs one. */
    private Path outputFolder() {
        if (output == null) {
            throw new IllegalStateException("no output folder is set (Builder.output), and one is needed to publish"
                    + " into it; publishTo(streams) needs none");
        }
        return output;
    }

    private Optional<Publication> upToDate(String inputs, ProgressListener progress, long start) {
        Path output = outputFolder();
        Optional<BuildRecord> last = BuildRecord.read(output);
        if (last.isEmpty() || !last.get().inputs().equals(inputs) || !last.get().outputsIntact(output)) {
            return Optional.empty();
        }
        BuildRecord record = last.get();
        Map<Format, Path> outputs = record.files(output);
        if (!outputs.keySet().equals(formats)) {
            return Optional.empty();
        }
        record.warnings().forEach(progress::warning);
        progress.step("Up to date: " + String.join(", ", outputs.values().stream().map(this::shown).toList())
                + " (made from these very inputs; checked in " + seconds(start) + ")");
        return Optional.of(new Publication(outputs, record.pdfPages(), record.warnings()));
    }

    /**
     * The publication in the output folder when it is up to date: made by the build its record tells of, from these
     * very inputs, and unchanged since; its warnings are told again, and a step says so. Empty when
     * {@link #publish()} would make the outputs again. Reads nothing but the inputs, the record and the outputs,
     * and writes nothing; {@link Builder#force} plays no part here.
     *
     * @return the recorded publication, or empty when the outputs are missing, changed or made from other inputs
     * @throws UncheckedIOException when an input cannot be read
     * @throws IllegalArgumentException when no timestamp is set and {@code SOURCE_DATE_EPOCH} is neither ISO 8601
     *                                  nor seconds since 1970
     * @throws IllegalStateException    when no output folder is set
     */
    public Optional<Publication> upToDate() {
        long start = System.nanoTime();
        return upToDate(inputsDigest(timestamp.or(Timestamps::sourceDateEpoch)), new SerialProgress(progress), start);
    }

    /** The digest of everything the outputs are made from; the timestamp only when fixed (else it is the clock's). */
    private String inputsDigest(Optional<Instant> fixed) {
        Optional<Instant> fixedStamp = fixed.map(t -> t.truncatedTo(ChronoUnit.SECONDS));
        return new InputDigest().excluding(outputFolder())
                .octavo(Publisher.class)
                .setting("formats", formats)
                .setting("timestamp", fixedStamp.orElse(null))
                .setting("missing-glyphs", missingGlyphs)
                .folder("manuscript", manuscript)
                .theme(theme.name().orElse(null), theme.location().orElse(null))
                .folder("styles", styles.orElse(null))
                .folder("fonts", fonts.orElse(null))
                .hex();
    }

    /**
     * One written output, staged beside its target until every output is written.
     *
     * @param refused  the files the PDF renderer asked for and was not given
     * @param warnings what else the author should know about this output (the EPUB's whole fonts)
     */
    private record Output(Format format, Path target, int pages, String message, List<String> refused,
                          List<Diagnostic> warnings) {
    }

    private Output pdf(Book book, PrintTypesetter typesetter, Instant stamp, String file, Outputs staged,
                       CompletableFuture<PdfWriter.Pages> printPages, ProgressListener progress) throws IOException {
        long t = System.nanoTime();
        try {
            PdfWriter.Summary summary = staged.write(file, out -> typesetter.typeset(book, manuscript.toAbsolutePath(),
                    stamp, out, progress::detail, printPages::complete));
            return new Output(Format.PDF, staged.target(file), summary.pages(), String.format(Locale.ROOT,
                    "PDF: %d pages, %s in %s", summary.pages(), size(staged.size(file)), seconds(t)), summary.refused(),
                    List.of());
        } catch (IOException | RuntimeException | Error e) {
            printPages.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * The print cover, once the interior's pages are known: from the PDF's or the EPUB's layout, or from a layout
     * of its own when it is the only output.
     */
    private Output cover(Book book, PrintTypesetter typesetter, FontSet fontSet, Instant stamp, String file,
                         Outputs staged, CompletableFuture<PdfWriter.Pages> printPages, boolean laysOut,
                         SourcePosition bookYaml, ProgressListener progress) throws IOException {
        int pages = (laysOut ? paginate(book, typesetter, printPages, progress) : printPages.join()).map().pageCount();
        long t = System.nanoTime();
        dev.octavo.production.PrintCover.Summary summary = staged.write(file, out ->
                new dev.octavo.production.PrintCover(fontSet).write(book, pages, bookYaml, stamp, out));
        var g = summary.geometry();
        return new Output(Format.COVER, staged.target(file), pages, String.format(Locale.ROOT,
                "Cover: %.1f x %.1f mm, spine %.2f mm for %d pages of %s paper%s%s, %s in %s", g.widthMm(),
                g.heightMm(), g.spineMm(), pages, book.print().paper(), summary.spineText() ? ", spine titled" : "",
                summary.barcode().map(d -> ", EAN " + d).orElse(""), size(staged.size(file)), seconds(t)), List.of(),
                summary.warnings());
    }

    /**
     * Lays the book out for its print pages where no PDF is made, and tells whoever waits for them, a failure
     * included: the other outputs' jobs must not wait for pages that will never come.
     */
    private PdfWriter.Pages paginate(Book book, PrintTypesetter typesetter,
                                     CompletableFuture<PdfWriter.Pages> printPages, ProgressListener progress)
            throws IOException {
        try {
            PdfWriter.Pages pages = typesetter.paginate(book, manuscript.toAbsolutePath(), progress::detail);
            printPages.complete(pages);
            return pages;
        } catch (IOException | RuntimeException | Error e) {
            printPages.completeExceptionally(e);
            throw e;
        }
    }

    private Output epub(Book book, XhtmlRenderer renderer, PrintTypesetter typesetter, Theme theme, FontSet fontSet,
                        Instant stamp, String file, Outputs staged,
                        CompletableFuture<PdfWriter.Pages> printPages, boolean pdfLaysOut,
                        ProgressListener progress) throws IOException {
        PdfWriter.Pages pages = pdfLaysOut ? printPages.join() : null;
        // The time reported is the EPUB's own: after the PDF's pages are known, or including the layout it needs.
        long t = System.nanoTime();
        if (pages == null) {
            pages = paginate(book, typesetter, printPages, progress);
        }
        PageBreaks.Marked marked = PageBreaks.mark(book, pages.map(), pages.numbering());
        EpubDocuments documents = renderer.renderEpub(marked.book(), marked.pageList(), marked.beforeBlocks());
        EpubWriter.Summary summary = staged.write(file, out -> new EpubWriter()
                .write(marked.book(), documents, fontSet, theme.stylesheet("epub.css"), stamp, out));
        return new Output(Format.EPUB, staged.target(file), 0, String.format(Locale.ROOT,
                "EPUB: %d documents, %d fonts, %d images, %d print pages, %s in %s", summary.documents(), summary.fonts(),
                summary.images(), marked.pageList().size(), size(staged.size(file)), seconds(t)), List.of(),
                summary.warnings());
    }

    /**
     * The outputs when all of them were written; otherwise throws the first failure (the others suppressed), and the
     * staged files are deleted, so that a failed build leaves all earlier outputs as they were.
     */
    private static List<Output> succeeded(List<ParallelJobs.Outcome<Output>> outcomes) throws IOException {
        Throwable failure = null;
        for (ParallelJobs.Outcome<Output> outcome : outcomes) {
            if (outcome.failed()) {
                Throwable cause = outcome.failure() instanceof java.util.concurrent.CompletionException c
                        && c.getCause() != null ? c.getCause() : outcome.failure();
                if (failure == null) {
                    failure = cause;
                } else if (cause != failure) {
                    failure.addSuppressed(cause);
                }
            }
        }
        if (failure instanceof IOException e) {
            throw e;
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
        return outcomes.stream().map(ParallelJobs.Outcome::value).toList();
    }

    /** The fonts once loaded; what the font job threw, other than their problems, is thrown here. */
    private static Optional<FontSet> loaded(ParallelJobs.Pending<Optional<FontSet>> loading) {
        return loading.outcome().orThrow();
    }

    /**
     * Which code points the fonts can draw, asked of the fonts when the parser first needs to know: any check
     * passes when they could not be loaded, since their own problems are reported instead. Used by one parse, on
     * one thread.
     */
    private static final class CoverageWhenLoaded implements IntPredicate {
        private final ParallelJobs.Pending<Optional<FontSet>> loading;
        private IntPredicate covers;

        CoverageWhenLoaded(ParallelJobs.Pending<Optional<FontSet>> loading) {
            this.loading = loading;
        }

        @Override
        public boolean test(int codePoint) {
            if (covers == null) {
                covers = loaded(loading).<IntPredicate>map(set -> set::covers).orElse(any -> true);
            }
            return covers.test(codePoint);
        }
    }

    /** The configured fonts, or the defaults; empty when they have errors, which go to {@code problems}. */
    private Optional<FontSet> loadFonts(List<Diagnostic> problems) {
        // Fonts are read, checked and rewritten for the PDF once per JVM, not once per build (FontSetCache).
        try {
            return Optional.of(FontSetCache.shared().forBook(fonts, theme.fontsFolder()));
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

    /**
     * The files {@link #publish()} writes (or wrote) for this manuscript, without writing anything. Only the
     * manuscript is read, for the title the files are named after; styles and fonts are not.
     *
     * @return one path in the output directory for each format to publish, named after the book's title
     *         ({@code book} when the title has no letter or digit) with the format's extension
     * @throws ManuscriptException   when the manuscript has errors
     * @throws IllegalStateException when no output folder is set
     */
    public Map<Format, Path> plannedOutputs() {
        Diagnostics diagnostics = new Diagnostics();
        String name = fileName(new BookParser().parse(new ManuscriptReader().read(manuscript, diagnostics), diagnostics));
        Map<Format, Path> outputs = new EnumMap<>(Format.class);
        formats.forEach(format -> outputs.put(format, outputFolder().resolve(format.fileName(name))));
        return outputs;
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

    /**
     * Configures a {@link Publisher}; only the manuscript is required, and an output folder to publish into one.
     */
    public static final class Builder {
        private Path manuscript;
        private Path styles;
        private String theme;
        private Path fonts;
        private Path output;
        private final Set<Format> formats = EnumSet.noneOf(Format.class);
        private Instant timestamp;
        private Path displayBase;
        private Diagnostic.Severity missingGlyphs = Diagnostic.Severity.ERROR;
        private ProgressListener progress = ProgressListener.SILENT;
        private boolean force;
        private PrintLayoutListener printLayout = (book, pages, numbering) -> { };

        private Builder() {
        }

        /**
         * The manuscript directory (book.yaml, NN-*.md, glossary.md, images/). Required: there is no default.
         *
         * @param directory the folder; a relative path is taken from the working directory
         * @return this builder
         */
        public Builder manuscript(Path directory) {
            this.manuscript = directory;
            return this;
        }

        /**
         * A styles folder over the house style (templates and stylesheets of the same names win). Default: none,
         * the house style from the jar alone; a folder that does not exist counts as none.
         *
         * @param directory the folder, or null for the house style alone
         * @return this builder
         */
        public Builder styles(Path directory) {
            this.styles = directory;
            return this;
        }

        /**
         * A theme from the class path between the house style and the project's styles folder: a jar with its
         * stylesheets, templates and fonts under {@code octavo-themes/<name>/} (a dependency of the plugin, or on
         * the class path of a library's caller). Its fonts replace the defaults unless a fonts folder is set.
         * Default: none.
         *
         * @param name the theme's name, or null for none
         * @return this builder
         * @throws IllegalArgumentException when no jar on the class path has a theme of that name
         */
        public Builder theme(String name) {
            if (name != null) {
                Theme.of(Optional.of(name), Optional.empty());
            }
            this.theme = name;
            return this;
        }

        /**
         * A fonts folder replacing the default fonts. A folder that is named must exist: a misspelt folder is an
         * error, never a silent fallback to the defaults. Leave it unset for Octavo's default fonts.
         *
         * @param directory the folder of TrueType fonts, or null for Octavo's default fonts
         * @return this builder
         */
        public Builder fonts(Path directory) {
            this.fonts = directory;
            return this;
        }

        /**
         * Where the .epub and .pdf are written, beside the build's record {@code .octavo-build}. Nothing is written
         * anywhere else, and nothing else there is changed or deleted. Required: there is no default.
         *
         * @param directory the folder, made (with its parents) when missing
         * @return this builder
         */
        public Builder output(Path directory) {
            this.output = directory;
            return this;
        }

        /**
         * The formats to publish; all of them when none is named, which is the default.
         *
         * @param wanted the formats, copied; empty for all of them
         * @return this builder
         * @throws NullPointerException when {@code wanted} is null or holds a null
         */
        public Builder formats(Set<Format> wanted) {
            this.formats.clear();
            this.formats.addAll(wanted);
            return this;
        }

        /**
         * The time stamped into the outputs; default {@code SOURCE_DATE_EPOCH}, else now. Fix it for reproducible
         * builds: with the same inputs and timestamp, the outputs are the same bytes.
         *
         * @param time the moment, used in whole seconds (the fraction is dropped); null for the default
         * @return this builder
         */
        public Builder timestamp(Instant time) {
            this.timestamp = time;
            return this;
        }

        /**
         * Paths in progress lines are shown relative to this directory when they lie below it (default: the
         * manuscript's parent). It changes the messages only, never what is read or written.
         *
         * @param directory the folder, or null for the default
         * @return this builder
         */
        public Builder displayBase(Path directory) {
            this.displayBase = directory;
            return this;
        }

        /**
         * How a typeset character that no font of the book can draw is reported: an error by default (the book
         * would print boxes or nothing), or a warning to publish anyway, e.g. while the right font is on its way.
         *
         * @param severity {@link Diagnostic.Severity#ERROR} (the default) or {@link Diagnostic.Severity#WARNING}
         * @return this builder
         * @throws NullPointerException when {@code severity} is null
         */
        public Builder missingGlyphs(Diagnostic.Severity severity) {
            this.missingGlyphs = Objects.requireNonNull(severity, "severity");
            return this;
        }

        /**
         * Who is told the build's steps, details and warnings (default: {@link ProgressListener#SILENT}, nobody).
         * The publisher passes the calls on one at a time, even while it makes the EPUB and the PDF on two threads,
         * so the listener need not be thread-safe.
         *
         * @param listener the listener
         * @return this builder
         * @throws NullPointerException when {@code listener} is null
         */
        public Builder progress(ProgressListener listener) {
            this.progress = Objects.requireNonNull(listener, "progress listener");
            return this;
        }

        /**
         * Makes the outputs even when the output folder's record says they were made from these very inputs and
         * are intact (default: false, and such a build stops after comparing the digests).
         *
         * @param always true to make the outputs on every {@link Publisher#publish()}
         * @return this builder
         */
        public Builder force(boolean always) {
            this.force = always;
            return this;
        }

        /**
         * Told the book as read and where its printed pages fell, once the print edition is laid out, before it is
         * drawn (the live preview marks the EPUB documents' page breaks from it). Not told when nothing is made.
         * Default: a listener that does nothing.
         *
         * @param listener the listener, called on one of the build's threads
         * @return this builder
         * @throws NullPointerException when {@code listener} is null
         */
        public Builder printLayout(PrintLayoutListener listener) {
            this.printLayout = Objects.requireNonNull(listener, "print layout listener");
            return this;
        }

        /**
         * A publisher with these settings. The builder may be changed and built again afterwards; publishers already
         * built keep their settings.
         *
         * @return the publisher
         * @throws NullPointerException when the manuscript is not set
         */
        public Publisher build() {
            return new Publisher(this);
        }
    }
}
