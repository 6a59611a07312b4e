package dev.octavo.model;

import java.util.List;

/** A paragraph; {@code id} is a book-wide unique anchor (used for page mapping and links). */
public record Paragraph(String id, List<Inline> content) implements Block {
    public Paragraph {
        content = List.copyOf(content);
    }

    @Override
    public String kind() {
        return "paragraph";
    }
}
