package dev.octavo.compose;

/**
 * Optical margins: how much of a character may hang out of the type area at the end or the start of a justified
 * line, as a share of its width. A full stop, a comma or a hyphen carries little ink and leaves a notch in a flush
 * edge; letting most of it stand outside makes the edge look straight to the eye. The shares are Octavo's own,
 * in the range that Gutenberg's Bible, pdfTeX's microtype and Typst use: the lightest marks hang most, a dash only a
 * little, since it has enough ink to be seen as part of the line.
 */
public final class Protrusion {
    private Protrusion() {
    }

    /** The share of this character's width that may stand beyond the right edge, when it ends a line. */
    public static double atEnd(int c) {
        return switch (c) {
            case '.', ',' -> 0.7;
            case '-', '\u2010', '\u00AD' -> 0.6;
            case '\'', '"', '\u2019', '\u201D', '\u203A', '\u00BB' -> 0.6;
            case ':', ';' -> 0.4;
            case '\u2013' -> 0.3;
            case '!', '?', '\u2014', '\u2026' -> 0.2;
            default -> 0;
        };
    }

    /** The share of this character's width that may stand before the left edge, when it starts a line. */
    public static double atStart(int c) {
        return switch (c) {
            case '"', '\'', '\u201C', '\u2018', '\u201E', '\u201A', '\u2039', '\u00AB' -> 0.6;
            case '(', '[' -> 0.1;
            default -> 0;
        };
    }
}
