package dev.octavo.manuscript;

import dev.octavo.Diagnostic;
import dev.octavo.SourcePosition;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Checks that the book's fonts can draw every character that is typeset, and reports each character they
 * cannot draw once, at its first use in the book, with how often the book uses it.
 *
 * <p>Why the check sits here, fed by the converters, rather than on the model or on the raw files: the model
 * carries no source positions (renderers have no use for them, and records full of positions would compare and
 * print badly), and the raw files hold characters that are never typeset (link targets, HTML attributes and
 * comments, removed scripts) while they lack some that are (typographic quotes and dashes made from ASCII).
 * The converters hand every piece of text that enters the model to {@link #check} with the source range it
 * came from, so the check sees exactly the printed characters and can still name file, line and column.
 */
final class GlyphCheck {
    private final GlyphCoverage coverage;
    private final Map<Integer, FirstUse> missing = new LinkedHashMap<>();
    private final Map<Integer, String> missingInLabels = new LinkedHashMap<>();
    private SourcePosition labelsAt;

    GlyphCheck(GlyphCoverage coverage) {
        this.coverage = coverage;
    }

    /**
     * Checks typeset text that came from {@code source} between the offsets {@code start} and {@code end}.
     * A missing character's position is its first occurrence in that range, else the range's start (a dash
     * made from "--" is not in the source as itself).
     */
    void check(CharSequence text, SourceText source, int start, int end) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            i += Character.charCount(codePoint);
            if (!needsGlyph(codePoint) || coverage.covered().test(codePoint)) {
                continue;
            }
            FirstUse use = missing.get(codePoint);
            if (use == null) {
                missing.put(codePoint, new FirstUse(locate(codePoint, source, start, end)));
            } else {
                use.count++;
            }
        }
    }

    /**
     * Checks a word Octavo itself adds in the book's language ("Mục lục"), reported at {@code at} (the language
     * in book.yaml). Call it after the text: a character the text lacks as well is reported once, in the text.
     */
    void checkLabel(String label, SourcePosition at) {
        label.codePoints()
                .filter(codePoint -> needsGlyph(codePoint) && !coverage.covered().test(codePoint))
                .filter(codePoint -> !missing.containsKey(codePoint))
                .forEach(codePoint -> missingInLabels.putIfAbsent(codePoint, label));
        labelsAt = at;
    }

    /** Adds one diagnostic per missing character, in order of first use, then those only labels need. */
    void report(Diagnostics diagnostics) {
        missing.forEach((codePoint, use) -> add(diagnostics, use.position, glyph(codePoint)
                + (use.count > 1 ? ", used " + use.count + " times (first here)" : "")));
        missingInLabels.forEach((codePoint, label) -> add(diagnostics, labelsAt, glyph(codePoint)
                + ", which the heading '" + label + "' that Octavo adds for this language needs"));
    }

    private static String glyph(int codePoint) {
        return String.format(Locale.ROOT, "no font of the book has a glyph for '%s' (U+%04X)",
                Character.toString(codePoint), codePoint);
    }

    private void add(Diagnostics diagnostics, SourcePosition at, String message) {
        if (coverage.severity() == Diagnostic.Severity.ERROR) {
            diagnostics.error(at, message);
        } else {
            diagnostics.warning(at, message);
        }
    }

    /**
     * Characters that are never drawn as glyphs: controls (tabs and newlines of code), format characters
     * (soft hyphen, zero-width joiners, BOM) and variation selectors, which pick a glyph rather than being one.
     */
    static boolean needsGlyph(int codePoint) {
        int type = Character.getType(codePoint);
        return !(type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || (codePoint >= 0xE0100 && codePoint <= 0xE01EF));
    }

    private static SourcePosition locate(int codePoint, SourceText source, int start, int end) {
        String text = source.text();
        int from = Math.max(0, Math.min(start, text.length()));
        int to = Math.max(from, Math.min(end, text.length()));
        int at = text.substring(from, to).indexOf(Character.toString(codePoint));
        return source.position(at < 0 ? from : from + at);
    }

    private static final class FirstUse {
        final SourcePosition position;
        int count = 1;

        FirstUse(SourcePosition position) {
            this.position = position;
        }
    }
}
