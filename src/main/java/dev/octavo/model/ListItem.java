package dev.octavo.model;

import java.util.List;

public record ListItem(List<Block> blocks) {
    public ListItem {
        blocks = List.copyOf(blocks);
    }
}
