package dev.octavo.model;

import java.util.List;

/**
 * A footnote, numbered once when the manuscript is read (see {@link FootnoteNumbering}), so that the EPUB and the
 * PDF show the same numbers. {@code id} is unique in the book even when numbers restart per chapter;
 * {@code label} is the author's label ({@code [^label]}), kept for diagnostics.
 *
 * @param number  the number printed at the call and before the note, from 1
 * @param id      the note's anchor, which every call of the note links to
 * @param label   the author's label, without the {@code [^} and {@code ]}
 * @param content the note's text as blocks, in reading order; the print edition runs its paragraphs on
 */
public record Footnote(int number, String id, String label, List<Block> content) {
    /**
     * A footnote over an unmodifiable copy of its content.
     *
     * @param number  the number printed at the call and before the note
     * @param id      the note's book-wide unique anchor
     * @param label   the author's label
     * @param content the note's text as blocks
     */
    public Footnote {
        content = List.copyOf(content);
    }
}
