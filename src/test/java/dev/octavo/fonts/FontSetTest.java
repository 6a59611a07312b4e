package dev.octavo.fonts;

import dev.octavo.ManuscriptException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontSetTest {
    @TempDir
    Path project;

    private List<String> problems(Path fonts) {
        ManuscriptException e = assertThrows(ManuscriptException.class, () -> FontSet.fromDirectory(fonts));
        return e.diagnostics().stream().map(d -> d.format(project)).toList();
    }

    @Test
    void cffAndUnreadableFontsAreRefusedTogetherEachByName() throws IOException {
        Path fonts = Files.createDirectories(project.resolve("fonts"));
        byte[] cff = new byte[64];
        System.arraycopy("OTTO".getBytes(StandardCharsets.US_ASCII), 0, cff, 0, 4);
        Files.write(fonts.resolve("Body-Regular.otf"), cff);
        Files.writeString(fonts.resolve("Broken.ttf"), "this is not a font");
        byte[] literata = Files.readAllBytes(Path.of(System.getProperty("octavo.projectDir", "."))
                .resolve("fonts/literata/Literata-Regular.ttf"));
        Files.write(fonts.resolve("Truncated.ttf"), Arrays.copyOf(literata, 2000));
        assertEquals(List.of(
                "fonts/Body-Regular.otf: error: font has CFF (PostScript) outlines, which the PDF renderer cannot use;"
                        + " use a TrueType build (.ttf with glyf outlines) of the same font",
                "fonts/Broken.ttf: error: font cannot be read: it is not a TrueType font, or it is damaged",
                "fonts/Truncated.ttf: error: font cannot be read: it is not a TrueType font, or it is damaged"),
                problems(fonts));
    }

    @Test
    void aFontsFolderWithoutFontsIsAnError() throws IOException {
        Path fonts = Files.createDirectories(project.resolve("fonts"));
        Files.writeString(fonts.resolve("OFL.txt"), "licence");
        assertEquals(List.of("fonts: error: the fonts folder holds no .ttf font"), problems(fonts));
    }

    @Test
    void aFontsFolderThatDoesNotExistIsAnErrorNotTheDefaults() {
        assertEquals(List.of("fonts-typo: error: the fonts folder does not exist"
                + " (leave it unset to use Octavo's default fonts)"), problems(project.resolve("fonts-typo")));
    }

    @Test
    void coverageComesFromTheFontsCharacterMaps() {
        FontSet fonts = FontSet.defaults();
        for (int codePoint : "AaĐđệỹ“”–…".codePoints().toArray()) {
            assertTrue(fonts.covers(codePoint), Integer.toHexString(codePoint));
        }
        assertFalse(fonts.covers(0x6F22), "漢");
        assertFalse(fonts.covers(0x1D538), "𝔸");
        assertFalse(fonts.covers(0x1F600), "😀");
        assertFalse(fonts.covers(-1));
    }

    @Test
    void aSingleFaceKnowsItsOwnCoverage() {
        FontFace mono = FontSet.defaults().faces().stream()
                .filter(face -> face.family().contains("Mono")).findFirst().orElseThrow();
        assertTrue(mono.covers('{'));
        assertFalse(mono.covers(0x6F22));
    }
}
