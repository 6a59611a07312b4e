package dev.octavo.manuscript;

import dev.octavo.Diagnostic;

import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * Which characters the book's fonts can draw, and how a typeset character that none of them can draw is
 * reported. The manuscript stage knows nothing of font files: the publisher hands it the fonts' answer.
 *
 * @param covered  whether some font of the book has a glyph for a code point
 * @param severity {@link Diagnostic.Severity#ERROR} (the default: a book with missing glyphs is broken) or a warning
 */
public record GlyphCoverage(IntPredicate covered, Diagnostic.Severity severity) {
    public GlyphCoverage {
        Objects.requireNonNull(covered, "covered");
        Objects.requireNonNull(severity, "severity");
    }

    /** No check at all, for reading a manuscript without fonts (tools, tests of other things). */
    public static GlyphCoverage unchecked() {
        return new GlyphCoverage(codePoint -> true, Diagnostic.Severity.WARNING);
    }
}
