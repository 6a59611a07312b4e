package dev.octavo.xhtml;

import dev.octavo.model.Block;
import dev.octavo.model.Book;
import dev.octavo.model.Chapter;
import dev.octavo.model.Continuation;
import dev.octavo.model.Figure;
import dev.octavo.model.FigurePlacement;
import dev.octavo.model.Heading;
import dev.octavo.model.Inline;
import dev.octavo.model.JustifiedEnd;
import dev.octavo.model.Paragraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The printed book's chapters with their figures where the layout placed them ({@link FigurePlacement}): a
 * figure moved on in its chapter leaves its place and goes after another block, or between the two parts of a
 * paragraph cut where a page begins. The part before the cut ends in a full, justified line; the part after it
 * goes on without an indent. Only the print document is made from this; the EPUB keeps the author's order.
 */
public final class PlacedFigures {
    private PlacedFigures() {
    }

    public static Book apply(Book book, Map<String, FigurePlacement> placements) {
        if (placements.isEmpty()) {
            return book;
        }
        List<Chapter> chapters = new ArrayList<>();
        for (Chapter chapter : book.chapters()) {
            chapters.add(new Chapter(chapter.id(), chapter.name(), chapter.title(),
                    blocks(chapter.blocks(), placements), chapter.footnotes()));
        }
        return new Book(book.metadata(), book.labels(), chapters, book.glossary(), book.assets(), book.cover(), book.print());
    }

    private static List<Block> blocks(List<Block> blocks, Map<String, FigurePlacement> placements) {
        Map<String, List<Figure>> after = new HashMap<>();
        Map<String, List<Moved>> inside = new HashMap<>();
        for (Block block : blocks) {
            if (block instanceof Figure figure && placements.containsKey(figure.id())) {
                FigurePlacement place = placements.get(figure.id());
                if (place.afterBlock()) {
                    after.computeIfAbsent(place.blockId(), id -> new ArrayList<>()).add(figure);
                } else {
                    inside.computeIfAbsent(place.blockId(), id -> new ArrayList<>())
                            .add(new Moved(place.charsBefore(), figure));
                }
            }
        }
        if (after.isEmpty() && inside.isEmpty()) {
            return blocks;
        }
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (block instanceof Figure figure && placements.containsKey(figure.id())) {
                continue;
            }
            if (block instanceof Paragraph p && inside.containsKey(p.id())) {
                cut(p, inside.get(p.id()), out);
            } else {
                out.add(block);
            }
            String id = idOf(block);
            if (id != null && after.containsKey(id)) {
                out.addAll(after.get(id));
            }
        }
        return out;
    }

    private record Moved(int charsBefore, Figure figure) {
    }

    /**
     * The paragraph in parts, with the figures between them, in the order of their places; figures moved to the
     * same place stand there together, in their order.
     */
    private static void cut(Paragraph paragraph, List<Moved> figures, List<Block> out) {
        java.util.TreeMap<Integer, List<Figure>> byPlace = new java.util.TreeMap<>();
        figures.forEach(moved -> byPlace.computeIfAbsent(moved.charsBefore(), at -> new ArrayList<>()).add(moved.figure()));
        List<Inline> rest = paragraph.content();
        int done = 0;
        boolean first = true;
        for (Map.Entry<Integer, List<Figure>> place : byPlace.entrySet()) {
            CountedInsertion.Halves halves = CountedInsertion.split(rest, place.getKey() - done);
            List<Inline> part = new ArrayList<>(halves.before());
            part.add(new JustifiedEnd());
            out.add(first ? new Paragraph(paragraph.id(), part) : new Continuation(paragraph.id(), done, part));
            out.addAll(place.getValue());
            rest = halves.after();
            done = place.getKey();
            first = false;
        }
        out.add(new Continuation(paragraph.id(), done, rest));
    }

    private static String idOf(Block block) {
        if (block instanceof Paragraph p) {
            return p.id();
        } else if (block instanceof Heading h) {
            return h.id();
        } else if (block instanceof Figure f) {
            return f.id();
        }
        return null;
    }
}
