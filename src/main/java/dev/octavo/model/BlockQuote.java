package dev.octavo.model;

import java.util.List;

public record BlockQuote(List<Block> blocks) implements Block {
    public BlockQuote {
        blocks = List.copyOf(blocks);
    }

    @Override
    public String kind() {
        return "blockquote";
    }
}
