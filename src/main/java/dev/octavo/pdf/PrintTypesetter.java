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
import java.util.Set;
import java.util.function.Consumer;

/**
 * Typesets a book in two passes: a layout (no drawing) shows where chapters and glossary terms land, then the
 * final rendering carries the blank pages and page references that layout called for. The final pass also
 * tells where each page's text begins, for the EPUB's page list.
 */
public final class PrintTypesetter {
    private final XhtmlRenderer renderer;
    private final String css;
    private final FontSet fonts;

    /** The printed book's pages: where things landed and how the pages are labelled. */
    public record Pages(PageMap map, PageNumbering numbering) {
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
     */
    public PdfWriter.Summary typeset(Book book, Path baseDirectory, Instant timestamp, OutputStream out,
                                     Consumer<String> detail, Consumer<Pages> laidOut) throws IOException {
        String xhtml = finalDocument(book, baseDirectory, detail);
        return new PdfWriter().write(xhtml, baseDirectory, fonts, book.metadata(), timestamp, book.chapters().get(0).id(),
                PageBreaks.markable(book)::contains, out, detail, (map, numbering) -> laidOut.accept(new Pages(map, numbering)));
    }

    /** The printed book's pages without drawing them: for an EPUB's page list when no PDF is made. */
    public Pages paginate(Book book, Path baseDirectory, Consumer<String> detail) throws IOException {
        String xhtml = finalDocument(book, baseDirectory, detail);
        Set<String> markable = PageBreaks.markable(book);
        PageMap map = new PdfWriter().layout(xhtml, baseDirectory, fonts, markable::contains, detail);
        return new Pages(map, new PageNumbering(map.first(book.chapters().get(0).id()).orElse(0)));
    }

    private String finalDocument(Book book, Path baseDirectory, Consumer<String> detail) throws IOException {
        String draft = renderer.renderPrint(book, css, fonts.families(), PrintPagination.FIRST_PASS);
        PageMap firstPass = new PdfWriter().layout(draft, baseDirectory, fonts, detail);
        PrintPagination pagination = PrintPagination.from(book, firstPass);
        detail.accept("print layout: " + firstPass.pageCount() + " pages before blank pages; blank pages before "
                + pagination.blankBefore());
        return renderer.renderPrint(book, css, fonts.families(), pagination);
    }
}
