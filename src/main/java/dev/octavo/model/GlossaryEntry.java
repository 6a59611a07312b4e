package dev.octavo.model;

import java.util.List;

/** A term of the glossary and its definition; {@code id} is its book-wide anchor. */
public record GlossaryEntry(String term, String id, List<Block> definition) {
    public GlossaryEntry {
        definition = List.copyOf(definition);
    }
}
