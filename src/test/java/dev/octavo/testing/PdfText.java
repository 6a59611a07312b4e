package dev.octavo.testing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.file.Path;

/** Text extraction with PDFBox, independent of how Octavo made the PDF. */
public final class PdfText {
    private PdfText() {
    }

    /** All text of the PDF, as PDFBox extracts it. */
    public static String all(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /**
     * The running text only: glyphs of at least {@code minSize} points inside the type area. Footnotes and note
     * calls are set smaller than the body, running heads and folios stand in the top and bottom margins (the
     * outer 8 % of the page), so leaving them out gives back each paragraph whole, across page breaks.
     * Glyphs are read in visual order: openhtmltopdf paints an inline element's text (a glossary term's span,
     * an emphasis) after the rest of its line, so the content stream's order is not the reading order.
     */
    public static String bodyText(Path pdf, float minSize) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return PdfPages.stripper(p -> PdfPages.size(p) >= minSize && PdfPages.y(p) > 0.08f && PdfPages.y(p) < 0.92f)
                    .getText(doc);
        }
    }

    /** Text with all white space removed: line breaks in a justified paragraph fall where they may. */
    public static String squeeze(String text) {
        return text.replaceAll("[\\s\u00A0]+", "");
    }
}
