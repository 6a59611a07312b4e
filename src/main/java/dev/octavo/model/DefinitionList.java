package dev.octavo.model;

import java.util.List;

/**
 * A definition list in a chapter ({@code Term} / {@code : definition}). The glossary is written the same way but
 * is a {@link Glossary} of its own, with sorting and page references.
 */
public record DefinitionList(List<Entry> entries) implements Block {
    public DefinitionList {
        entries = List.copyOf(entries);
    }

    @Override
    public String kind() {
        return "definitions";
    }

    /** One or more terms that share one or more definitions. */
    public record Entry(List<Term> terms, List<Definition> definitions) {
        public Entry {
            terms = List.copyOf(terms);
            definitions = List.copyOf(definitions);
        }
    }

    /** @param id a book-wide unique anchor, as a heading has: a printed page may begin at a term */
    public record Term(String id, List<Inline> content) {
        public Term {
            content = List.copyOf(content);
        }
    }

    public record Definition(List<Block> blocks) {
        public Definition {
            blocks = List.copyOf(blocks);
        }
    }
}
