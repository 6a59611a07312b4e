package dev.octavo.model;

/** Preformatted text; {@code language} is the fence's info string, or empty. */
public record CodeBlock(String language, String code) implements Block {
    @Override
    public String kind() {
        return "code";
    }
}
