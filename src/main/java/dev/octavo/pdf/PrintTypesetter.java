package dev.octavo.pdf;

import dev.octavo.fonts.FamilyStandIns;
import dev.octavo.fonts.FontSet;
import dev.octavo.model.Book;
import dev.octavo.model.FigurePlacement;
import dev.octavo.xhtml.GlossaryPages;
import dev.octavo.xhtml.CrossReferences;
import dev.octavo.xhtml.PageBreaks;
import dev.octavo.xhtml.PlacedFigures;
import dev.octavo.xhtml.XhtmlRenderer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Typesets a book in one layout pass. The body (front matter and chapters) is laid out first; chapters open on
 * right-hand pages by themselves ({@code page-break-before: right}, the blank pages emptied by EmptyArtifacts).
 * Its layout tells on which page each use of a glossary term fell, so the glossary, which lists those pages, is
 * typeset next as a document of its own ({@link dev.octavo.xhtml.PrintPart}), on another thread while the body
 * is drawn, and takes the place of the body's last page, an empty one where the glossary opens.
 */
public final class PrintTypesetter {
    private final XhtmlRenderer renderer;
    private final String css;
    private final FontSet fonts;
    private final List<FamilyStandIns.StandIn> standIns;
    /** The book's own families, for the colophon: never a stand-in's name. */
    private final List<String> families;

    public PrintTypesetter(XhtmlRenderer renderer, String printCss, FontSet fonts) {
        this.renderer = renderer;
        this.css = printCss;
        this.standIns = FamilyStandIns.of(printCss, fonts);
        Map<String, String> byName = new LinkedHashMap<>();
        standIns.forEach(standIn -> byName.put(standIn.missing(), standIn.family()));
        this.fonts = fonts.withStandIns(byName);
        this.families = fonts.families();
    }

    /**
     * The families the print stylesheet names that the book's fonts lack, each printed in a family of the book
     * instead (the caller warns of them).
     */
    public List<FamilyStandIns.StandIn> standIns() {
        return standIns;
    }

    /**
     * @param baseDirectory where relative image paths resolve (the manuscript)
     * @param detail        the renderers' own messages, told from two threads at once (the publisher's listener is
     *                      serialized: SerialProgress)
     * @param laidOut       told the pages as soon as the whole book is laid out, before it is drawn and saved; from
     *                      another thread when the book has a glossary
     */
    public PdfWriter.Summary typeset(Book book, Path baseDirectory, Instant timestamp, OutputStream out,
                                     Consumer<String> detail, Consumer<PdfWriter.Pages> laidOut) throws IOException {
        Set<String> markable = PageBreaks.markable(book);
        return new PdfWriter(book.print().pdfX()).write(body(book), glossary(book), baseDirectory, fonts, book.metadata(), timestamp,
                bodyStartId(book), markable::contains, out, detail, laidOut);
    }

    /** The printed book's pages without drawing them: for an EPUB's page list when no PDF is made. */
    public PdfWriter.Pages paginate(Book book, Path baseDirectory, Consumer<String> detail) throws IOException {
        Set<String> markable = PageBreaks.markable(book);
        return new PdfWriter().layout(body(book), glossary(book), baseDirectory, fonts, bodyStartId(book),
                markable::contains, detail);
    }

    /**
     * The body's document, with the figures where the layout placed them (PdfWriter moves those that leave holes)
     * and the page of each cross-reference's target written in.
     */
    private PdfWriter.Body body(Book book) {
        return new PdfWriter.Body(feedback -> renderer.renderPrintBody(PlacedFigures.apply(book, feedback.figures()),
                css, families, feedback.targetPages()), CrossReferences.pagesPrinted(book));
    }

    private Optional<PdfWriter.Appendix> glossary(Book book) {
        if (book.glossary().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PdfWriter.Appendix(book.glossary().id(), (body, numbering) ->
                renderer.renderPrintGlossary(book, css, families, GlossaryPages.of(book, body, numbering),
                        GlossaryPages.ofReferences(book, body, numbering))));
    }

    private static String bodyStartId(Book book) {
        return book.chapters().get(0).id();
    }
}
