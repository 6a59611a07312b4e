package dev.octavo.manuscript;

import java.util.regex.Pattern;

/**
 * A hyphen (or two) standing alone between spaces, the typewriter's dash that manuscripts are full of ("năm 1917 -
 * 1918", "the spaces - like this - "), set as an en dash: fastened to the word before it by a no-break space, so
 * that no line begins with a dash, and followed by a space where the line may break. The spaced en dash is the
 * dash of Vietnamese and most European typography, and one of English's two. A hyphen inside a word, or one that
 * begins a line of the source (a list's bullet is Markdown's, read before this), is left as it is. The manuscript
 * stays as written: this is how its text is set, in the EPUB and the PDF alike.
 */
final class SmartDashes {
    /**
     * White space, one or two hyphens (or the en dash Markdown makes of two), white space, then something to the
     * right.
     */
    private static final Pattern SPACED_HYPHEN = Pattern.compile("[ \\t\\r\\n]+(?:--?|\u2013)[ \\t\\r\\n]+(?=\\S)");
    private static final String DASH = "\u00A0\u2013 ";

    private SmartDashes() {
    }

    static String apply(String text) {
        if (text.indexOf('-') < 0 && text.indexOf('\u2013') < 0) {
            return text;
        }
        return SPACED_HYPHEN.matcher(text).replaceAll(DASH);
    }
}
