package dev.octavo.model;

import java.util.List;

/**
 * Verse, written as a line block ({@code | } at the start of each line): every line is kept as a line of its own,
 * with the spaces that indent it (lục bát indents its six-syllable lines).
 *
 * @param id    a book-wide unique anchor, as a paragraph has: the printed edition's page breaks may fall in a poem
 * @param lines the lines in order, stanzas separated by empty lines
 */
public record Verse(String id, List<Line> lines) implements Block {
    /**
     * Verse over an unmodifiable copy of its lines.
     *
     * @param id    a book-wide unique anchor
     * @param lines the lines in order
     */
    public Verse {
        lines = List.copyOf(lines);
    }

    @Override
    public String kind() {
        return "verse";
    }

    /**
     * One line of verse; a line with no content and no indent is an empty line (between stanzas).
     *
     * @param indent  the spaces written after the bar and its one space
     * @param content the line's text and markup, without its indent
     */
    public record Line(int indent, List<Inline> content) {
        /**
         * A line over an unmodifiable copy of its content.
         *
         * @param indent  the spaces written after the bar and its one space, 0 or more
         * @param content the line's inlines
         * @throws IllegalArgumentException if {@code indent} is negative
         */
        public Line {
            if (indent < 0) {
                throw new IllegalArgumentException("negative indent: " + indent);
            }
            content = List.copyOf(content);
        }

        /**
         * The indent as no-break spaces: ordinary spaces would be collapsed by every renderer.
         *
         * @return {@code indent} no-break spaces (U+00A0); empty for a line without indent
         */
        public String indentation() {
            return "\u00A0".repeat(indent);
        }

        /**
         * Whether this is an empty line between stanzas, which templates keep at a line's height.
         *
         * @return true when the line has neither content nor indent
         */
        public boolean isEmpty() {
            return indent == 0 && content.isEmpty();
        }

        /**
         * The same line, at the same indent, with other content: e.g. with glossary terms or page breaks marked.
         *
         * @param content the new content
         * @return a line of the same indent
         */
        public Line withContent(List<Inline> content) {
            return new Line(indent, content);
        }
    }
}
