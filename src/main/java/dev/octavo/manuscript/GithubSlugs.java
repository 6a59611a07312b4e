package dev.octavo.manuscript;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Heading anchors as GitHub makes them when it shows a manuscript's Markdown, so that a link an author wrote
 * and checked there ({@code #dấu-thanh-và-dấu-phụ}) works in the book too: lower case, punctuation and symbols
 * dropped, each space a hyphen, letters with their diacritics kept; a repeated heading gets "-1", "-2", … One
 * instance per file, as GitHub numbers repeats per page.
 */
final class GithubSlugs {
    private final Map<String, Integer> seen = new HashMap<>();

    String next(String heading) {
        String base = slug(heading);
        String slug = base;
        // A numbered slug is taken too, so a later heading whose own text is "a-1" moves on, as on GitHub.
        while (seen.containsKey(slug)) {
            int repeat = seen.merge(base, 1, Integer::sum);
            slug = base + "-" + repeat;
        }
        seen.put(slug, 0);
        return slug;
    }

    static String slug(String heading) {
        StringBuilder out = new StringBuilder();
        String lower = heading.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ') {
                out.append('-');
            } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c) || isMark(c)) {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
