package dev.octavo.pdf.engine;

import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;
import dev.octavo.model.FigurePlacement;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the holes figures leave in a laid-out book, and where each such figure should go instead. openhtmltopdf
 * moves a figure that does not fit in the rest of its page to the next page, and leaves the rest of the page
 * empty. A book does as LaTeX and InDesign do: the figure goes to the top of the next page, and the text after it
 * fills the page first.
 *
 * <p>The layout tells how: the text that followed the figure on the next page, line by line, is what fits into
 * the hole, as long as its lines keep their heights (they do: the measure is the same on every page). The figure
 * is then set where the next page will begin: after a block, or inside a paragraph on a line of its own, so that
 * the paragraph's lines before it end the page, justified as they were. Footnotes called in the lines that move
 * come with them and take their room at the foot of the page. A figure that follows in the text cannot go before
 * the first: it goes on with it, after it, and the text after both fills the page. Each chapter's first hole is mended per layout:
 * everything after it moves, so the later holes of a chapter are known only from the next layout.
 */
final class FigureHoles {
    /** A hole smaller than this share of the page is the ordinary slack of headings kept with their text. */
    private static final double HOLE = 0.08;

    private enum Kind { LINE, HEADING, FIGURE, BLOCK }

    /**
     * A piece of a chapter's flow as laid out: a line of a paragraph, or a block that does not split.
     *
     * @param charsBefore for a line: the paragraph's non-space characters before it, {@code chars} its own
     * @param line        for a line: its index in its part of the paragraph
     * @param last        whether nothing of its paragraph follows it
     */
    private record Item(Kind kind, String id, int charsBefore, int chars, int line, boolean last, int top,
                        int bottom, Notes notes) {
        static Item block(Kind kind, String id, int top, int bottom) {
            return new Item(kind, id, 0, 0, 0, true, top, bottom, Notes.NONE);
        }
    }

    /**
     * The notes a line calls, as laid out: their height, and where their page's footnote area begins (the text
     * must end above it); -1 without notes.
     */
    private record Notes(int height, int areaTop) {
        static final Notes NONE = new Notes(0, -1);
    }

    private final List<PageBox> pages;

    private FigureHoles(List<PageBox> pages) {
        this.pages = pages;
    }

    /**
     * Where to set each figure that leaves a hole, one per chapter: the first of its chapter.
     *
     * @param root     the laid-out document's root box
     * @param skip     figures not to move again (given up on)
     */
    static Map<String, FigurePlacement> find(Box root, List<PageBox> pages, Set<String> skip) {
        FigureHoles holes = new FigureHoles(pages);
        Map<String, FigurePlacement> placements = new LinkedHashMap<>();
        for (BlockBox chapter : chapters(root)) {
            List<Item> flow = holes.flow(chapter);
            for (int i = 1; i < flow.size(); i++) {
                Item figure = flow.get(i);
                if (figure.kind() != Kind.FIGURE || skip.contains(figure.id())) {
                    continue;
                }
                List<FigurePlacement> mended = holes.mend(flow, i);
                if (!mended.isEmpty()) {
                    mended.forEach(placement -> placements.put(placement.figureId(), placement));
                    break;
                }
            }
        }
        return placements;
    }

    /** Where the figure at {@code index} goes so that the hole before it fills; null when it leaves none. */
    private List<FigurePlacement> mend(List<Item> flow, int index) {
        Item figure = flow.get(index);
        Item before = flow.get(index - 1);
        int page = pageOf(figure.top());
        if (page == 0 || pageOf(before.bottom() - 1) != page - 1 || index + 1 >= flow.size()) {
            return List.of();
        }
        PageBox previous = pages.get(page - 1);
        int room = limit(page - 1, flow) - before.bottom();
        if (room <= HOLE * (previous.getBottom() - previous.getTop())) {
            return List.of();
        }
        boolean notesThere = limit(page - 1, flow) < previous.getBottom();
        int noteArea = noteAreaOverhead(flow);
        // The lines that follow the figure keep their heights wherever they go. The space between two of them is
        // read off the page they stand on together; at a page break there is none.
        int used = 0;
        int notes = 0;
        int lastBottom = -1;
        List<String> carried = new ArrayList<>();
        FigurePlacement best = null;
        List<String> carriedToBest = List.of();
        for (int j = index + 1; j < flow.size(); j++) {
            Item item = flow.get(j);
            int gap = lastBottom >= 0 && pageOf(lastBottom - 1) == pageOf(item.top()) ? item.top() - lastBottom : 0;
            if (item.kind() == Kind.FIGURE) {
                // A figure after it cannot go before it: it goes on with it, after it, and the text after both fills.
                carried.add(item.id());
                continue;
            }
            used += gap + (item.bottom() - item.top());
            lastBottom = item.bottom();
            if (item.notes().height() > 0) {
                notes += item.notes().height() + (notesThere ? 0 : noteArea);
                notesThere = true;
            }
            if (used + notes > room) {
                break;
            }
            FigurePlacement cut = cutAfter(figure.id(), item);
            // A paragraph cut before the figure ends in an empty line (JustifiedEnd), of no height once laid out,
            // but the page break is decided with a line's height for it: it must fit as well.
            boolean fits = cut == null || cut.afterBlock() || used + notes + (item.bottom() - item.top()) <= room;
            if (cut != null && fits) {
                best = cut;
                carriedToBest = List.copyOf(carried);
            }
        }
        if (best == null) {
            return List.of();
        }
        List<FigurePlacement> placements = new ArrayList<>();
        placements.add(best);
        for (String next : carriedToBest) {
            placements.add(new FigurePlacement(next, best.blockId(), best.charsBefore()));
        }
        return placements;
    }

