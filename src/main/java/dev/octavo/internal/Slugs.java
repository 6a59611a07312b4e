package dev.octavo.internal;

import java.text.Normalizer;
import java.util.Locale;

/** ASCII slugs for ids and file names: "Năm 1918: năm đầu tiên" becomes "nam-1918-nam-dau-tien". */
public final class Slugs {
    private Slugs() {
    }

    public static String slug(String text) {
        String ascii = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug;
    }
}
