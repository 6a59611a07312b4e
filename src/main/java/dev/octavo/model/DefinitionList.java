package dev.octavo.model;

import java.util.List;

/**
 * A definition list in a chapter ({@code Term} / {@code : definition}). The glossary is written the same way but
 * is a {@link Glossary} of its own, with sorting and page references.
 *
 * @param entries the entries in the order written (never sorted)
 */
public record DefinitionList(List<Entry> entries) implements Block {
    /**
     * A definition list over an unmodifiable copy of its entries.
     *
     * @param entries the entries in the order written
     */
    public DefinitionList {
        entries = List.copyOf(entries);
    }

    @Override
    public String kind() {
        return "definitions";
    }

    /**
     * One or more terms that share one or more definitions: templates print each term as a {@code <dt>}, then each
     * definition as a {@code <dd>}.
     *
     * @param terms       the terms, in the order written
     * @param definitions the definitions that follow them, in the order written
     */
    public record Entry(List<Term> terms, List<Definition> definitions) {
        /**
         * An entry over unmodifiable copies of the lists.
         *
         * @param terms       the terms, in the order written
         * @param definitions the definitions that follow them, in the order written
         */
        public Entry {
            terms = List.copyOf(terms);
            definitions = List.copyOf(definitions);
        }
    }

    /**
     * A term being defined, as a {@code <dt>}.
     *
     * @param id      a book-wide unique anchor, as a heading has: a printed page may begin at a term
     * @param content the term's words, with any markup
     */
    public record Term(String id, List<Inline> content) {
        /**
         * A term over an unmodifiable copy of its content.
         *
         * @param id      a book-wide unique anchor
         * @param content the term's words
         */
        public Term {
            content = List.copyOf(content);
        }
    }

    /**
     * One definition ({@code : …} in Markdown): whole blocks, so it may run to several paragraphs or hold a list.
     *
     * @param blocks the definition's blocks, in reading order
     */
    public record Definition(List<Block> blocks) {
        /**
         * A definition over an unmodifiable copy of its blocks.
         *
         * @param blocks the definition's blocks, in reading order
         */
        public Definition {
            blocks = List.copyOf(blocks);
        }
    }
}
