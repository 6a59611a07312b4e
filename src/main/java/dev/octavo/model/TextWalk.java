package dev.octavo.model;

import java.util.List;
import java.util.stream.Stream;

/** Every block and inline of some blocks, in reading order: the one walk over the text that read-only stages share. */
public final class TextWalk {
    private TextWalk() {
    }

    /** Each block, a quote or a list before the blocks inside it, in reading order. */
    public static Stream<Block> blocks(List<Block> blocks) {
        return blocks.stream().flatMap(block -> {
            if (block instanceof BlockQuote q) {
                return Stream.concat(Stream.of(block), blocks(q.blocks()));
            } else if (block instanceof ListBlock list) {
                return Stream.concat(Stream.of(block), list.items().stream().flatMap(item -> blocks(item.blocks())));
            }
            return Stream.of(block);
        });
    }

    /** Each inline, containers before their content, through quotes, lists and tables. */
    public static Stream<Inline> inlines(List<Block> blocks) {
        return blocks(blocks).flatMap(TextWalk::inlines);
    }

    private static Stream<Inline> inlines(Block block) {
        if (block instanceof Paragraph p) {
            return nested(p.content());
        } else if (block instanceof Heading h) {
            return nested(h.content());
        } else if (block instanceof Figure f) {
            return Stream.concat(Stream.of(f.image()), nested(f.caption()));
        } else if (block instanceof Table table) {
            return Stream.concat(table.head().stream(), table.body().stream())
                    .flatMap(row -> row.cells().stream()).flatMap(cell -> nested(cell.content()));
        }
        return Stream.empty();
    }

    /** These inlines and, after each container, its content. */
    public static Stream<Inline> nested(List<Inline> inlines) {
        return inlines.stream().flatMap(inline -> inline instanceof InlineContainer container
                ? Stream.concat(Stream.of(inline), nested(container.content()))
                : Stream.of(inline));
    }
}
