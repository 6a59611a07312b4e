package dev.octavo.model;

import java.util.List;

/**
 * A table (a GitHub-style pipe table in Markdown): header rows, then body rows, of inline cells.
 *
 * @param head the header rows, whose cells are {@code <th>}; empty for a table without a header
 * @param body the body rows, whose cells are {@code <td>}
 */
public record Table(List<TableRow> head, List<TableRow> body) implements Block {
    /**
     * A table over unmodifiable copies of its rows.
     *
     * @param head the header rows, possibly none
     * @param body the body rows
     */
    public Table {
        head = List.copyOf(head);
        body = List.copyOf(body);
    }

    @Override
    public String kind() {
        return "table";
    }

    /**
     * One row of a table.
     *
     * @param cells the row's cells, left to right
     */
    public record TableRow(List<TableCell> cells) {
        /**
         * A row over an unmodifiable copy of its cells.
         *
         * @param cells the row's cells, left to right
         */
        public TableRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * {@code align} is "left", "center", "right" or empty; templates turn it into CSS, never into align=.
     *
     * @param align   the column's alignment from the table's delimiter row ({@code :--}, {@code :-:}, {@code --:}),
     *                empty where the author gave none
     * @param content the cell's text and markup
     */
    public record TableCell(String align, List<Inline> content) {
        /**
         * A cell over an unmodifiable copy of its content.
         *
         * @param align   "left", "center", "right" or empty
         * @param content the cell's inlines
         */
        public TableCell {
            content = List.copyOf(content);
        }
    }
}
