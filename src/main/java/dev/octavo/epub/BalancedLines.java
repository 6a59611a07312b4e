package dev.octavo.epub;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Breaks a short text (a title, a name) into lines of similar length, as a typographer sets a cover, rather than
 * filling each line greedily and leaving one word alone on the last. Lines break only at spaces. Among the
 * breaks that fit, it prefers breaks after punctuation, and in Vietnamese avoids ending a line on a word that
 * leans on the next one (của, và, những …), parting a number from the word before it ("Năm | 1918") or a name
 * from its lower-case syllables ("Cách | mạng").
 */
public final class BalancedLines {
    /** Vietnamese function words that belong with the word after them: prepositions, conjunctions, classifiers. */
    private static final Set<String> VIETNAMESE_LEANING = Set.of("của", "và", "với", "cho", "các", "những", "là",
            "trong", "về", "từ", "tới", "đến", "một", "mọi", "cuộc", "sự", "người", "nhà", "theo", "để", "ở", "khi",
            "hay", "hoặc", "mà", "thì", "bị", "được", "tại", "trên", "dưới", "sau", "trước");
    private static final double LINE = 20;
    private static final double PUNCTUATION_BONUS = 30;
    private static final double LEANING_PENALTY = 100;
    private static final double PHRASE_START_BONUS = 20;
    private static final double NAME_PENALTY = 50;
    private static final double NUMBER_PENALTY = 60;
    private static final double LONELY_WORD_PENALTY = 80;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ToDoubleFunction<String> width;
    private final double maxWidth;
    private final boolean vietnamese;

    /**
     * @param width    the width of a run of text (words with their spaces) in the cover's font
     * @param maxWidth the measure; a single word wider than it gets a line of its own (the caller shrinks the font)
     */
    public BalancedLines(ToDoubleFunction<String> width, double maxWidth, Locale language) {
        this.width = width;
        this.maxWidth = maxWidth;
        this.vietnamese = "vi".equals(language.getLanguage());
    }

    /** Lines and what they cost: lower is better, so callers can compare the settings of one text at several sizes. */
    public record Result(List<String> lines, double cost) {
    }

    /** The lines of the text: the partition at spaces with the lowest cost (dynamic programming over breaks). */
    public Result lines(String text) {
        String[] words = text.strip().split("\\s+");
        int n = words.length;
        double[] best = new double[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = end - 1; start >= 0; start--) {
                String line = String.join(" ", java.util.Arrays.copyOfRange(words, start, end));
                double w = width.applyAsDouble(line);
                if (w > maxWidth && end - start > 1) {
                    break;
                }
                double cost = best[start] + lineCost(words, start, end, w);
                if (cost < best[end]) {
                    best[end] = cost;
                    from[end] = start;
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            lines.add(0, String.join(" ", java.util.Arrays.copyOfRange(words, from[end], end)));
        }
        return new Result(lines, best[n]);
    }

    private static boolean startsUpper(String word) {
        return Character.isUpperCase(word.codePointAt(0));
    }

    private static boolean leans(String word) {
        return VIETNAMESE_LEANING.contains(word.toLowerCase(VIETNAMESE));
    }

    /** Empty space on the line (squared, so that lines even out), a cost per line, and the break's own merit. */
    private double lineCost(String[] words, int start, int end, double lineWidth) {
        double slack = Math.max(0, maxWidth - lineWidth) / maxWidth;
        double cost = LINE + 100 * slack * slack;
        if (end - start == 1 && words.length >= 4) {
            cost += LONELY_WORD_PENALTY;
        }
        if (end == words.length) {
            return cost;
        }
        String last = words[end - 1];
        if (last.matches(".*[:;,.!?\u2013\u2014)]$")) {
            cost -= PUNCTUATION_BONUS;
        }
        if (vietnamese && leans(last)) {
            cost += LEANING_PENALTY;
        }
        if (vietnamese && end - 1 > 0 && startsUpper(last) && !startsUpper(words[end])) {
            // Vietnamese capitalises only the first syllable of a name ("Cách mạng Nga", "Chính phủ lâm thời"):
            // a capitalised syllable inside the text begins a name that goes on in the lower-case ones after it.
            cost += NAME_PENALTY;
        }
        if (vietnamese && leans(words[end])) {
            // A phrase starts with such a word ("của Cách mạng Nga"): breaking before it keeps the phrase whole.
            cost -= PHRASE_START_BONUS;
        }
        if (Character.isDigit(words[end].codePointAt(0)) && !last.matches(".*\\p{Punct}$")) {
            cost += NUMBER_PENALTY;
        }
        return cost;
    }
}
