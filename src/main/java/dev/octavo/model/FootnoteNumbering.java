package dev.octavo.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How footnotes are numbered ({@code footnotes:} in book.yaml). The number is decided once, here, when the
 * manuscript is read, and stored in {@link Footnote#number()}: the EPUB and the PDF both print that number.
 */
public enum FootnoteNumbering {
    /** 1, 2, 3 … across the whole book (the default). */
    CONTINUOUS,
    /** From 1 again in every chapter. */
    CHAPTER;

    /** The number of the next note, given how many notes were numbered before it in the book and in its chapter. */
    public int next(int earlierInBook, int earlierInChapter) {
        return (this == CONTINUOUS ? earlierInBook : earlierInChapter) + 1;
    }

    /** The word book.yaml uses for this numbering. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FootnoteNumbering> fromYaml(String value) {
        return Arrays.stream(values()).filter(n -> n.yamlName().equals(value)).findFirst();
    }
}
