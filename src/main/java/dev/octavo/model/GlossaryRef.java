package dev.octavo.model;

import java.util.List;

/**
 * A use of a glossary term in the text. Every use has a book-wide unique {@code id}, so that the printed
 * glossary can list the pages of all uses; {@code linked} marks the use the EPUB links to the entry (the first
 * in its chapter, unless book.yaml says {@code glossary-links: false}).
 *
 * @param entry   the glossary entry whose term these words are
 * @param id      this use's book-wide unique anchor, so that the printed glossary can find its page
 * @param content the words as they stand in the text (which may differ from the entry's term in case)
 * @param linked  whether the EPUB links this use to the entry; the print edition links no use
 */
public record GlossaryRef(GlossaryEntry entry, String id, List<Inline> content, boolean linked) implements InlineContainer {
    /**
     * A use of a term over an unmodifiable copy of its content.
     *
     * @param entry   the glossary entry whose term these words are
     * @param id      this use's book-wide unique anchor
     * @param content the words as they stand in the text
     * @param linked  whether the EPUB links this use to the entry
     */
    public GlossaryRef {
        content = List.copyOf(content);
    }

    @Override
    public GlossaryRef withContent(List<Inline> content) {
        return new GlossaryRef(entry, id, content, linked);
    }

    @Override
    public String kind() {
        return "glossref";
    }
}
