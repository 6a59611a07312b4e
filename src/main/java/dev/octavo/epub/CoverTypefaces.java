package dev.octavo.epub;

import dev.octavo.fonts.FontFace;
import dev.octavo.fonts.FontSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The book's own faces for the typographic cover, chosen from its font set without configuration: the text
 * family is the (proportional) family with the most faces, since a text face comes with italics and bolds; the
 * title is set in the bold of another family if there is one (the house style's headings are sans, the text
 * serif), else in the text family's bold. Monospaced families are for code and never chosen.
 */
public record CoverTypefaces(Font title, Font subtitle, Font author) {

    static CoverTypefaces from(FontSet fonts) {
        List<FontFace> faces = faces(fonts);
        return new CoverTypefaces(awt(faces.get(0)), awt(faces.get(1)), awt(faces.get(2)));
    }

    /**
     * The faces of the title, the subtitle and the authors, in that order: the choice the print cover makes too.
     *
     * @throws IllegalStateException when the font set has no proportional font
     */
    public static List<FontFace> faces(FontSet fonts) {
        Map<String, List<FontFace>> families = fonts.faces().stream()
                .filter(face -> !isMonospaced(face))
                .collect(Collectors.groupingBy(FontFace::family));
        if (families.isEmpty()) {
            throw new IllegalStateException("the font set has no proportional font to set the cover in");
        }
        Comparator<Map.Entry<String, List<FontFace>>> byFaces = Comparator.comparingInt(e -> e.getValue().size());
        String text = families.entrySet().stream()
                .max(byFaces.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
        String display = families.keySet().stream().filter(f -> !f.equals(text))
                .filter(f -> pick(families.get(f), false, 700).weight() >= 600).sorted().findFirst().orElse(text);
        return List.of(pick(families.get(display), false, 700), pick(families.get(text), true, 400),
                pick(families.get(text), false, 400));
    }

    /** The face closest to the wanted weight, preferring the wanted style. */
    private static FontFace pick(List<FontFace> faces, boolean italic, int weight) {
        Predicate<FontFace> styled = face -> face.italic() == italic;
        List<FontFace> candidates = faces.stream().anyMatch(styled) ? faces.stream().filter(styled).toList() : faces;
        return candidates.stream()
                .min(Comparator.comparingInt((FontFace f) -> Math.abs(f.weight() - weight)).thenComparing(FontFace::fileName))
                .orElseThrow();
    }

    /** The font's own flag (post table, isFixedPitch); read with FontBox, so no Java2D font is made for it. */
    private static boolean isMonospaced(FontFace face) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.data()))) {
            return font.getPostScript() != null && font.getPostScript().getIsFixedPitch() != 0;
        } catch (IOException e) {
            return false;
        }
    }

    static Font awt(FontFace face) {
        Headless.ensure();
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(face.data()));
        } catch (FontFormatException e) {
            throw new IllegalStateException("Java2D cannot read the font " + face + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
