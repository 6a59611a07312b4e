package dev.octavo.fonts;

import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;

/**
 * One TrueType face: the family name CSS refers to, its weight and style, and the font file's bytes.
 * {@code fileName} is the font file's own name, for messages; inside the EPUB the file gets a name of Octavo's.
 * {@link #pdfData()} is the same font without its GSUB table, for the PDF renderer (see {@link GsubFreeFont} for why).
 */
public final class FontFace {
    private final String family;
    private final int weight;
    private final boolean italic;
    private final String fileName;
    private final byte[] data;
    private final byte[] pdfData;
    private final BitSet codePoints;
    private final Optional<FontLicence> licence;

    FontFace(String family, int weight, boolean italic, String fileName, byte[] data, byte[] pdfData,
             BitSet codePoints, Optional<FontLicence> licence) {
        this.family = family;
        this.weight = weight;
        this.italic = italic;
        this.fileName = fileName;
        this.data = data;
        this.pdfData = pdfData;
        this.codePoints = (BitSet) codePoints.clone();
        this.licence = licence;
    }

    public String family() {
        return family;
    }

    /** This face under another family name: a stand-in for a family a stylesheet names and the book lacks. */
    FontFace as(String otherFamily) {
        return new FontFace(otherFamily, weight, italic, fileName, data, pdfData, codePoints, licence);
    }

    public int weight() {
        return weight;
    }

    public boolean italic() {
        return italic;
    }

    public String style() {
        return italic ? "italic" : "normal";
    }

    public String fileName() {
        return fileName;
    }

    /** The font file; callers must not modify it (it is shared by every build in this JVM). */
    public byte[] data() {
        return data;
    }

    /**
     * The font file for the PDF renderer: {@link #data()} without the GSUB table, made once when the font is
     * loaded. Callers must not modify it (it is shared by every build in this JVM).
     */
    public byte[] pdfData() {
        return pdfData;
    }

    /** Whether the font's Unicode character map gives this code point a glyph. */
    public boolean covers(int codePoint) {
        return codePoint >= 0 && codePoints.get(codePoint);
    }

    /** The code points the font has glyphs for (a copy). */
    BitSet codePoints() {
        return (BitSet) codePoints.clone();
    }

    /** The licence file beside the font file, if there is one: the EPUB carries it with the font. */
    public Optional<FontLicence> licence() {
        return licence;
    }

    public int size() {
        return data.length;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %d %s (%s)", family, weight, style(), fileName);
    }
}
