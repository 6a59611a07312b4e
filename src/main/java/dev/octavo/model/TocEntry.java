package dev.octavo.model;

import java.util.List;

/**
 * An entry of the table of contents: a heading, where it is ({@code document} is the chapter's name,
 * {@code id} its anchor) and the entries nested under it. Each renderer makes its own hrefs from these.
 */
public record TocEntry(String title, String document, String id, int level, List<TocEntry> children) {
    public TocEntry {
        children = List.copyOf(children);
    }
}
