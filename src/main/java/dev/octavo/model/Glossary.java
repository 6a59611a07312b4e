package dev.octavo.model;

import java.util.List;

/** The glossary, its entries already in the book language's collation order. */
public record Glossary(String id, String title, List<GlossaryEntry> entries) {
    public Glossary {
        entries = List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
