package dev.octavo.model;

import java.util.List;

public record Emphasis(List<Inline> content) implements InlineContainer {
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
