package dev.octavo.model;

import java.util.List;

public record Table(List<TableRow> head, List<TableRow> body) implements Block {
    public Table {
        head = List.copyOf(head);
        body = List.copyOf(body);
    }

    @Override
    public String kind() {
        return "table";
    }

    public record TableRow(List<TableCell> cells) {
        public TableRow {
            cells = List.copyOf(cells);
        }
    }

    /** {@code align} is "left", "center", "right" or empty; templates turn it into CSS, never into align=. */
    public record TableCell(String align, List<Inline> content) {
        public TableCell {
            content = List.copyOf(content);
        }
    }
}
