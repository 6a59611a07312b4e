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

    /**
     * The number of the next note, given how many notes were numbered before it in the book and in its chapter.
     *
     * @param earlierInBook    the notes numbered before it in the whole book
     * @param earlierInChapter the notes numbered before it in its own chapter
     * @return the note's number, from 1
     */
    public int next(int earlierInBook, int earlierInChapter) {
        return (this == CONTINUOUS ? earlierInBook : earlierInChapter) + 1;
    }

    /**
     * The word book.yaml uses for this numbering.
     *
     * @return the constant's name in lower case: {@code "continuous"} or {@code "chapter"}
     */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The numbering a {@code footnotes:} value in book.yaml names.
     *
     * @param value the value as written; only the exact lower-case word matches
     * @return the numbering, or empty for a word that names none (reading book.yaml reports it as an error)
     */
    public static Optional<FootnoteNumbering> fromYaml(String value) {
        return Arrays.stream(values()).filter(n -> n.yamlName().equals(value)).findFirst();
    }
}
