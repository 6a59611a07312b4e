package dev.octavo.compose;

/**
 * Where a paragraph breaks into lines: the index of the item each line ends at, how far its spaces stretch
 * (positive, up to 1 for their whole stretch and beyond) or shrink (negative, down to -1), and whether it ends in a
 * hyphen.
 *
 * @param demerits what the whole paragraph cost (the algorithm's measure of it, for comparing)
 */
public record Lines(int[] breaks, double[] ratios, boolean[] hyphenated, double demerits) {
    public int count() {
        return breaks.length;
    }
}
