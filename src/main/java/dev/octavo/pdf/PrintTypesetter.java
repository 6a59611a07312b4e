package dev.octavo.pdf;

import dev.octavo.fonts.FontFace;
import dev.octavo.fonts.FontSet;
import dev.octavo.internal.ParallelJobs;
import dev.octavo.model.Asset;
import dev.octavo.model.Book;
import dev.octavo.model.PageMap;
import dev.octavo.model.PageNumbering;
import dev.octavo.xhtml.PageBreaks;
import dev.octavo.xhtml.PrintPagination;
import dev.octavo.xhtml.PrintPart;
import dev.octavo.xhtml.XhtmlRenderer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Typesets a book in two passes: a layout (no drawing) shows where chapters and glossary terms land, then the
 * final rendering carries the blank pages and page references that layout called for. The final pass also
 * tells where each page's text begins, for the EPUB's page list. Given the last build's pagination for the same
 * inputs (same text, templates, stylesheet, fonts and images), the first pass is skipped.
 *
 * <p>The first pass lays out the book's two halves at once, on two threads ({@link PrintPart}): each chapter
 * opens on a fresh page, so the halves' pages are the whole book's.
 *
 * <p>The final pass checks, before it draws, that its own layout bears these out, and otherwise lays out again:
 * with the corrected blank pages if a section opens on the wrong side, and after a first pass over the whole book
 * if a section opens elsewhere than the halves foretold. Neither should happen (openhtmltopdf lays out the
 * contents page's numbers at a fixed width, whatever they are), but a wrong guess would misplace the glossary's
 * page numbers without a word. Those numbers need no check of their own: they follow from the first pass and the
 * blank pages ({@link PrintPagination}).
 */
public final class PrintTypesetter {
    /** A corrected pagination converges at once; a third attempt that still disagrees is taken as it is. */
    private static final int ATTEMPTS = 3;

    private final XhtmlRenderer renderer;
    private final String css;
    private final FontSet fonts;

    /**
     * The printed book's pages: where things landed, how the pages are labelled, and the pagination they bear
     * out (for the next build's {@link PaginationMemo}).
     */
    public record Pages(PageMap map, PageNumbering numbering, KeptPagination pagination) {
    }

    public PrintTypesetter(XhtmlRenderer renderer, String printCss, FontSet fonts) {
        this.renderer = renderer;
        this.css = printCss;
        this.fonts = fonts;
    }

    /**
     * @param baseDirectory where relative image paths resolve (the manuscript)
     * @param detail        the renderers' own messages, told from two threads at once during the first pass
     *                      (the publisher's listener is serialized: SerialProgress)
     * @param laidOut       told the pages as soon as the final layout is done, before the PDF is drawn and saved
     * @param kept          the last build's pagination, taken instead of a first layout pass if the inputs match
     */
    public PdfWriter.Summary typeset(Book book, Path baseDirectory, Instant timestamp, OutputStream out,
                                     Consumer<String> detail, Consumer<Pages> laidOut, Optional<KeptPagination> kept)
            throws IOException {
        Set<String> markable = PageBreaks.markable(book);
        return settled(book, baseDirectory, detail, kept, (xhtml, given, check) -> new PdfWriter().write(xhtml,
                baseDirectory, fonts, book.metadata(), timestamp, book.chapters().get(0).id(), markable::contains, out,
                detail, (map, numbering) -> {
                    check.accept(map);
                    laidOut.accept(new Pages(map, numbering, given));
                }));
    }

    /**
     * The printed book's pages without drawing them: for an EPUB's page list when no PDF is made. {@code detail} is
     * told from two threads at once, as in {@link #typeset}.
     */
    public Pages paginate(Book book, Path baseDirectory, Consumer<String> detail, Optional<KeptPagination> kept)
            throws IOException {
        Set<String> markable = PageBreaks.markable(book);
        return settled(book, baseDirectory, detail, kept, (xhtml, given, check) -> {
            PageMap map = new PdfWriter().layout(xhtml, baseDirectory, fonts, markable::contains, detail);
            check.accept(map);
            return new Pages(map, new PageNumbering(map.first(book.chapters().get(0).id()).orElse(0)), given);
        });
    }

    /** A final pass over the document made with a pagination; it hands its layout to the check before drawing. */
    @FunctionalInterface
    private interface FinalPass<T> {
        T run(String xhtml, KeptPagination given, Consumer<PageMap> check) throws IOException;
    }

    /**
     * Runs the final pass until its layout bears out the blank pages it was made with (at most ATTEMPTS times).
     * A correction keeps the glossary's pages consistent with the blank pages, from the first pass's layout.
     */
    private <T> T settled(Book book, Path baseDirectory, Consumer<String> detail, Optional<KeptPagination> kept,
                          FinalPass<T> pass) throws IOException {
        List<PrintPart> parts = PrintPart.halves(book);
        List<String> drafts = parts.stream()
                .map(part -> renderer.renderPrint(book, css, fonts.families(), PrintPagination.FIRST_PASS, part))
                .toList();
        // The digest is needed at once only to compare it with a kept pagination. Otherwise it is only for the
        // next build's memo, and made on another thread while this one lays the book out a first time.
        ParallelJobs.Pending<String> inputs = ParallelJobs.meanwhile("digest", () -> digest(book, drafts));
        try {
            FirstPass firstPass = null;
            PrintPagination pagination;
            if (kept.isPresent() && kept.get().inputs().equals(valueOf(inputs.outcome()))) {
                detail.accept("print layout: starting from the last build's pagination, no first pass");
                pagination = kept.get().pagination();
            } else {
                long started = System.nanoTime();
                firstPass = firstPass(book, drafts, baseDirectory, detail);
                pagination = PrintPagination.from(book, firstPass.map());
                detail.accept(String.format(Locale.ROOT, "print layout: first pass, %d pages before blank pages%s in %.2f s;"
                        + " blank pages before %s", firstPass.map().pageCount(),
                        firstPass.inParts() ? " (" + parts.size() + " parts at once)" : "",
                        (System.nanoTime() - started) / 1e9, pagination.blankBefore()));
            }
            for (int attempt = 1; ; attempt++) {
                PrintPagination given = pagination;
                FirstPass measured = firstPass;
                boolean last = attempt >= ATTEMPTS;
                try {
                    return pass.run(renderer.renderPrint(book, css, fonts.families(), given),
                            new KeptPagination(valueOf(inputs.outcome()), given), map -> {
                                if (measured != null && measured.inParts() && !given.foretold(book, measured.map(), map)) {
                                    detail.accept("print layout: the final layout opens sections elsewhere than the "
                                            + "first pass in parts foretold; laying out the whole book first");
                                    throw Repaginate.afterAWholeFirstPass();
                                }
                                corrected(book, given, map, last, detail).ifPresent(blanks -> {
                                    throw Repaginate.withBlanks(blanks);
                                });
                            });
                } catch (Repaginate again) {
                    if (firstPass == null || again.blanks.isEmpty()) {
                        // a kept pagination wrong after all, or a first pass in parts that the whole book belied
                        firstPass = wholeFirstPass(book, baseDirectory, detail);
                    }
                    pagination = again.blanks.isEmpty() ? PrintPagination.from(book, firstPass.map())
                            : PrintPagination.withBlanks(book, again.blanks.get(), firstPass.map());
                }
            }
        } finally {
            inputs.outcome(); // whatever happened here, the other thread is done before this returns
        }
    }

    /** A first pass's layout, and whether it was laid out in parts (to be checked against the whole book). */
    private record FirstPass(PageMap map, boolean inParts) {
    }

    /**
     * The first pass, its parts laid out at once on threads of their own (ParallelJobs), joined into the layout
     * of the whole draft. A project's own print template that does not honour the parts makes each part the
     * whole book: then the parts share ids, and the whole book is laid out instead.
     */
    private FirstPass firstPass(Book book, List<String> drafts, Path baseDirectory, Consumer<String> detail)
            throws IOException {
        if (drafts.size() == 1) {
            return new FirstPass(layout(drafts.get(0), baseDirectory, detail), false);
        }
        PageMap joined = null;
        for (ParallelJobs.Outcome<PageMap> part : ParallelJobs.each("layout", drafts,
                draft -> layout(draft, baseDirectory, detail))) {
            PageMap map = valueOf(part);
            Optional<String> shared = joined == null ? Optional.empty() : joined.sharedId(map);
            if (shared.isPresent()) {
                detail.accept("print layout: two parts of the first pass both have id " + shared.get()
                        + ": the print template does not lay out a part of the book alone (part.holds); "
                        + "laying out the whole book");
                return wholeFirstPass(book, baseDirectory, detail);
            }
            joined = joined == null ? map : joined.followedBy(map);
        }
        return new FirstPass(joined, true);
    }

    private FirstPass wholeFirstPass(Book book, Path baseDirectory, Consumer<String> detail) throws IOException {
        String draft = renderer.renderPrint(book, css, fonts.families(), PrintPagination.FIRST_PASS);
        return new FirstPass(layout(draft, baseDirectory, detail), false);
    }

    private PageMap layout(String draft, Path baseDirectory, Consumer<String> detail) throws IOException {
        return new PdfWriter().layout(draft, baseDirectory, fonts, detail);
    }

    /** A job's value; an IOException it threw (an image that cannot be read) as itself. */
    private static <V> V valueOf(ParallelJobs.Outcome<V> outcome) throws IOException {
        try {
            return outcome.orThrow();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The blank pages to lay out again with, when this layout did not bear out the ones it was made with. */
    private static Optional<List<String>> corrected(Book book, PrintPagination given, PageMap laidOut, boolean last,
                                                    Consumer<String> detail) {
        List<String> blanks = given.blanksFor(book, laidOut);
        if (blanks.equals(given.blankBefore())) {
            return Optional.empty();
        }
        if (last) {
            detail.accept("print layout: the pagination did not settle after " + ATTEMPTS + " layouts; kept the last");
            return Optional.empty();
        }
        detail.accept("print layout: the final layout moved pages; laying out again with blank pages before " + blanks);
        return Optional.of(blanks);
    }

    /**
     * What the layout depends on besides the blank pages and the page numbers it prints: the first pass's documents
     * (the text, the templates), the print stylesheet, the fonts and the images. Two builds with the same digest
     * lay out the same pages, so a pagination kept from one is right for the other.
     */
    private String digest(Book book, List<String> drafts) throws IOException {
        MessageDigest sha = Sha256.create();
        for (String draft : drafts) {
            update(sha, draft.getBytes(StandardCharsets.UTF_8));
        }
        update(sha, css.getBytes(StandardCharsets.UTF_8));
        for (FontFace face : fonts.faces()) {
            update(sha, face.pdfData());
        }
        for (Asset asset : book.assets()) {
            update(sha, Files.readAllBytes(asset.source()));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Each part with its length first, so that no two different lists of parts give the same bytes. */
    private static void update(MessageDigest sha, byte[] part) {
        sha.update(ByteBuffer.allocate(Long.BYTES).putLong(part.length).array());
        sha.update(part);
    }

    /** Abandons a final pass before it draws anything. */
    private static final class Repaginate extends RuntimeException {
        /** The blank pages to lay out with; none for the blank pages a new first pass over the whole book asks. */
        private final transient Optional<List<String>> blanks;

        private Repaginate(Optional<List<String>> blanks) {
            super(null, null, false, false);
            this.blanks = blanks;
        }

        static Repaginate withBlanks(List<String> blanks) {
            return new Repaginate(Optional.of(blanks));
        }

        static Repaginate afterAWholeFirstPass() {
            return new Repaginate(Optional.empty());
        }
    }
}
