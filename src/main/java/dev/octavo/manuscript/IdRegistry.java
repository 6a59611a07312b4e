package dev.octavo.manuscript;

import dev.octavo.internal.Slugs;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out anchors unique across the whole book. flexmark's heading ids are unique per parse only,
 * keep diacritics and can be empty; ours are ASCII XML names ("nha-tho-chinh-thong-nga"), never empty,
 * never starting with a digit, and deduplicated with "-2", "-3", …
 */
final class IdRegistry {
    private final Set<String> taken = new HashSet<>();

    /** Reserves an exact id (for ids Octavo itself names, such as "toc"). */
    void reserve(String id) {
        taken.add(id);
    }

    String allocate(String text, String fallback) {
        String base = slug(text);
        if (base.isEmpty()) {
            base = fallback;
        }
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String slug(String text) {
        String slug = Slugs.slug(text);
        return !slug.isEmpty() && Character.isDigit(slug.charAt(0)) ? "s-" + slug : slug;
    }
}
