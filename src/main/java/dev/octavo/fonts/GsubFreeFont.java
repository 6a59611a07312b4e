package dev.octavo.fonts;

import java.util.Set;

/**
 * Font data for the PDF renderer: the same font file without its glyph substitution table (GSUB).
 *
 * <p>Why: openhtmltopdf does no OpenType shaping; it measures every text run with the plain cmap glyphs. PDFBox 3,
 * however, when a font has a GSUB table, runs its own Latin substitution worker (ccmp, liga, clig) on every run it
 * draws, and that worker builds regular expressions for each run: a profile of a book build put 40–60 % of the
 * time there, growing with the text. Without the table PDFBox draws the cmap glyphs directly, which are the glyphs
 * openhtmltopdf measured the lines with. Subset embedding never copies GSUB into the PDF either way.
 *
 * <p>What it costs: the f-ligatures PDFBox would have drawn (fi, fl) are drawn as two letters, in the width
 * the line was measured with. Vietnamese text uses precomposed (NFC) letters, which the cmap maps directly. The EPUB
 * embeds subsets without layout tables either ({@link FontSubset}), or the original files with {@code fonts: whole}.
 *
 * <p>A digital signature table (DSIG) goes too, if there is one: it signs the original bytes.
 */
final class GsubFreeFont {
    static final Set<String> DROPPED = Set.of("GSUB", "DSIG");

    private GsubFreeFont() {
    }

    /** The font without GSUB (and DSIG); the same array when it has neither. */
    static byte[] of(byte[] trueType) {
        return TrueTypeTables.read(trueType).without(DROPPED);
    }
}
