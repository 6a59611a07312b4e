package dev.octavo.model;

/**
 * Where a page of the printed edition begins, marked in the EPUB's text (EPUB 3 page navigation). It has no
 * text of its own; {@code label} is the printed page's label ("iii", "12").
 *
 * @param label the printed page's label, which reading systems show as the page's number
 * @param id    the marker's anchor, which the EPUB's page list links to
 */
public record PageBreak(String label, String id) implements Inline {
    @Override
    public String kind() {
        return "pagebreak";
    }
}
