package dev.octavo.compose;

/**
 * What the line breaker weighs, in TeX's units: badness is 100 for a line whose spaces stretch by all their
 * stretch (ratio 1), demerits the square of a line's badness and penalty.
 *
 * @param pretolerance         the largest ratio of the first pass, without hyphenation
 * @param tolerance            the largest ratio of the second pass, with hyphenation
 * @param linePenalty          added to every line's badness, so that fewer lines are better (TeX's \linepenalty)
 * @param fitnessDemerits      for a line much looser or tighter than the one before (\adjdemerits)
 * @param doubleHyphenDemerits for two hyphenated lines in a row (\doublehyphendemerits)
 * @param finalHyphenDemerits  for a hyphen on the last line but one (\finalhyphendemerits)
 * @param maxHyphens           the most lines in a row that may end in a hyphen
 * @param shortLastLine        a last line shorter than this share of the measure is a runt…
 * @param shortLastLineDemerits … and costs this much
 * @param overfullDemerits     per unit of width, for a line the emergency pass must set overfull
 * @param keepTolerance        the largest ratio of the pass that keeps a word at a page's end whole: a word divided
 *                             over a page turn is worse than a loose line, up to a point
 */
public record Settings(double pretolerance, double tolerance, double linePenalty, double fitnessDemerits,
                       double doubleHyphenDemerits, double finalHyphenDemerits, int maxHyphens,
                       double shortLastLine, double shortLastLineDemerits, double overfullDemerits,
                       double keepTolerance) {
    /**
     * TeX's plain settings for demerits; tolerances that keep every space within about twice its width (with
     * half a space of stretch, a ratio of 2 is two spaces); at most two hyphens in a row; a runt is a last line
     * under an eighth of the measure (a short word), worth a line about as loose as a ratio of 1.45 to avoid; a
     * word at the end of a page kept whole if no space then stretches past 2.25 times its width.
     */
    public static final Settings BOOK = new Settings(1, 2, 10, 10_000, 10_000, 5_000, 2, 0.125, 100_000, 1_000_000,
            2.5);
}
