package dev.octavo.model;

/**
 * A break between sections of the text ({@code ***} or {@code ---} on a line of its own in Markdown), printed as
 * {@code <hr/>}.
 */
public record ThematicBreak() implements Block {
    @Override
    public String kind() {
        return "break";
    }
}
