package dev.octavo.manuscript;

import dev.octavo.internal.Slugs;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Hands out anchors unique across the whole book. flexmark's heading ids are unique per parse only,
 * keep diacritics and can be empty; ours are ASCII XML names ("nha-tho-chinh-thong-nga"), never empty,
 * never starting with a digit, and deduplicated with "-2", "-3", …
 */
final class IdRegistry {
    private final Set<String> taken = new HashSet<>();
    /** The next suffix to try per base, so that numbering thousands of paragraphs stays linear. */
    private final Map<String, Integer> next = new HashMap<>();

    /** Reserves an exact id (for ids Octavo itself names, such as "toc"). */
    void reserve(String id) {
        taken.add(id);
    }

    /** Takes an exact id an author wrote ({@code {#map}}) if no one has it yet. */
    boolean claim(String id) {
        return taken.add(id);
    }

    /**
     * An id from the text's slug ("tu-ve-do", then "tu-ve-do-2"); text without letters or digits gets a
     * numbered fallback ("ch01-p-1", "ch01-p-2").
     */
    String allocate(String text, String fallback) {
        String base = slug(text);
        boolean numbered = base.isEmpty();
        if (numbered) {
            base = fallback;
        }
        int n = next.getOrDefault(base, numbered ? 1 : 2);
        String id = numbered ? base + "-" + n++ : base;
        while (!taken.add(id)) {
            id = base + "-" + n++;
        }
        next.put(base, n);
        return id;
    }

    static String slug(String text) {
        String slug = Slugs.slug(text);
        return !slug.isEmpty() && Character.isDigit(slug.charAt(0)) ? "s-" + slug : slug;
    }
}
