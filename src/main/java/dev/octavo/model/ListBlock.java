package dev.octavo.model;

import java.util.List;

/**
 * An ordered or bulleted list; {@code start} matters only for ordered lists.
 *
 * @param ordered whether the items are numbered ({@code <ol>}) rather than bulleted ({@code <ul>})
 * @param start   the number of the first item, as the Markdown list begins; 1 for a bulleted list
 * @param items   the items, in order
 */
public record ListBlock(boolean ordered, int start, List<ListItem> items) implements Block {
    /**
     * A list over an unmodifiable copy of its items.
     *
     * @param ordered whether the items are numbered
     * @param start   the number of the first item
     * @param items   the items, in order
     */
    public ListBlock {
        items = List.copyOf(items);
    }

    @Override
    public String kind() {
        return "list";
    }
}
