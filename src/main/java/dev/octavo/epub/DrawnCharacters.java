package dev.octavo.epub;

import dev.octavo.fonts.FontFace;
import dev.octavo.fonts.FontSet;

import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/** The characters each face draws, gathered as the cascade walks the text. */
final class DrawnCharacters {
    /** What a reading system may draw in any face in use: spaces, the hyphens of automatic hyphenation, digits. */
    static final String ALWAYS = " \u00A0\u00AD-\u2010\u2011\u20130123456789";

    private final Map<FontFace, BitSet> used = new IdentityHashMap<>();

    /**
     * Gives the text to the faces its style chose.
     *
     * @param faces       the faces of the style's families, in their order; not empty
     * @param caseChanges whether CSS may change the text's case: then it counts in both cases
     */
    void add(IntStream text, List<FontFace> faces, boolean caseChanges) {
        // White space between blocks is never drawn; spaces come with every face in use (ALWAYS).
        text.filter(codePoint -> !Character.isWhitespace(codePoint)).forEach(codePoint -> {
            if (caseChanges) {
                String one = Character.toString(codePoint);
                add(faces, one.toUpperCase(Locale.ROOT));
                add(faces, one.toLowerCase(Locale.ROOT));
                add(faces, Character.toString(Character.toTitleCase(codePoint)));
            } else {
                add(faces, codePoint);
            }
        });
    }

    private void add(List<FontFace> faces, String characters) {
        characters.codePoints().forEach(codePoint -> add(faces, codePoint));
    }

    /** The character goes to the first face that has it, as reading systems fall back from family to family. */
    private void add(List<FontFace> faces, int codePoint) {
        for (FontFace face : faces) {
            if (face.covers(codePoint)) {
                used.computeIfAbsent(face, f -> new BitSet()).set(codePoint);
                return;
            }
        }
        // No face of the book has it (a control character, or one the reading system finds elsewhere), but the
        // first face is still the one that sets the text.
        used.computeIfAbsent(faces.get(0), f -> new BitSet());
    }

    /** The faces that draw anything, in the font set's order, each with {@link #ALWAYS} too. */
    Map<FontFace, BitSet> inOrder(FontSet fonts) {
        Map<FontFace, BitSet> inOrder = new LinkedHashMap<>();
        for (FontFace face : fonts.faces()) {
            BitSet characters = used.get(face);
            if (characters != null) {
                ALWAYS.codePoints().forEach(characters::set);
                inOrder.put(face, characters);
            }
        }
        return inOrder;
    }
}
