package dev.octavo.model;

import java.util.List;

/**
 * A term of the glossary and its definition; {@code id} is its book-wide anchor.
 *
 * @param term       the term as plain text: the entries are sorted by it, and the chapters' uses of it are found
 *                   by it (as a whole word)
 * @param id         the anchor of the entry's {@code <dt>}, which the EPUB's links from the text lead to
 * @param definition the definition's blocks, in reading order
 */
public record GlossaryEntry(String term, String id, List<Block> definition) {
    /**
     * An entry over an unmodifiable copy of its definition.
     *
     * @param term       the term as plain text
     * @param id         the entry's book-wide unique anchor
     * @param definition the definition's blocks
     */
    public GlossaryEntry {
        definition = List.copyOf(definition);
    }
}
