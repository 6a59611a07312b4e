package dev.octavo.model;

/**
 * A run of plain text: the words of the book.
 *
 * @param text the characters as the reader sees them: Markdown escapes and entities are already decoded, so
 *             templates print it escaped for XML, never as markup
 */
public record Text(String text) implements Inline {
    @Override
    public String kind() {
        return "text";
    }
}
