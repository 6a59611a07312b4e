package dev.octavo.manuscript;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
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
        String ascii = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        if (!slug.isEmpty() && Character.isDigit(slug.charAt(0))) {
            slug = "s-" + slug;
        }
        return slug;
    }
}
