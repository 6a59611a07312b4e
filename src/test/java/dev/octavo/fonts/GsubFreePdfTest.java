package dev.octavo.fonts;

import dev.octavo.model.Block;
import dev.octavo.model.Book;
import dev.octavo.model.Footnote;
import dev.octavo.model.Paragraph;
import dev.octavo.pdf.PdfWriter;
import dev.octavo.testing.PdfText;
import dev.octavo.testing.Seed;
import dev.octavo.testing.SeedBook;
import dev.octavo.xhtml.Theme;
import dev.octavo.xhtml.XhtmlRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed book typeset twice, with the original fonts and with the GSUB-free copies the PDF renderer now gets:
 * the same pages, the same text and the same pictures, except where PDFBox used to draw a ligature (Literata's
 * "Th"), whose letters its text extraction then lost ("Tháng Mười" came out as "áng Mười").
 */
class GsubFreePdfTest {
    /** Latin ligatures PDFBox's GSUB worker substitutes (liga, clig), as the letters they stand for. */
    private static final Set<String> LIGATURE_LETTERS = Set.of("Th", "fi", "fl", "ff", "ffi", "ffl", "ft", "fj", "st", "ct");

    private static Book book;
    private static List<String> before;
    private static List<String> after;
    private static List<BufferedImage> beforePictures;
    private static List<BufferedImage> afterPictures;

    @BeforeAll
    static void typesetTwice() throws IOException {
        book = SeedBook.model();
        Theme theme = Theme.over(Seed.projectDir().resolve("styles"));
        String xhtml = new XhtmlRenderer(theme).renderPrintBody(book, theme.stylesheet("print.css"), List.of("Literata"));
        FontSet gsubFree = FontSet.fromDirectory(Seed.projectDir().resolve("fonts"));
        FontSet original = FontSet.of(gsubFree.faces().stream().map(f -> new FontFace(f.family(), f.weight(),
                f.italic(), f.fileName(), f.data(), f.data(), f.codePoints(), f.licence())).toList());

        byte[] beforePdf = typeset(xhtml, original);
        byte[] afterPdf = typeset(xhtml, gsubFree);
        before = pageTexts(beforePdf);
        after = pageTexts(afterPdf);
        beforePictures = pictures(beforePdf);
        afterPictures = pictures(afterPdf);
    }

    @Test
    void samePageCount() {
        assertTrue(before.size() > 10, "pages: " + before.size());
        assertEquals(before.size(), after.size());
    }

    @Test
    void everyPageHasTheSameTextSaveTheLettersOldLigaturesLost() {
        List<String> problems = new ArrayList<>();
        int lost = 0;
        for (int page = 0; page < before.size(); page++) {
            List<String> gaps = gaps(PdfText.squeeze(before.get(page)), PdfText.squeeze(after.get(page)));
            if (gaps == null) {
                problems.add("page " + (page + 1) + ": the old text is not contained in the new one");
                continue;
            }
            for (String gap : gaps) {
                if (!LIGATURE_LETTERS.contains(gap)) {
                    problems.add("page " + (page + 1) + ": new text '" + gap + "' where no ligature was");
                }
            }
            lost += gaps.size();
        }
        assertEquals(List.of(), problems);
        // The seed has "Tháng Mười", "Thế chiến" and "Thuật ngữ" in Literata: the old PDF lost those letters.
        assertTrue(lost > 0, "the comparison should see the ligatures of the old PDF");
    }

    @Test
    void pagesWithTheSameTextLookTheSame() {
        List<Integer> differ = new ArrayList<>();
        for (int page = 0; page < before.size(); page++) {
            if (before.get(page).equals(after.get(page)) && !samePixels(beforePictures.get(page), afterPictures.get(page))) {
                differ.add(page + 1);
            }
        }
        assertEquals(List.of(), differ, "pages whose text is unchanged but whose picture is not");
    }

    @Test
    void everyFootnoteIsInTheNewPdfText() {
        String text = PdfText.squeeze(String.join("", after));
        List<String> missing = new ArrayList<>();
        for (Footnote note : book.footnotes()) {
            for (Block block : note.content()) {
                if (block instanceof Paragraph paragraph) {
                    String plain = PdfText.squeeze(dev.octavo.model.Inlines.plainText(paragraph.content()));
                    if (!text.contains(plain)) {
                        missing.add(note.label() + ": " + plain);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    /**
     * The runs of {@code longer} that must be skipped to read {@code shorter} in it, in order; null when
     * {@code shorter} is not a subsequence of {@code longer}.
     */
    static List<String> gaps(String shorter, String longer) {
        List<String> gaps = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < shorter.length()) {
            int start = j;
            while (j < longer.length() && longer.charAt(j) != shorter.charAt(i)) {
                j++;
            }
            if (j == longer.length()) {
                return null;
            }
            if (j > start) {
                gaps.add(longer.substring(start, j));
            }
            i++;
            j++;
        }
        if (j < longer.length()) {
            gaps.add(longer.substring(j));
        }
        return gaps;
    }

    private static byte[] typeset(String xhtml, FontSet fonts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(xhtml, Seed.manuscript().toAbsolutePath(), fonts, book.metadata(),
                Instant.parse("2026-11-27T00:00:00Z"), book.chapters().get(0).id(), id -> false, out, message -> { });
        return out.toByteArray();
    }

    private static List<String> pageTexts(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            // In content-stream order an italic run can come out after the rest of its line; on the page it is not.
            stripper.setSortByPosition(true);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
    }

    /** Each page as a small grey picture: enough to see a moved or changed glyph. */
    private static List<BufferedImage> pictures(byte[] pdf) throws IOException {
        List<BufferedImage> pictures = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                pictures.add(renderer.renderImageWithDPI(page, 50, ImageType.GRAY));
            }
        }
        return pictures;
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
