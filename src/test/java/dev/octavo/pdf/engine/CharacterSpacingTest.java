package dev.octavo.pdf.engine;

import dev.octavo.fonts.FontSet;
import dev.octavo.testing.Seed;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Justified lines written as words with a character spacing put every glyph where openhtmltopdf put it. */
class CharacterSpacingTest {

    @Test
    void aJustifiedLineBecomesWordsWithTheLettersAdjustmentAsCharacterSpacing() {
        // As openhtmltopdf makes it: each character, then -2 after a letter and -37 after a space.
        Object[] line = {"a", -2f, "b", -2f, " ", -37f, "c", -2f, "\u00A0", -37f, "d"};
        CharacterSpacing.Spaced spaced = CharacterSpacing.Spaced.of(line, 10f);
        assertNotNull(spaced);
        assertEquals(0.02f, spaced.characterSpacing(), 1e-7f, "2/1000 of the 10 pt font");
        assertArrayEquals(new Object[] {"ab ", -35f, "c\u00A0", -35f, "d"}, spaced.array());
    }

    @Test
    void spacesOnlyOrLettersOnlyNeedNoNumbersInTheArray() {
        CharacterSpacing.Spaced wordsOnly = CharacterSpacing.Spaced.of(new Object[] {"a", 0f, " ", -30f, "b"}, 12f);
        assertNotNull(wordsOnly);
        assertEquals(0f, wordsOnly.characterSpacing());
        assertArrayEquals(new Object[] {"a ", -30f, "b"}, wordsOnly.array());
        CharacterSpacing.Spaced lettersOnly = CharacterSpacing.Spaced.of(new Object[] {"a", 5f, "b", 5f, "c"}, 10f);
        assertNotNull(lettersOnly);
        assertEquals(-0.05f, lettersOnly.characterSpacing(), 1e-7f);
        assertArrayEquals(new Object[] {"abc"}, lettersOnly.array());
    }

    @Test
    void anArrayOfAnotherShapeIsLeftAsItIs() {
        assertNull(CharacterSpacing.Spaced.of(new Object[] {"a", -2f, "b", -3f, "c"}, 10f), "two letter numbers");
        assertNull(CharacterSpacing.Spaced.of(new Object[] {"a", -2f, " ", -30f, "b", -2f, " ", -31f, "c"}, 10f),
                "two space numbers");
        assertNull(CharacterSpacing.Spaced.of(new Object[] {"a", -2f}, 10f), "a number at the end");
        assertNull(CharacterSpacing.Spaced.of(new Object[] {"a", -2.0, "b"}, 10f), "not a float");
        assertNull(CharacterSpacing.Spaced.of(new Object[] {"a", "b"}, 10f), "two strings in a row");
        assertNull(CharacterSpacing.Spaced.of(new Object[] {}, 10f), "nothing");
    }

    /**
     * The seed's printed body drawn with and without: every glyph of every page at the same place (to a
     * thousandth of a point), the same text, and page contents a good deal smaller.
     */
    @Test
    void theSeedsPagesKeepEveryGlyphWhereItWasInFewerBytes() throws IOException {
        assertTrue(CharacterSpacing.available(), "openhtmltopdf no longer has the fields _cp and cs: justified "
                + "lines are written a number per character again");
        SeedPrint seed = SeedPrint.body();
        Drawn spaced = draw(seed.xhtml(), seed.fonts(), true);
        Drawn perCharacter = draw(seed.xhtml(), seed.fonts(), false);
        assertEquals(perCharacter.glyphs().size(), spaced.glyphs().size(), "pages");
        int glyphs = 0;
        for (int page = 0; page < spaced.glyphs().size(); page++) {
            List<float[]> expected = perCharacter.glyphs().get(page);
            List<float[]> actual = spaced.glyphs().get(page);
            assertEquals(expected.size(), actual.size(), "glyphs on page " + (page + 1));
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i)[0], actual.get(i)[0], "code point " + i + " of page " + (page + 1));
                assertEquals(expected.get(i)[1], actual.get(i)[1], 1e-3f, "x of glyph " + i + " of page " + (page + 1));
                assertEquals(expected.get(i)[2], actual.get(i)[2], 1e-3f, "y of glyph " + i + " of page " + (page + 1));
                glyphs++;
            }
        }
        assertTrue(glyphs > 20_000, "the seed's body has its text: " + glyphs);
        // Composed lines put all their room in the spaces (ParagraphComposer), so openhtmltopdf's own writing has
        // only zeros after the letters: a number per character still, three quarters of the bytes against two thirds.
        assertTrue(spaced.bytes() < perCharacter.bytes() * 0.8, spaced.bytes() + " bytes of page contents against "
                + perCharacter.bytes());
    }

    /** Every glyph as {code point, x, y} per page, and the pages' content bytes in all. */
    private record Drawn(List<List<float[]>> glyphs, long bytes) {
    }

    private static Drawn draw(String xhtml, FontSet set, boolean characterSpacing) throws IOException {
        Path manuscript = Seed.manuscript().toAbsolutePath();
        try (TypesetDocument doc = new TypesetDocument(xhtml, manuscript, set, id -> true, 1,
                new ResourceGuard(manuscript), message -> { }, new TabulatedWidths(true, characterSpacing))) {
            doc.draw();
            PDDocument pdf = doc.pdf();
            long bytes = 0;
            for (PDPage page : pdf.getPages()) {
                try (InputStream in = page.getContents()) {
                    bytes += in.readAllBytes().length;
                }
            }
            List<List<float[]>> glyphs = new ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                List<float[]> onPage = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        onPage.add(new float[] {text.getUnicode().codePointAt(0), text.getX(), text.getY()});
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(pdf);
                glyphs.add(onPage);
            }
            return new Drawn(glyphs, bytes);
        }
    }
}
