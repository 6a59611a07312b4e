package dev.octavo.manuscript;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Roles of the people in book.yaml. The package document takes MARC relator codes ({@code aut}, {@code trl}, …);
 * the common roles may also be written as English words, which are turned into their codes here.
 */
final class MarcRelators {
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("author", "aut"), Map.entry("editor", "edt"), Map.entry("translator", "trl"),
            Map.entry("illustrator", "ill"), Map.entry("contributor", "ctb"), Map.entry("photographer", "pht"),
            Map.entry("narrator", "nrt"), Map.entry("publisher", "pbl"), Map.entry("adapter", "adp"),
            Map.entry("annotator", "ann"), Map.entry("compiler", "com"), Map.entry("cover designer", "cov"),
            Map.entry("designer", "dsr"), Map.entry("foreword", "aui"), Map.entry("afterword", "aft"));

    private MarcRelators() {
    }

    /** The relator code for a role as written: a three-letter code as it is, or one of the common words. */
    static Optional<String> code(String role) {
        String lower = role.strip().toLowerCase(Locale.ROOT);
        if (lower.matches("[a-z]{3}")) {
            return Optional.of(lower);
        }
        return Optional.ofNullable(WORDS.get(lower));
    }
}
