package dev.octavo.model;

import java.util.List;

/**
 * Verse, written as a line block ({@code | } at the start of each line): every line is kept as a line of its own,
 * with the spaces that indent it (lục bát indents its six-syllable lines).
 *
 * @param id a book-wide unique anchor, as a paragraph has: the printed edition's page breaks may fall in a poem
 */
public record Verse(String id, List<Line> lines) implements Block {
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
     * @param indent the spaces written after the bar and its one space
     */
    public record Line(int indent, List<Inline> content) {
        public Line {
            if (indent < 0) {
                throw new IllegalArgumentException("negative indent: " + indent);
            }
            content = List.copyOf(content);
        }

        /** The indent as no-break spaces: ordinary spaces would be collapsed by every renderer. */
        public String indentation() {
            return "\u00A0".repeat(indent);
        }

        public boolean isEmpty() {
            return indent == 0 && content.isEmpty();
        }

        public Line withContent(List<Inline> content) {
            return new Line(indent, content);
        }
    }
}
