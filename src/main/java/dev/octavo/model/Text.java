package dev.octavo.model;

public record Text(String text) implements Inline {
    @Override
    public String kind() {
        return "text";
    }
}
