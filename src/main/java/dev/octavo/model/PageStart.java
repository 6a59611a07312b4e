package dev.octavo.model;

/**
 * Where a printed page begins in the book's text: in block {@code blockId} (a paragraph, heading or glossary
 * term), after {@code charsBefore} of its non-space characters. Page-break markers of the EPUB go there.
 *
 * <p>Characters are counted, not measured, so that the same place is found in the EPUB's text, whatever line
 * breaking, hyphenation and white space did to the printed lines; the layout and the stages after it count with
 * {@link #counts(int)}.
 *
 * @param pageIndex   the page's 0-based index in the printed book
 * @param blockId     the id of the block the page's running text begins in
 * @param charsBefore how many of the block's counted characters stand on earlier pages
 */
public record PageStart(int pageIndex, String blockId, int charsBefore) {

    /**
     * Whether a character is counted: everything but white space, which line breaking collapses.
     *
     * @param codePoint a Unicode code point
     * @return false for white space and space separators (no-break spaces included), true for any other character
     */
    public static boolean counts(int codePoint) {
        return !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint);
    }

    /**
     * The number of characters of a text that are counted ({@link #counts(int)}). A plain loop, not a stream: the
     * final layout counts every piece of text of the book through here.
     *
     * @param text the text, possibly with characters outside the Basic Multilingual Plane, counted once each
     * @return the number of code points that are not white space
     */
    public static int countedCharacters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            count += counts(codePoint) ? 1 : 0;
            i += Character.charCount(codePoint);
        }
        return count;
    }
}
