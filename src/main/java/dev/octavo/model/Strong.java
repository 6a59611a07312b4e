package dev.octavo.model;

import java.util.List;

/**
 * Strongly emphasised words ({@code **…**} in Markdown, or a {@code <strong>} with no attributes), printed as a
 * {@code <strong>} element: bold in the house style.
 *
 * @param content the emphasised inlines
 */
public record Strong(List<Inline> content) implements InlineContainer {
    /**
     * Strong emphasis over an unmodifiable copy of its content.
     *
     * @param content the emphasised inlines
     */
    public Strong {
        content = List.copyOf(content);
    }

    @Override
    public Strong withContent(List<Inline> content) {
        return new Strong(content);
    }

    @Override
    public String kind() {
        return "strong";
    }
}
