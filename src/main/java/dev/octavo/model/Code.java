package dev.octavo.model;

public record Code(String code) implements Inline {
    @Override
    public String kind() {
        return "code";
    }
}
