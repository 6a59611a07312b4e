package dev.octavo.pdf;

import dev.octavo.compose.Hyphenation;
import dev.octavo.compose.LineBreaker;
import dev.octavo.fonts.FontSet;
import dev.octavo.internal.ParallelJobs;
import dev.octavo.model.FigurePlacement;
import dev.octavo.model.Metadata;
import dev.octavo.model.PageMap;
import dev.octavo.model.PageNumbering;
import dev.octavo.model.PrintedMargins;
import dev.octavo.pdf.engine.ResourceGuard;
import dev.octavo.pdf.engine.TypesetDocument;
import dev.octavo.pdf.finish.AppendixJoin;
import dev.octavo.pdf.finish.CompactPdfSaver;
import dev.octavo.pdf.finish.InlinePropertyLists;
import dev.octavo.pdf.finish.PdfX4;
import dev.octavo.pdf.finish.PrintFinishing;
import dev.octavo.pdf.finish.TextSpans;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Typesets print XHTML into a PDF with openhtmltopdf. Every font is embedded as a subset; the document
 * information and the file identifier are derived from the book and the build timestamp, never from the clock,
 * so that a rebuild gives the same bytes. The renderer reads nothing but files of the manuscript (ResourceGuard).
 *
 * <p>A book is one layout pass: the body is laid out, and what depends on where its pages fell (the glossary's
 * page numbers) goes into a second document, an {@link Appendix}, laid out and drawn on another thread while the
 * body is drawn, and put in place of the body's last page ({@link AppendixJoin}).
 *
 * <p>A figure that leaves a hole in its page is moved on in its chapter to where the next page begins
 * ({@link TypesetDocument#figureHoles}), and the body is laid out again; a book without such figures is laid out
 * once.
 */
public final class PdfWriter {
    /** Where words may break, shared by the documents of one book (body and glossary are typeset at once). */
    private final Hyphenation hyphenation = new Hyphenation();
    /** Whether the PDF is made PDF/X-4 as well (PdfX4). */
    private final boolean pdfX;

    /** A writer of PDF/A-3u and PDF/UA-1 files. */
    public PdfWriter() {
        this(false);
    }

    /** @param pdfX whether the files are PDF/X-4 too, for a printer (book.yaml's {@code pdf-x:}) */
    public PdfWriter(boolean pdfX) {
        this.pdfX = pdfX;
    }

    /** At most this many layouts mend holes: each mends the first of every chapter. */
    private static final int MOST_LAYOUTS = 64;
    /** A figure that still leaves a hole after this many moves stays where the last one put it. */
    private static final int MOST_MOVES = 3;

    /**
     * What was written.
     *
     * @param pageMap   where every element with an id was printed, and where each page's text begins
     * @param numbering the page labels of this PDF
     * @param refused   the URIs the renderer asked for and was refused
     */
    public record Summary(int pages, PageMap pageMap, PageNumbering numbering, List<String> refused) {
        public Summary {
            refused = List.copyOf(refused);
        }
    }

    /**
     * A document typeset after the body and made from its layout: its first page takes the place of the body's
     * last page, an empty one that holds only the element {@code openingId} (where the contents page and the
     * bookmarks point), on a right-hand page.
     *
     * @param xhtml the document, from the body's page map and page labels
     */
    public record Appendix(String openingId, BiFunction<PageMap, PageNumbering, String> xhtml) {
    }

    /**
     * The printed book's pages: where things landed, how the pages are labelled, and their narrowest margins.
     *
     * @param margins the narrowest margins of the body's and the appendix's pages, from the sheet's edges
     */
    public record Pages(PageMap map, PageNumbering numbering, PrintedMargins margins) {
    }

    /**
     * What the body's document takes from its own last layout: where figures that left holes were moved, and the
     * page each cross-reference's target fell on (written into the text, so that the number takes its own width).
     *
     * @param targetPages the page label of each target a cross-reference prints the page of, by id
     */
    public record Feedback(Map<String, FigurePlacement> figures, Map<String, String> targetPages) {
        public static final Feedback NONE = new Feedback(Map.of(), Map.of());

        public Feedback {
            figures = Map.copyOf(figures);
            targetPages = Map.copyOf(targetPages);
        }
    }

    /**
     * The body of the print book, made again from each layout's feedback.
     *
     * @param xhtml      the document for this feedback
     * @param referenced the ids whose page the text prints (cross-references' targets)
     */
    public record Body(Function<Feedback, String> xhtml, Set<String> referenced) {
        /** A document that depends on no layout of its own. */
        public static Body fixed(String xhtml) {
            return new Body(feedback -> xhtml, Set.of());
        }
    }

    /**
     * Lays a book out without drawing it.
     *
     * @param bodyStartId the id of the element that opens the body: page 1 in arabic, roman before it
     * @param markable    the ids of the blocks whose lines may start a page in the page map
     */
    public Pages layout(Body body, Optional<Appendix> appendix, Path baseDirectory, FontSet fonts, String bodyStartId,
                        Predicate<String> markable, Consumer<String> detail) throws IOException {
        ResourceGuard guard = new ResourceGuard(baseDirectory);
        try (TypesetDocument laidOut = layOutBody(body, baseDirectory, fonts, bodyStartId, markable, guard, detail)) {
            PageNumbering numbering = numbering(laidOut.map(), bodyStartId);
            if (appendix.isEmpty()) {
                return new Pages(laidOut.map(), numbering, laidOut.margins());
            }
            Appended after = layOutAppendix(appendix.get(), laidOut.map(), numbering,
                    opening(laidOut.map(), appendix.get().openingId()), baseDirectory, fonts, markable, guard, detail);
            try (TypesetDocument doc = after.doc()) {
                return new Pages(after.book(), numbering, laidOut.margins().narrowest(doc.margins()));
            }
        }
    }

    /** Renders one document into a PDF. */
    public Summary write(String xhtml, Path baseDirectory, FontSet fonts, Metadata metadata, Instant timestamp,
                         String bodyStartId, Predicate<String> markable, OutputStream out, Consumer<String> detail)
            throws IOException {
        return write(Body.fixed(xhtml), Optional.empty(), baseDirectory, fonts, metadata, timestamp, bodyStartId,
                markable, out, detail, pages -> { });
    }

    /**
     * Renders a book into a PDF, and tells where everything landed as soon as the layout is done, before drawing
     * and saving: whoever waits for the pages (the EPUB's page list) can go on meanwhile.
     *
     * @param body          the body's document, made again from each layout's feedback
     * @param baseDirectory the manuscript directory: relative URIs resolve against it, and only its files are read
     * @param bodyStartId   the id of the element that opens the body: page 1 in arabic, roman before it
     * @param markable      the ids of the blocks whose lines may start a page in the page map
     * @param laidOut       told the pages of the whole book once laid out; from another thread with an appendix
     */
    public Summary write(Body body, Optional<Appendix> appendix, Path baseDirectory, FontSet fonts, Metadata metadata,
                         Instant timestamp, String bodyStartId, Predicate<String> markable, OutputStream out,
                         Consumer<String> detail, Consumer<Pages> laidOut) throws IOException {
        ResourceGuard guard = new ResourceGuard(baseDirectory);
        String asWritten = body.xhtml().apply(Feedback.NONE);
        // Hashing the document for the file identifier is plain byte work: another thread does it meanwhile.
        ParallelJobs.Pending<byte[]> fileId = ParallelJobs.meanwhile("pdf-id",
                () -> PrintFinishing.fileId(metadata, timestamp, asWritten));
        Body once = new Body(feedback -> feedback.equals(Feedback.NONE) ? asWritten : body.xhtml().apply(feedback),
                body.referenced());
        try (TypesetDocument book = layOutBody(once, baseDirectory, fonts, bodyStartId, markable, guard, detail)) {
            PageNumbering numbering = numbering(book.map(), bodyStartId);
            long drawingStarted = System.nanoTime();
            Optional<Appended> appended = Optional.empty();
            try {
                PageMap whole = book.map();
                if (appendix.isEmpty()) {
                    laidOut.accept(new Pages(whole, numbering, book.margins()));
                    book.draw();
                } else {
                    int opening = opening(book.map(), appendix.get().openingId());
                    ParallelJobs.Pending<Appended> after = ParallelJobs.meanwhile("pdf-appendix", () -> appendix(
                            appendix.get(), book.map(), numbering, opening, baseDirectory, fonts, markable, guard,
                            detail, book.margins(), laidOut));
                    ParallelJobs.Outcome<Appended> outcome;
                    try {
                        book.draw();
                    } finally {
                        outcome = after.outcome(); // whatever happened here, the other thread is done
                        appended = Optional.ofNullable(outcome.value());
                    }
                    whole = valueOf(outcome).book();
                    AppendixJoin.join(book.pdf(), opening, appended.get().doc().pdf());
                }
                long drawnAt = System.nanoTime();
                byte[] id = fileId.outcome().orThrow();
                PrintFinishing.apply(book.pdf(), metadata, timestamp, numbering, id);
                if (pdfX) {
                    PdfX4.apply(book.pdf(), metadata.identifier() + "\ninterior", id);
                }
                InlinePropertyLists.apply(book.pdf());
                TextSpans.apply(book.pdf());
                long finishedAt = System.nanoTime();
                CompactPdfSaver.save(book.pdf(), out);
                detail.accept(timings(book, appended.map(Appended::doc), drawingStarted, drawnAt, finishedAt));
                return new Summary(book.pdf().getNumberOfPages(), whole, numbering, guard.refused());
            } finally {
                if (appended.isPresent()) {
                    appended.get().doc().close();
                }
            }
        } finally {
            fileId.outcome(); // the other thread is done whatever happened here
        }
    }

    /**
     * The body laid out from its own feedback until it is settled: laid out, its holes found and mended by moving
     * figures on and the pages of its cross-references' targets written in, laid out again, until nothing changes (or a
     * figure has been moved {@link #MOST_MOVES} times). A book with neither is laid out once.
     */
    private TypesetDocument layOutBody(Body body, Path baseDirectory, FontSet fonts, String bodyStartId,
                                              Predicate<String> markable, ResourceGuard guard,
                                              Consumer<String> detail) throws IOException {
        Feedback feedback = Feedback.NONE;
        Map<String, Integer> moves = new HashMap<>();
        Set<String> settled = new HashSet<>();
        Map<String, LineBreaker.Keep> undivided = Map.of();
        TypesetDocument doc = new TypesetDocument(body.xhtml().apply(feedback), baseDirectory, fonts, markable, 1,
                guard, hyphenation, undivided, detail);
        int layouts = 1;
        long started = System.nanoTime();
        try {
            while (layouts < MOST_LAYOUTS) {
                Map<String, FigurePlacement> mend = doc.figureHoles(settled);
                Map<String, String> pages = targetPages(body.referenced(), doc.map(), bodyStartId);
                boolean divided = hasNew(undivided, doc.pageEndHyphens());
                if (mend.isEmpty() && pages.equals(feedback.targetPages()) && !divided) {
                    break;
                }
                undivided = merged(undivided, doc.pageEndHyphens());
                mend.forEach((figure, placement) -> {
                    if (moves.merge(figure, 1, Integer::sum) >= MOST_MOVES) {
                        settled.add(figure);
                    }
                });
                Map<String, FigurePlacement> figures = new LinkedHashMap<>(feedback.figures());
                figures.putAll(mend);
                feedback = new Feedback(figures, pages);
                TypesetDocument old = doc;
                doc = null;
                old.close();
                doc = new TypesetDocument(body.xhtml().apply(feedback), baseDirectory, fonts, markable, 1, guard,
                        hyphenation, undivided, detail);
                layouts++;
            }
        } catch (IOException | RuntimeException | Error e) {
            if (doc != null) {
                closeAfter(doc, e);
            }
            throw e;
        }
        if (layouts > 1) {
            detail.accept(String.format(Locale.ROOT, "print: %d figures moved to fill their pages, %d pages of"
                            + " cross-references written in, %d words at page ends kept whole, in %d more layouts"
                            + " (%.2f s)", feedback.figures().size(), feedback.targetPages().size(),
                    undivided.values().stream().mapToInt(keep -> keep.undivided().size()).sum(), layouts - 1,
                    (System.nanoTime() - started) / 1e9));
        }
        return doc;
    }

    /** Whether a layout found a page ending in a divided word where the lines to keep whole did not say so. */
    private static boolean hasNew(Map<String, LineBreaker.Keep> before, Map<String, LineBreaker.Keep> found) {
        for (Map.Entry<String, LineBreaker.Keep> each : found.entrySet()) {
            LineBreaker.Keep old = before.get(each.getKey());
            if (old == null || !old.undivided().containsAll(each.getValue().undivided())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lines to keep whole so far and those a layout found ending a page in a divided word, by paragraph; each
     * paragraph's number of lines as the later layout set it.
     */
    private static Map<String, LineBreaker.Keep> merged(Map<String, LineBreaker.Keep> before,
                                                        Map<String, LineBreaker.Keep> found) {
        if (found.isEmpty()) {
            return before;
        }
        Map<String, LineBreaker.Keep> merged = new java.util.TreeMap<>(before);
        found.forEach((paragraph, keep) -> merged.merge(paragraph, keep, (old, now) -> {
            Set<Integer> lines = new java.util.TreeSet<>(old.undivided());
            lines.addAll(now.undivided());
            return new LineBreaker.Keep(lines, now.lineCount());
        }));
        return Map.copyOf(merged);
    }

    /** The label of the page each referenced id fell on. */
    private static Map<String, String> targetPages(Set<String> referenced, PageMap map, String bodyStartId) {
        if (referenced.isEmpty()) {
            return Map.of();
        }
        PageNumbering numbering = numbering(map, bodyStartId);
        Map<String, String> pages = new java.util.TreeMap<>();
        for (String id : referenced) {
            map.first(id).ifPresent(page -> pages.put(id, numbering.label(page)));
        }
        return pages;
    }

    /** The appendix typeset, and the whole book's page map: the body's without its last page, then the appendix's. */
    private record Appended(TypesetDocument doc, PageMap book) {
    }

    /**
     * Lays the appendix out from the body's layout, its folios numbered on from the page it replaces
     * ({@code opening}), and joins the page maps.
     */
    private Appended layOutAppendix(Appendix appendix, PageMap body, PageNumbering numbering, int opening,
                                           Path baseDirectory, FontSet fonts, Predicate<String> markable,
                                           ResourceGuard guard, Consumer<String> detail) throws IOException {
        String xhtml = appendix.xhtml().apply(body, numbering);
        TypesetDocument doc = new TypesetDocument(xhtml, baseDirectory, fonts, markable, folio(numbering, opening),
                guard, hyphenation, Map.of(), detail);
        if (!doc.pageEndHyphens().isEmpty()) {
            // Once more with the words at page ends kept whole where another break is as good.
            Map<String, LineBreaker.Keep> undivided = doc.pageEndHyphens();
            doc.close();
            doc = new TypesetDocument(xhtml, baseDirectory, fonts, markable, folio(numbering, opening), guard,
                    hyphenation, undivided, detail);
        }
        try {
            return new Appended(doc, body.before(opening).followedBy(doc.map()));
        } catch (RuntimeException e) {
            closeAfter(doc, e);
            throw e;
        }
    }

    /** Closes a document after a failure, keeping what went wrong first. */
    private static void closeAfter(TypesetDocument doc, Throwable failure) {
        try {
            doc.close();
        } catch (IOException | RuntimeException suppressed) {
            failure.addSuppressed(suppressed);
        }
    }

    /** Lays out and draws the appendix; told the whole book's pages in between. Runs on a thread of its own. */
    private Appended appendix(Appendix appendix, PageMap body, PageNumbering numbering, int opening,
                                     Path baseDirectory, FontSet fonts, Predicate<String> markable,
                                     ResourceGuard guard, Consumer<String> detail, PrintedMargins bodyMargins,
                                     Consumer<Pages> laidOut) throws IOException {
        Appended after = layOutAppendix(appendix, body, numbering, opening, baseDirectory, fonts, markable, guard,
                detail);
        try {
            laidOut.accept(new Pages(after.book(), numbering, bodyMargins.narrowest(after.doc().margins())));
            after.doc().draw();
            return after;
        } catch (IOException | RuntimeException | Error e) {
            closeAfter(after.doc(), e);
            throw e;
        }
    }

    /** One line with the pages and where the time went; the appendix's layout and drawing ran beside the body's. */
    private static String timings(TypesetDocument book, Optional<TypesetDocument> appended, long drawingStarted,
                                  long drawnAt, long finishedAt) {
        // The body's last page, where the appendix opens, was left blank too, and is gone.
        int blank = book.tidied().blankPages() + appended.map(doc -> doc.tidied().blankPages() - 1).orElse(0);
        return String.format(Locale.ROOT, "print: %d pages (%d left blank); layout %.2f s (%d paragraphs composed"
                        + " in %.2f s)%s, drawing %.2f s, finishing %.2f s, saving %.2f s",
                book.pdf().getNumberOfPages(), blank, book.layoutNanos() / 1e9, book.composedParagraphs(),
                book.composeNanos() / 1e9, appended.map(doc -> String.format(Locale.ROOT,
                        " (then %.2f s for the %d pages after, meanwhile)", doc.layoutNanos() / 1e9,
                        doc.map().pageCount())).orElse(""),
                seconds(drawingStarted, drawnAt), seconds(drawnAt, finishedAt), seconds(finishedAt, System.nanoTime()));
    }

    private static PageNumbering numbering(PageMap map, String bodyStartId) {
        return new PageNumbering(map.first(bodyStartId).orElse(0));
    }

    /** The number the folio of this page shows: openhtmltopdf counts pages from 1 in each document. */
    private static int folio(PageNumbering numbering, int pageIndex) {
        return pageIndex - numbering.bodyStart() + 1;
    }

    /**
     * The page the appendix takes the place of: the body's last, a right-hand one (a 0-based even index), with
     * nothing else laid out on it.
     */
    private static int opening(PageMap body, String openingId) {
        int page = body.first(openingId).orElseThrow(() -> new IllegalStateException(
                "the print document has no element with id " + openingId + " where the glossary opens"));
        boolean alone = body.starts().stream().noneMatch(start -> start.pageIndex() == page)
                && body.pages().entrySet().stream()
                .noneMatch(on -> !on.getKey().equals(openingId) && on.getValue().contains(page));
        if (page != body.pageCount() - 1 || page % 2 != 0 || !alone) {
            // Only a print stylesheet of a project's own can do this, by changing the house style's rule for it.
            throw new IllegalStateException("the element " + openingId + " where the glossary opens is on page "
                    + (page + 1) + " of " + body.pageCount() + ", not alone on the last page, a right-hand one: "
                    + "print.css must keep .glossary-opening { page-break-before: right } as the house style has it");
        }
        return page;
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    /** A job's value; an IOException it threw (an image that cannot be read) as itself. */
    private static <V> V valueOf(ParallelJobs.Outcome<V> outcome) throws IOException {
        try {
            return outcome.orThrow();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
