package dev.octavo.model;

/**
 * Where a printed page begins in the book's text: in block {@code blockId} (a paragraph, heading or glossary
 * term), after {@code charsBefore} of its non-space characters. Page-break markers of the EPUB go there.
 */
public record PageStart(int pageIndex, String blockId, int charsBefore) {

    /** Whether a character is counted: everything but white space, which line breaking collapses. */
    public static boolean counts(int codePoint) {
        return !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint);
    }

    /** A plain loop, not a stream: the final layout counts every piece of text of the book through here. */
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
