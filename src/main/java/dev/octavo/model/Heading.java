package dev.octavo.model;

import java.util.List;

/** A section heading inside a chapter (level 2..6); the chapter title itself is {@link Chapter#title()}. */
public record Heading(int level, String id, List<Inline> content) implements Block {
    public Heading {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level out of range: " + level);
        }
        content = List.copyOf(content);
    }

    /** The heading as plain text, for the table of contents and bookmarks. */
    public String plainText() {
        return Inlines.plainText(content);
    }

    @Override
    public String kind() {
        return "heading";
    }
}
