package dev.octavo.model;

/**
 * A line break inside a paragraph (a hard break in Markdown, or {@code <br>}), printed as {@code <br/>}. Plain text
 * reads it as a space.
 */
public record LineBreak() implements Inline {
    @Override
    public String kind() {
        return "linebreak";
    }
}
