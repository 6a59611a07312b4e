package dev.octavo.model;

import java.util.List;

/** An ordered or bulleted list; {@code start} matters only for ordered lists. */
public record ListBlock(boolean ordered, int start, List<ListItem> items) implements Block {
    public ListBlock {
        items = List.copyOf(items);
    }

    @Override
    public String kind() {
        return "list";
    }
}
