package dev.octavo.model;

public record ThematicBreak() implements Block {
    @Override
    public String kind() {
        return "break";
    }
}
