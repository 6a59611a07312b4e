package dev.octavo.model;

import java.util.List;

/**
 * A section heading inside a chapter (level 2..6); the chapter title itself is {@link Chapter#title()}.
 *
 * @param level   the number of {@code #} marks; the contents list a heading when it is no deeper than the book's
 *                {@link Metadata#tocDepth()}
 * @param id      a book-wide unique anchor: the author's {@code {#id}}, or one made from the heading's words
 * @param content the heading's words, with any markup
 */
public record Heading(int level, String id, List<Inline> content) implements Block {
    /**
     * A heading over an unmodifiable copy of its content.
     *
     * @param level   the number of {@code #} marks, 1 to 6
     * @param id      a book-wide unique anchor
     * @param content the heading's words
     * @throws IllegalArgumentException if {@code level} is not from 1 to 6
     */
    public Heading {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level out of range: " + level);
        }
        content = List.copyOf(content);
    }

    /**
     * The heading as plain text, for the table of contents and bookmarks.
     *
     * @return the heading's visible text (see {@link Inlines#plainText(List)})
     */
    public String plainText() {
        return Inlines.plainText(content);
    }

    @Override
    public String kind() {
        return "heading";
    }
}
