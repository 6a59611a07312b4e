package dev.octavo.model;

import java.util.List;

/**
 * A footnote, numbered once when the manuscript is read (see {@link FootnoteNumbering}), so that the EPUB and the
 * PDF show the same numbers. {@code id} is unique in the book even when numbers restart per chapter;
 * {@code label} is the author's label ({@code [^label]}), kept for diagnostics.
 */
public record Footnote(int number, String id, String label, List<Block> content) {
    public Footnote {
        content = List.copyOf(content);
    }
}
