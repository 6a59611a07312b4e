package dev.octavo.model;

import java.util.List;

public record Emphasis(List<Inline> content) implements Inline {
    public Emphasis {
        content = List.copyOf(content);
    }

    @Override
    public String kind() {
        return "emphasis";
    }
}
