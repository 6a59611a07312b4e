package dev.octavo.pdf;

import dev.octavo.fonts.FontSet;
import dev.octavo.model.Book;
import dev.octavo.model.PageMap;
import dev.octavo.model.PageNumbering;
import dev.octavo.xhtml.PageBreaks;
import dev.octavo.xhtml.PrintPagination;
import dev.octavo.xhtml.XhtmlRenderer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Typesets a book in two passes: a layout (no drawing) shows where chapters and glossary terms land, then the
 * final rendering carries the blank pages and page references that layout called for. The final pass also
 * tells where each page's text begins, for the EPUB's page list. Given the last build's pagination, the first
 * pass is skipped: an unchanged book, or one changed within its pages, lays out once.
 *
 * <p>The final pass checks, before it draws, that its own layout bears out the pagination it was given, and
 * otherwise lays out again with the corrected one: the first pass sees the contents page with other page
 * numbers than the final pass prints, and a longer number can wrap a long title onto one more line.
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
    public record Pages(PageMap map, PageNumbering numbering, PrintPagination pagination) {
    }

    public PrintTypesetter(XhtmlRenderer renderer, String printCss, FontSet fonts) {
        this.renderer = renderer;
        this.css = printCss;
        this.fonts = fonts;
    }

    /**
     * @param baseDirectory where relative image paths resolve (the manuscript)
     * @param detail        the renderers' own messages
     * @param laidOut       told the pages as soon as the final layout is done, before the PDF is drawn and saved
     * @param guess         a pagination to start from instead of a first layout pass (the last build's)
     */
    public PdfWriter.Summary typeset(Book book, Path baseDirectory, Instant timestamp, OutputStream out,
                                     Consumer<String> detail, Consumer<Pages> laidOut, Optional<PrintPagination> guess)
            throws IOException {
        Set<String> markable = PageBreaks.markable(book);
        return settled(book, baseDirectory, detail, guess, (xhtml, given, check) -> new PdfWriter().write(xhtml,
                baseDirectory, fonts, book.metadata(), timestamp, book.chapters().get(0).id(), markable::contains, out,
                detail, (map, numbering) -> {
                    check.accept(map);
                    laidOut.accept(new Pages(map, numbering, given));
                }));
    }

    /** The printed book's pages without drawing them: for an EPUB's page list when no PDF is made. */
    public Pages paginate(Book book, Path baseDirectory, Consumer<String> detail, Optional<PrintPagination> guess)
            throws IOException {
        Set<String> markable = PageBreaks.markable(book);
        return settled(book, baseDirectory, detail, guess, (xhtml, given, check) -> {
            PageMap map = new PdfWriter().layout(xhtml, baseDirectory, fonts, markable::contains, detail);
            check.accept(map);
            return new Pages(map, new PageNumbering(map.first(book.chapters().get(0).id()).orElse(0)), given);
        });
    }

    /** A final pass over the document made with a pagination; it hands its layout to the check before drawing. */
    @FunctionalInterface
    private interface FinalPass<T> {
        T run(String xhtml, PrintPagination given, Consumer<PageMap> check) throws IOException;
    }

    /** Runs the final pass until its layout bears out the pagination it was made with (at most ATTEMPTS times). */
    private <T> T settled(Book book, Path baseDirectory, Consumer<String> detail, Optional<PrintPagination> guess,
                          FinalPass<T> pass) throws IOException {
        PrintPagination pagination = start(book, baseDirectory, detail, guess);
        for (int attempt = 1; ; attempt++) {
            PrintPagination given = pagination;
            boolean last = attempt == ATTEMPTS;
            try {
                return pass.run(renderer.renderPrint(book, css, fonts.families(), given), given,
                        map -> corrected(book, given, map, last, detail).ifPresent(next -> {
                            throw new Repaginate(next);
                        }));
            } catch (Repaginate again) {
                pagination = again.pagination;
            }
        }
    }

    private PrintPagination start(Book book, Path baseDirectory, Consumer<String> detail,
                                  Optional<PrintPagination> guess) throws IOException {
        if (guess.isPresent()) {
            detail.accept("print layout: starting from the last build's pagination, no first pass");
            return guess.get();
        }
        return firstPass(book, baseDirectory, detail);
    }

    private PrintPagination firstPass(Book book, Path baseDirectory, Consumer<String> detail) throws IOException {
        String draft = renderer.renderPrint(book, css, fonts.families(), PrintPagination.FIRST_PASS);
        PageMap firstPass = new PdfWriter().layout(draft, baseDirectory, fonts, detail);
        PrintPagination pagination = PrintPagination.from(book, firstPass);
        detail.accept("print layout: " + firstPass.pageCount() + " pages before blank pages; blank pages before "
                + pagination.blankBefore());
        return pagination;
    }

    /** The pagination to lay out again with, when this layout did not bear out the one it was made with. */
    private static Optional<PrintPagination> corrected(Book book, PrintPagination given, PageMap laidOut, boolean last,
                                                       Consumer<String> detail) {
        PrintPagination next = given.next(book, laidOut);
        if (next.equals(given)) {
            return Optional.empty();
        }
        if (last) {
            detail.accept("print layout: the pagination did not settle after " + ATTEMPTS + " layouts; kept the last");
            return Optional.empty();
        }
        detail.accept("print layout: the final layout moved pages; laying out again with blank pages before "
                + next.blankBefore());
        return Optional.of(next);
    }

    /** Abandons a final pass before it draws anything. */
    private static final class Repaginate extends RuntimeException {
        private final transient PrintPagination pagination;

        Repaginate(PrintPagination pagination) {
            super(null, null, false, false);
            this.pagination = pagination;
        }
    }
}
