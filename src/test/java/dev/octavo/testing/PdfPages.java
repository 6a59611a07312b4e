package dev.octavo.testing;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Text of one PDF page, filtered by where and how large the glyphs are. */
public final class PdfPages {
    private PdfPages() {
    }

    /** Glyphs of page {@code index} (0-based) that pass the filter, in reading order. */
    public static String text(PDDocument doc, int index, Predicate<TextPosition> keep) throws IOException {
        PDFTextStripper stripper = stripper(keep);
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        return stripper.getText(doc);
    }

    /** A text stripper that keeps the glyphs that pass the filter, read in page order. */
    static PDFTextStripper stripper(Predicate<TextPosition> keep) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                StringBuilder kept = new StringBuilder();
                for (TextPosition position : positions) {
                    if (keep.test(position)) {
                        kept.append(position.getUnicode());
                    }
                }
                writeString(kept.toString());
            }
        };
        // openhtmltopdf draws a line's italic runs after its roman ones: read glyphs in page order instead.
        stripper.setSortByPosition(true);
        return stripper;
    }

    /** Relative vertical position of a glyph, 0 at the top of the page, 1 at the bottom. */
    public static float y(TextPosition p) {
        return p.getYDirAdj() / p.getPageHeight();
    }

    /** A glyph's size in points (getFontSizeInPt rounds to whole points, too coarse for 6.5 pt calls). */
    public static float size(TextPosition p) {
        return p.getFontSize();
    }

    /** Runs of digits set smaller than {@code maxSize}: footnote calls. */
    public static List<Integer> smallNumbers(PDDocument doc, int index, float maxSize) throws IOException {
        List<Integer> numbers = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                StringBuilder digits = new StringBuilder();
                for (TextPosition position : positions) {
                    boolean small = size(position) < maxSize && Character.isDigit(position.getUnicode().charAt(0));
                    if (small) {
                        digits.append(position.getUnicode());
                    } else if (!digits.isEmpty()) {
                        numbers.add(Integer.parseInt(digits.toString()));
                        digits.setLength(0);
                    }
                }
                if (!digits.isEmpty()) {
                    numbers.add(Integer.parseInt(digits.toString()));
                }
            }
        };
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        stripper.getText(doc);
        return numbers;
    }
}
