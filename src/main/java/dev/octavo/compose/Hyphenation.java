package dev.octavo.compose;

import io.github.nianna.api.Hyphenator;
import io.github.nianna.api.HyphenatorProperties;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where words may break with a hyphen, by Liang's patterns: TeX's hyph-utf8 patterns (shipped with their notices in
 * {@code hyph/NOTICE.txt}), applied by a maintained implementation of Liang's algorithm (nianna's hyphenator). At
 * least two letters stay before a break and three go after it, as TeX does for English.
 *
 * <p>Vietnamese is never hyphenated: its syllables are words. A language with no patterns here is not hyphenated
 * either. One instance per build: it loads a language's patterns on first use and remembers each word it has
 * hyphenated (a book says the same words many times); the documents of a book typeset at once share it.
 */
public final class Hyphenation {
    /** The languages whose patterns are shipped, by the tag of their file. */
    private static final Set<String> SHIPPED = Set.of("en-us", "en-gb", "de-1996", "fr", "es", "it", "pt", "nl", "pl",
            "ru", "sv", "da", "fi");
    private static final int BEFORE = 2;
    private static final int AFTER = 3;

    private final Map<String, Optional<Hyphenator>> byPatterns = new HashMap<>();
    private final Map<String, int[]> words = new HashMap<>();

    /**
     * The places in the word where it may break, as the number of characters before each; empty for a word that
     * may not break or a language that is not hyphenated.
     */
    public synchronized int[] points(String word, Locale language) {
        Optional<Hyphenator> hyphenator = hyphenator(language);
        if (hyphenator.isEmpty() || word.length() < BEFORE + AFTER) {
            return new int[0];
        }
        String key = patternsFor(language) + '\u0000' + word;
        return words.computeIfAbsent(key, k -> find(hyphenator.get(), word)).clone();
    }

    /** Whether words of this language are hyphenated at all. */
    public boolean hyphenates(Locale language) {
        return patternsFor(language) != null;
    }

    private static int[] find(Hyphenator hyphenator, String word) {
        List<Integer> indexes = hyphenator.hyphenateToken(word).hyphenIndexes();
        int[] points = new int[indexes.size()];
        int n = 0;
        for (int index : indexes) {
            if (index >= BEFORE && word.length() - index >= AFTER) {
                points[n++] = index;
            }
        }
        return java.util.Arrays.copyOf(points, n);
    }

    private Optional<Hyphenator> hyphenator(Locale language) {
        String tag = patternsFor(language);
        if (tag == null) {
            return Optional.empty();
        }
        return byPatterns.computeIfAbsent(tag, t -> Optional.of(new Hyphenator(load(t),
                new HyphenatorProperties(BEFORE, AFTER))));
    }

    /** The pattern file for a language: its own, else its family's default (English as American, German as 1996). */
    static String patternsFor(Locale language) {
        String lang = language.getLanguage().toLowerCase(Locale.ROOT);
        String tag = language.toLanguageTag().toLowerCase(Locale.ROOT);
        if (lang.isEmpty() || lang.equals("vi")) {
            return null;
        }
        if (SHIPPED.contains(tag)) {
            return tag;
        }
        return switch (lang) {
            case "en" -> language.getCountry().equalsIgnoreCase("GB") ? "en-gb" : "en-us";
            case "de" -> "de-1996";
            case "nb", "no" -> null;
            default -> SHIPPED.contains(lang) ? lang : null;
        };
    }

    private static List<String> load(String tag) {
        String name = "hyph/hyph-" + tag + ".pat.txt";
        try (InputStream in = Hyphenation.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("hyphenation patterns missing from the jar: " + name);
            }
            List<String> patterns = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String pattern = line.strip();
                if (!pattern.isEmpty()) {
                    patterns.add(pattern);
                }
            }
            return patterns;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
