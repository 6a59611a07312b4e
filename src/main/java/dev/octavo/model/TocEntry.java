package dev.octavo.model;

import java.util.List;

/**
 * An entry of the table of contents: a heading, where it is ({@code document} is the chapter's name,
 * {@code id} its anchor) and the entries nested under it. Each renderer makes its own hrefs from these.
 *
 * @param title    the heading as plain text
 * @param document the name of the document the heading stands in: a chapter's name, or the glossary's id
 * @param id       the heading's anchor in that document
 * @param level    1 for a chapter or the glossary, else the section heading's level; the printed contents style
 *                 each level by it
 * @param children the entries for the deeper headings under this one, in reading order
 */
public record TocEntry(String title, String document, String id, int level, List<TocEntry> children) {
    /**
     * An entry over an unmodifiable copy of its children.
     *
     * @param title    the heading as plain text
     * @param document the name of the document the heading stands in
     * @param id       the heading's anchor in that document
     * @param level    the heading's level, 1 for a chapter
     * @param children the entries nested under this one
     */
    public TocEntry {
        children = List.copyOf(children);
    }
}
