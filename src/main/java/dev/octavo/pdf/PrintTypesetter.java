package dev.octavo.pdf;

import dev.octavo.fonts.FontSet;
import dev.octavo.model.Book;
import dev.octavo.model.PageMap;
import dev.octavo.xhtml.PrintPagination;
import dev.octavo.xhtml.XhtmlRenderer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Typesets a book in two passes: a layout (no drawing) shows where chapters and glossary terms land, then the
 * final rendering carries the blank pages and page references that layout called for.
 */
public final class PrintTypesetter {
    private final XhtmlRenderer renderer;
    private final String css;
    private final FontSet fonts;

    public PrintTypesetter(XhtmlRenderer renderer, String printCss, FontSet fonts) {
        this.renderer = renderer;
        this.css = printCss;
        this.fonts = fonts;
    }

    /**
     * @param baseDirectory where relative image paths resolve (the manuscript)
     * @param detail        the renderers' own messages
     */
    public PdfWriter.Summary typeset(Book book, Path baseDirectory, Instant timestamp, OutputStream out,
                                     Consumer<String> detail) throws IOException {
        PdfWriter pdf = new PdfWriter();
        String draft = renderer.renderPrint(book, css, fonts.families(), PrintPagination.FIRST_PASS);
        PageMap firstPass = pdf.layout(draft, baseDirectory, fonts, detail);
        PrintPagination pagination = PrintPagination.from(book, firstPass);
        detail.accept("print layout: " + firstPass.pageCount() + " pages before blank pages; blank pages before "
                + pagination.blankBefore());
        String xhtml = renderer.renderPrint(book, css, fonts.families(), pagination);
        return pdf.write(xhtml, baseDirectory, fonts, book.metadata(), timestamp, book.chapters().get(0).id(), out,
                detail);
    }
}
