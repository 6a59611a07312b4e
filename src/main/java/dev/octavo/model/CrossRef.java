package dev.octavo.model;

import java.util.List;

/**
 * A link from the text to a part of the book: a chapter, a heading or a figure. The EPUB links to the document
 * and anchor; the PDF links to the page, and prints that page's number after the words when {@code pageNumber}.
 *
 * @param document the name of the target's document ({@code "ch02"}, or the glossary's id)
 * @param id       the target's anchor in that document
 */
public record CrossRef(String document, String id, boolean pageNumber, List<Inline> content) implements InlineContainer {
    public CrossRef {
        content = List.copyOf(content);
    }

    @Override
    public CrossRef withContent(List<Inline> content) {
        return new CrossRef(document, id, pageNumber, content);
    }

    @Override
    public String kind() {
        return "xref";
    }
}
