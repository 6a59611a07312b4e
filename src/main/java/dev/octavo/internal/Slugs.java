package dev.octavo.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** ASCII slugs for ids and file names: "Năm 1918: năm đầu tiên" becomes "nam-1918-nam-dau-tien". */
public final class Slugs {
    // Compiled once: a book asks for a slug for every heading, paragraph and use of a glossary term.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern OUTER_DASHES = Pattern.compile("^-+|-+$");
    private static final Pattern TRAILING_DASHES = Pattern.compile("-+$");

    private Slugs() {
    }

    public static String slug(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        String slug = OUTER_DASHES.matcher(NOT_ALPHANUMERIC.matcher(ascii).replaceAll("-")).replaceAll("");
        if (slug.length() > 60) {
            slug = TRAILING_DASHES.matcher(slug.substring(0, 60)).replaceAll("");
        }
        return slug;
    }
}
