package dev.octavo.epub;

import dev.octavo.fonts.FontFace;
import dev.octavo.fonts.FontSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** CSS font matching over the book's faces: which face of each family a style's text is drawn in. */
final class FontMatching {
    private final Map<String, List<FontFace>> families = new LinkedHashMap<>();

    FontMatching(FontSet fonts) {
        for (FontFace face : fonts.faces()) {
            families.computeIfAbsent(face.family().toLowerCase(Locale.ROOT), f -> new ArrayList<>()).add(face);
        }
    }

    /**
     * The face chosen in each of the style's families that the book has, in the order {@code font-family} names
     * them; empty when the book has none of them (the reading system's own fonts draw the text then).
     */
    List<FontFace> faces(ComputedStyle style) {
        List<FontFace> faces = new ArrayList<>();
        for (String family : style.families()) {
            String name = family.strip();
            if (name.length() >= 2 && (name.charAt(0) == '"' || name.charAt(0) == '\'')) {
                name = name.substring(1, name.length() - 1);
            }
            List<FontFace> candidates = families.get(name.toLowerCase(Locale.ROOT));
            if (candidates != null) {
                faces.add(match(candidates, style.weight(), style.italic()));
            }
        }
        return faces;
    }

    /**
     * CSS font matching (CSS Fonts 4, 5.2) among one family's faces: the style first (italic, else normal; normal,
     * else italic), then the weight: for 400 to 500 the weights from it up to 500, then lighter ones downwards, then
     * heavier ones; below 400 lighter ones downwards, then heavier; above 500 heavier ones upwards, then lighter.
     */
    static FontFace match(List<FontFace> faces, int weight, boolean italic) {
        List<FontFace> styled = faces.stream().filter(face -> face.italic() == italic).toList();
        List<FontFace> candidates = styled.isEmpty() ? faces : styled;
        Comparator<FontFace> byPreference = Comparator.comparingInt(face -> rank(face.weight(), weight));
        return candidates.stream().min(byPreference.thenComparing(FontFace::fileName)).orElseThrow();
    }

    /** The lower, the more preferred, following the order of {@link #match}. */
    private static int rank(int available, int wanted) {
        if (wanted >= 400 && wanted <= 500) {
            if (available >= wanted && available <= 500) {
                return available - wanted;
            }
            return available < wanted ? 1000 + (wanted - available) : 2000 + available;
        }
        if (wanted > 500) {
            return available >= wanted ? available - wanted : 1000 + (wanted - available);
        }
        return available <= wanted ? wanted - available : 1000 + available;
    }
}
