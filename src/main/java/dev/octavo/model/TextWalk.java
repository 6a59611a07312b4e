package dev.octavo.model;

import java.util.List;
import java.util.stream.Stream;

/** Every block and inline of some blocks, in reading order: the one walk over the text that read-only stages share. */
public final class TextWalk {
    private TextWalk() {
    }

    /**
     * Each block, a quote, a list or a definition list before the blocks inside it, in reading order.
     *
     * @param blocks the blocks to walk, e.g. a chapter's body or a note's content
     * @return these blocks and all blocks nested in them; footnotes called from the text are not entered
     */
    public static Stream<Block> blocks(List<Block> blocks) {
        return blocks.stream().flatMap(block -> {
            if (block instanceof BlockQuote q) {
                return Stream.concat(Stream.of(block), blocks(q.blocks()));
            } else if (block instanceof ListBlock list) {
                return Stream.concat(Stream.of(block), list.items().stream().flatMap(item -> blocks(item.blocks())));
            } else if (block instanceof DefinitionList list) {
                return Stream.concat(Stream.of(block), list.entries().stream()
                        .flatMap(entry -> entry.definitions().stream()).flatMap(definition -> blocks(definition.blocks())));
            }
            return Stream.of(block);
        });
    }

    /**
     * Each inline, containers before their content, through quotes, lists, definition lists, tables and verse.
     *
     * @param blocks the blocks to walk
     * @return the inlines of these blocks and of the blocks nested in them, in reading order, a figure's image
     *         before its caption; the content of called footnotes is not entered
     */
    public static Stream<Inline> inlines(List<Block> blocks) {
        return blocks.stream().flatMap(TextWalk::inlines);
    }

    private static Stream<Inline> inlines(Block block) {
        if (block instanceof Paragraph p) {
            return nested(p.content());
        } else if (block instanceof Heading h) {
            return nested(h.content());
        } else if (block instanceof Figure f) {
            return Stream.concat(Stream.of(f.image()), nested(f.caption()));
        } else if (block instanceof BlockQuote q) {
            return inlines(q.blocks());
        } else if (block instanceof ListBlock list) {
            return list.items().stream().flatMap(item -> inlines(item.blocks()));
        } else if (block instanceof DefinitionList list) {
            return list.entries().stream().flatMap(entry -> Stream.concat(
                    entry.terms().stream().flatMap(term -> nested(term.content())),
                    entry.definitions().stream().flatMap(definition -> inlines(definition.blocks()))));
        } else if (block instanceof Table table) {
            return Stream.concat(table.head().stream(), table.body().stream())
                    .flatMap(row -> row.cells().stream()).flatMap(cell -> nested(cell.content()));
        } else if (block instanceof Verse verse) {
            return verse.lines().stream().flatMap(line -> nested(line.content()));
        } else if (block instanceof Continuation c) {
            return nested(c.content());
        }
        return Stream.empty();
    }

    /**
     * These inlines and, after each container, its content.
     *
     * @param inlines the inlines to walk
     * @return each inline followed by everything inside it, at any depth, in reading order
     */
    public static Stream<Inline> nested(List<Inline> inlines) {
        return inlines.stream().flatMap(inline -> inline instanceof InlineContainer container
                ? Stream.concat(Stream.of(inline), nested(container.content()))
                : Stream.of(inline));
    }
}
