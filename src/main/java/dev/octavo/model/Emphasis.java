package dev.octavo.model;

import java.util.List;

/**
 * Emphasised words ({@code *…*} or {@code _…_} in Markdown, or an {@code <em>} with no attributes), printed as an
 * {@code <em>} element: italic in the house style.
 *
 * @param content the emphasised inlines
 */
public record Emphasis(List<Inline> content) implements InlineContainer {
    /**
     * Emphasis over an unmodifiable copy of its content.
     *
     * @param content the emphasised inlines
     */
    public Emphasis {
        content = List.copyOf(content);
    }

    @Override
    public Emphasis withContent(List<Inline> content) {
        return new Emphasis(content);
    }

    @Override
    public String kind() {
        return "emphasis";
    }
}
