package dev.octavo.xhtml;

import dev.octavo.model.Block;
import dev.octavo.model.BlockQuote;
import dev.octavo.model.Chapter;
import dev.octavo.model.Emphasis;
import dev.octavo.model.GlossaryRef;
import dev.octavo.model.Heading;
import dev.octavo.model.Inline;
import dev.octavo.model.Link;
import dev.octavo.model.ListBlock;
import dev.octavo.model.Paragraph;
import dev.octavo.model.Strong;
import dev.octavo.model.Styled;
import dev.octavo.model.Table;

import java.util.ArrayList;
import java.util.List;

/** The uses of glossary terms in a chapter's text, in reading order. */
final class GlossaryUses {
    private GlossaryUses() {
    }

    static List<GlossaryRef> of(Chapter chapter) {
        List<GlossaryRef> uses = new ArrayList<>();
        blocks(chapter.blocks(), uses);
        return uses;
    }

    private static void blocks(List<Block> blocks, List<GlossaryRef> uses) {
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                inlines(p.content(), uses);
            } else if (block instanceof Heading h) {
                inlines(h.content(), uses);
            } else if (block instanceof BlockQuote q) {
                blocks(q.blocks(), uses);
            } else if (block instanceof ListBlock l) {
                l.items().forEach(item -> blocks(item.blocks(), uses));
            } else if (block instanceof Table t) {
                t.head().forEach(row -> row.cells().forEach(cell -> inlines(cell.content(), uses)));
                t.body().forEach(row -> row.cells().forEach(cell -> inlines(cell.content(), uses)));
            }
        }
    }

    private static void inlines(List<Inline> inlines, List<GlossaryRef> uses) {
        for (Inline inline : inlines) {
            if (inline instanceof GlossaryRef g) {
                uses.add(g);
            } else if (inline instanceof Emphasis e) {
                inlines(e.content(), uses);
            } else if (inline instanceof Strong s) {
                inlines(s.content(), uses);
            } else if (inline instanceof Styled s) {
                inlines(s.content(), uses);
            } else if (inline instanceof Link l) {
                inlines(l.content(), uses);
            }
        }
    }
}
