package dev.octavo.testing;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/**
 * The Vietnamese dictionary order written out by hand, as an oracle independent of java.text.Collator:
 * letters a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (the Latin letters Vietnamese lacks in
 * their Latin places), then, for words with the same letters, the tones in the order
 * ngang, huyền, hỏi, ngã, sắc, nặng.
 */
public final class VietnameseOrder implements Comparator<String> {
    private static final String LETTERS = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
    /** No tone, then the combining marks of huyền, hỏi, ngã, sắc, nặng. */
    private static final String TONES = "\u0000\u0300\u0309\u0303\u0301\u0323";

    @Override
    public int compare(String a, String b) {
        String la = letters(a);
        String lb = letters(b);
        for (int i = 0; i < Math.min(la.length(), lb.length()); i++) {
            int c = Integer.compare(rank(la.charAt(i)), rank(lb.charAt(i)));
            if (c != 0) {
                return c;
            }
        }
        if (la.length() != lb.length()) {
            return Integer.compare(la.length(), lb.length());
        }
        return tones(a).compareTo(tones(b));
    }

    private static int rank(char letter) {
        int index = LETTERS.indexOf(letter);
        // Spaces and punctuation sort before every letter.
        return index < 0 ? -1000 + letter : index;
    }

    /** The word's letters without tones: lower case, the tone marks stripped, vowel marks kept. */
    static String letters(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(new Locale("vi")), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder();
        for (char c : decomposed.toCharArray()) {
            if (TONES.indexOf(c) <= 0) {
                kept.append(c);
            }
        }
        return Normalizer.normalize(kept, Normalizer.Form.NFC);
    }

    /** The tones of the word's syllables, as ranks, in order. */
    static String tones(String word) {
        StringBuilder tones = new StringBuilder();
        String decomposed = Normalizer.normalize(word.toLowerCase(new Locale("vi")), Normalizer.Form.NFD);
        for (String syllable : decomposed.split("\\s+")) {
            int tone = 0;
            for (char c : syllable.toCharArray()) {
                int index = TONES.indexOf(c);
                if (index > 0) {
                    tone = index;
                }
            }
            tones.append((char) ('0' + tone));
        }
        return tones.toString();
    }
}
