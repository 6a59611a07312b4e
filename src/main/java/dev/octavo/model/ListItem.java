package dev.octavo.model;

import java.util.List;

/**
 * One item of a {@link ListBlock}: whole blocks, so an item may hold several paragraphs or a list of its own.
 *
 * @param blocks the item's blocks, in reading order
 */
public record ListItem(List<Block> blocks) {
    /**
     * An item over an unmodifiable copy of its blocks.
     *
     * @param blocks the item's blocks, in reading order
     */
    public ListItem {
        blocks = List.copyOf(blocks);
    }
}
