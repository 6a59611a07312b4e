package dev.octavo.model;

import java.util.List;

public record Strong(List<Inline> content) implements InlineContainer {
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
