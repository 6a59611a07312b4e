package dev.octavo.pdf.engine;

import com.openhtmltopdf.bidi.SimpleBidiReorderer;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import dev.octavo.fonts.FontFace;
import dev.octavo.fonts.FontSet;
import dev.octavo.testing.Seed;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tabulated measure against openhtmltopdf's own, string by string: every word, every line and every pair of
 * words of the seed, at the sizes the house style sets, must come out the same whole number of units, including
 * strings the table hands back (a character the font lacks, one beyond the Basic Multilingual Plane).
 */
class TabulatedWidthsTest {
    private static final float[] SIZES = {10.0125f, 8.5125f, 11.5125f, 17.25f};

    private static PDDocument pdf;
    /** openhtmltopdf's fallback measuring logs through the renderer's context, which a renderer registers. */
    private static SharedContext context;
    private static List<PdfBoxFSFont> fonts;

    @BeforeAll
    static void loadFonts() throws IOException {
        context = new SharedContext();
        context.registerWithThread();
        pdf = new PDDocument();
        FontSet set = FontSet.fromDirectory(Seed.projectDir().resolve("fonts"));
        List<PDFont> loaded = new ArrayList<>();
        for (FontFace face : set.faces()) {
            loaded.add(PDType0Font.load(pdf, new ByteArrayInputStream(face.pdfData()), true));
        }
        fonts = new ArrayList<>();
        for (float size : SIZES) {
            for (PDFont font : loaded) {
                // The family's face first and another after it, as openhtmltopdf lists fallbacks.
                PDFont fallback = loaded.get((loaded.indexOf(font) + 1) % loaded.size());
                fonts.add(new PdfBoxFSFont(List.of(new FontDescription(font, IdentValue.NORMAL, 400),
                        new FontDescription(fallback, IdentValue.NORMAL, 400)), size));
            }
        }
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
        context.removeFromThread();
    }

    @Test
    void everyWordLineAndPairOfTheSeedMeasuresAsOpenhtmltopdfMeasuresIt() {
        Set<String> strings = new LinkedHashSet<>();
        for (String line : Seed.correctedLines()) {
            strings.add(line);
            String[] words = line.split(" ");
            for (int i = 0; i < words.length; i++) {
                strings.add(words[i]);
                strings.add(words[i] + " ");
                if (i + 1 < words.length) {
                    strings.add(words[i] + " " + words[i + 1]);
                }
            }
        }
        strings.add("");
        assertSameWidths(strings);
        assertTrue(strings.size() > 3000, "the seed gives thousands of strings: " + strings.size());
    }

    @Test
    void stringsTheTableHandsBackMeasureAsOpenhtmltopdfMeasuresThem() {
        assertSameWidths(List.of(
                "Pê-tơ-rô\u00ADgrát", // a soft hyphen, which is never printed
                "ảnh\uFFFC", // an object replacement character, neither
                "Mát-xcơ-va ☃ 1918", // a snowman: in none of the fonts
                "thư 😀 gửi", // beyond the Basic Multilingual Plane
                "中文", // in none of the fonts either
                "ǅ ₫ № ‰")); // in some of the faces and not others
    }

    @Test
    void aFontListWithoutAnyLoadedFontMeasuresNothing() {
        PdfBoxFSFont none = new PdfBoxFSFont(List.of(), 10);
        assertEquals(0, measured(new TabulatedWidths(), none, "chữ"));
    }

    private static void assertSameWidths(Iterable<String> strings) {
        PdfBoxTextRenderer plain = new PdfBoxTextRenderer();
        TabulatedWidths tabulated = new TabulatedWidths();
        int compared = 0;
        for (PdfBoxFSFont font : fonts) {
            for (String s : strings) {
                assertEquals(measured(plain, font, s), measured(tabulated, font, s),
                        () -> "width of \"" + s + "\" at " + font.getSize2D() + " pt");
                compared++;
            }
        }
        assertTrue(compared > 0);
    }

    private static int measured(PdfBoxTextRenderer renderer, PdfBoxFSFont font, String s) {
        renderer.setup(null, new SimpleBidiReorderer());
        return renderer.getWidth(null, font, s);
    }
}
