package dev.octavo.model;

import java.util.List;

/**
 * A paragraph; {@code id} is a book-wide unique anchor (used for page mapping and links).
 *
 * @param id      a book-wide unique anchor; the print edition may cut the paragraph around a figure, and the
 *                {@link Continuation} names it by this id
 * @param content the paragraph's text and markup, in reading order
 */
public record Paragraph(String id, List<Inline> content) implements Block {
    /**
     * A paragraph over an unmodifiable copy of its content.
     *
     * @param id      a book-wide unique anchor
     * @param content the paragraph's inlines
     */
    public Paragraph {
        content = List.copyOf(content);
    }

    @Override
    public String kind() {
        return "paragraph";
    }
}
