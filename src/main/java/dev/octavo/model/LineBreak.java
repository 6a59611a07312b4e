package dev.octavo.model;

public record LineBreak() implements Inline {
    @Override
    public String kind() {
        return "linebreak";
    }
}
