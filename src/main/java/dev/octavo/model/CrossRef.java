package dev.octavo.model;

import java.util.List;

/**
 * A link from the text to a part of the book: a chapter, a heading or a figure. The EPUB links to the document
 * and anchor; the PDF links to the page, and prints that page's number after the words when {@code pageNumber}.
 *
 * @param document   the name of the target's document ({@code "ch02"}, or the glossary's id)
 * @param id         the target's anchor in that document
 * @param pageNumber whether the printed book adds the target's page number ({@code page-references:} in
 *                   book.yaml, on unless set to false); the EPUB ignores it
 * @param content    the words of the link; when the author wrote none, the target's own: a chapter's title, a
 *                   heading's words, or a figure's label (its caption when figures are not numbered)
 */
public record CrossRef(String document, String id, boolean pageNumber, List<Inline> content) implements InlineContainer {
    /**
     * A cross-reference over an unmodifiable copy of its content.
     *
     * @param document   the name of the target's document
     * @param id         the target's anchor in that document
     * @param pageNumber whether the printed book adds the target's page number
     * @param content    the words of the link
     */
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
