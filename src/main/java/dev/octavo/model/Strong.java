package dev.octavo.model;

import java.util.List;

public record Strong(List<Inline> content) implements Inline {
    public Strong {
        content = List.copyOf(content);
    }

    @Override
    public String kind() {
        return "strong";
    }
}
