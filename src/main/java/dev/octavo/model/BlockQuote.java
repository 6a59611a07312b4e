package dev.octavo.model;

import java.util.List;

/**
 * A quotation set off from the text ({@code > } in Markdown): the EPUB and the print edition indent it as a
 * {@code <blockquote>}. It holds whole blocks, so a quote may have several paragraphs, a list or a quote of its own.
 *
 * @param blocks the quoted blocks, in reading order
 */
public record BlockQuote(List<Block> blocks) implements Block {
    /**
     * A quote of an unmodifiable copy of the blocks.
     *
     * @param blocks the quoted blocks, in reading order
     */
    public BlockQuote {
        blocks = List.copyOf(blocks);
    }

    @Override
    public String kind() {
        return "blockquote";
    }
}
