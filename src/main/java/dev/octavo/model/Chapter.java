package dev.octavo.model;

import java.util.List;

/**
 * One chapter: one manuscript file, one EPUB document, one PDF chapter opening on a new page.
 *
 * @param id        book-wide unique anchor of the chapter heading
 * @param name      stable document name without extension (e.g. {@code "ch01"}), owned by the parser
 * @param title     the chapter's {@code #} heading
 * @param blocks    body, including its {@code ##} section headings
 * @param footnotes the notes called in this chapter, in call order
 */
public record Chapter(String id, String name, List<Inline> title, List<Block> blocks, List<Footnote> footnotes) {
    /**
     * A chapter over unmodifiable copies of the lists.
     *
     * @param id        book-wide unique anchor of the chapter heading
     * @param name      stable document name without extension, e.g. {@code "ch01"}
     * @param title     the chapter's {@code #} heading
     * @param blocks    body, including its {@code ##} section headings
     * @param footnotes the notes called in this chapter, in call order
     */
    public Chapter {
        title = List.copyOf(title);
        blocks = List.copyOf(blocks);
        footnotes = List.copyOf(footnotes);
    }

    /**
     * The title as plain text, where markup cannot go: the EPUB document's {@code <title>}, the contents, the PDF's
     * bookmarks and the printed running heads.
     *
     * @return the title's visible text (see {@link Inlines#plainText(List)})
     */
    public String plainTitle() {
        return Inlines.plainText(title);
    }

    /**
     * The section headings of this chapter, in reading order.
     *
     * @return the headings that stand directly in the chapter's body (not those inside quotes, lists or notes)
     */
    public List<Heading> headings() {
        return blocks.stream().filter(Heading.class::isInstance).map(Heading.class::cast).toList();
    }
}
