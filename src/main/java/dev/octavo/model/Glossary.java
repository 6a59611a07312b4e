package dev.octavo.model;

import java.util.List;

/**
 * The glossary, its entries already in the book language's collation order. It is read from glossary.md, and
 * becomes a document of its own at the end of the EPUB and a part of its own after the printed body, whose entries
 * list the pages where their terms are used.
 *
 * @param id      the anchor of the glossary's heading and the name of its EPUB document ({@code "glossary"})
 * @param title   the {@code #} heading of glossary.md, or the word for "Glossary" in the book's language
 * @param entries the entries, sorted by their terms
 */
public record Glossary(String id, String title, List<GlossaryEntry> entries) {
    /**
     * A glossary over an unmodifiable copy of its entries.
     *
     * @param id      the anchor of the glossary's heading and the name of its EPUB document
     * @param title   the glossary's heading
     * @param entries the entries, already sorted
     */
    public Glossary {
        entries = List.copyOf(entries);
    }

    /**
     * Whether there is no glossary to show: the manuscript has no glossary.md, or it defines no term. An empty
     * glossary gets no EPUB document, no printed part and no line in the contents.
     *
     * @return true when there are no entries
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