    /**
     * The figure's place right after this item, or null where a figure may not stand: after a heading (kept
     * with its text), after a paragraph's first line (an orphan), after a block that has no id to name it by.
     */
    private static FigurePlacement cutAfter(String figure, Item item) {
        return switch (item.kind()) {
            case LINE -> item.last() ? new FigurePlacement(figure, item.id(), -1)
                    : item.line() >= 1 ? new FigurePlacement(figure, item.id(), item.charsBefore() + item.chars())
                    : null;
            case BLOCK -> item.id().isEmpty() ? null : new FigurePlacement(figure, item.id(), -1);
            case HEADING, FIGURE -> null;
        };
    }

    /** Where the text of a page must end: above its footnote area, or at the foot of the page. */
    private int limit(int page, List<Item> flow) {
        int limit = pages.get(page).getBottom();
        for (Item item : flow) {
            if (item.notes().areaTop() >= 0 && pageOf(item.top()) == page) {
                limit = Math.min(limit, item.notes().areaTop());
            }
        }
        return limit;
    }

    /**
     * What a footnote area takes beyond its notes (its margin, rule and padding, and what it leaves under the last
     * note), read off a page of the chapter that has notes: the page's foot less the area's top, less the notes.
     */
    private int noteAreaOverhead(List<Item> flow) {
        for (Item item : flow) {
            if (item.notes().areaTop() >= 0) {
                int page = pageOf(item.top());
                int notes = 0;
                for (Item other : flow) {
                    if (other.notes().height() > 0 && pageOf(other.top()) == page) {
                        notes += other.notes().height();
                    }
                }
                return Math.max(0, pages.get(page).getBottom() - limit(page, flow) - notes);
            }
        }
        // No note in the chapter to read it off: a generous guess, two lines of text.
        return flow.isEmpty() ? 0 : 2 * (flow.get(0).bottom() - flow.get(0).top());
    }

    private List<Item> flow(BlockBox chapter) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < chapter.getChildCount(); i++) {
            if (!(chapter.getChild(i) instanceof BlockBox block) || block.getElement() == null
                    || FlowText.hasClass(block.getElement(), "running")) {
                continue;
            }
            Element element = block.getElement();
            String id = element.getAttribute("id");
            String name = element.getNodeName();
            int top = block.getAbsY();
            int bottom = block.getAbsY() + block.getHeight();
            if (name.equals("figure")) {
                items.add(Item.block(Kind.FIGURE, id, top, bottom));
            } else if (name.equals("p") && FlowText.hasLines(block) && !element.getAttribute("data-continues").isEmpty()) {
                lines(block, element.getAttribute("data-continues"),
                        Integer.parseInt(element.getAttribute("data-chars-before")), items);
            } else if (name.equals("p") && FlowText.hasLines(block) && !id.isEmpty()) {
                lines(block, id, 0, items);
            } else if (name.matches("h[1-6]")) {
                items.add(Item.block(Kind.HEADING, id, top, bottom));
            } else {
                items.add(Item.block(Kind.BLOCK, id, top, bottom));
            }
        }
        return items;
    }

    /**
     * The text lines of a paragraph, or of a part of one: a part cut before a moved figure ends in an empty line
     * of no height (JustifiedEnd), which is not one of them.
     */
    private void lines(BlockBox paragraph, String id, int charsBefore, List<Item> items) {
        List<LineBox> lines = new ArrayList<>();
        for (int i = 0; i < paragraph.getChildCount(); i++) {
            if (paragraph.getChild(i) instanceof LineBox line && line.getHeight() > 0) {
                lines.add(line);
            }
        }
        boolean cut = lines.size() < paragraph.getChildCount();
        int before = charsBefore;
        for (int i = 0; i < lines.size(); i++) {
            LineBox line = lines.get(i);
            int chars = FlowText.count(line);
            items.add(new Item(Kind.LINE, id, before, chars, i, !cut && i == lines.size() - 1, line.getAbsY(),
                    line.getAbsY() + line.getHeight(), notesOn(line)));
            before += chars;
        }
    }

    /** The notes this line calls: they go to the foot of whatever page the line is on. */
    private static Notes notesOn(LineBox line) {
        if (!line.hasFootnotes() || line.getReferencedFootnoteBodies().isEmpty()) {
            return Notes.NONE;
        }
        int height = 0;
        int areaTop = Integer.MAX_VALUE;
        for (BlockBox body : line.getReferencedFootnoteBodies()) {
            height += body.getHeight();
            if (body.getParent() instanceof BlockBox area) {
                areaTop = Math.min(areaTop, area.getAbsY());
            }
        }
        return new Notes(height, areaTop == Integer.MAX_VALUE ? -1 : areaTop);
    }

    private static List<BlockBox> chapters(Box root) {
        List<BlockBox> chapters = new ArrayList<>();
        collectChapters(root, chapters);
        return chapters;
    }

    private static void collectChapters(Box box, List<BlockBox> out) {
        if (box instanceof BlockBox block && block.getElement() != null
                && "section".equals(block.getElement().getNodeName())
                && FlowText.hasClass(block.getElement(), "chapter")) {
            out.add(block);
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collectChapters(box.getChild(i), out);
        }
    }

    private int pageOf(int y) {
        return FlowText.pageOf(pages, y);
    }
}
