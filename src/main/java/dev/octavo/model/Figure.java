package dev.octavo.model;

import java.util.List;

/**
 * An image alone in its paragraph: a figure with its caption under it. The EPUB makes it a {@code <figure>} with
 * a {@code <figcaption>}, the PDF keeps the caption on the image's page.
 *
 * @param id      a book-wide unique anchor: the author's {@code {#id}} when given
 * @param image   the image, with its text alternative (the caption's words unless the author gave an
 *                {@code alt}) and its printed size, which leaves room on the page for the caption
 * @param label   the figure's number with its word ("Hình 1.2") when the book numbers figures, else empty
 * @param caption the caption as written; empty for an image with no words of its own
 */
public record Figure(String id, Image image, String label, List<Inline> caption) implements Block {
    /**
     * A figure over an unmodifiable copy of its caption.
     *
     * @param id      a book-wide unique anchor
     * @param image   the image
     * @param label   the figure's number with its word, or empty
     * @param caption the caption as written, possibly empty
     */
    public Figure {
        caption = List.copyOf(caption);
    }

    @Override
    public String kind() {
        return "figure";
    }
}
