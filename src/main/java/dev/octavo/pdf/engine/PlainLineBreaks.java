package dev.octavo.pdf.engine;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * openhtmltopdf's line breaking, with its URL handling only for text that has a slash. Its default breaker wraps
 * the JDK's line iterator to allow breaks around the slashes of long URLs; for text without a slash it gives the
 * JDK's own break opportunities, but only after searching each stretch between two of them again, with a
 * substring or two per stretch: half the time the layout spent finding where lines may break. Here text without
 * a slash goes to the JDK's iterator directly, so every line breaks where it did. One instance serves one
 * renderer, on one thread, as openhtmltopdf's own does.
 */
final class PlainLineBreaks implements FSTextBreaker {
    /** The iterator openhtmltopdf's default breaker wraps, and the same default. */
    private final BreakIterator plain = BreakIterator.getLineInstance(Locale.US);
    private final FSTextBreaker urlAware = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US));
    private boolean hasSlash;

    @Override
    public void setText(String text) {
        hasSlash = text.indexOf('/') >= 0;
        if (hasSlash) {
            urlAware.setText(text);
        } else {
            plain.setText(text);
        }
    }

    @Override
    public int next() {
        return hasSlash ? urlAware.next() : plain.next();
    }
}
