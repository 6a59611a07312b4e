package dev.octavo.pdf.engine;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;
import dev.octavo.model.PageStart;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Finds, in a laid-out document, the first line of running text on every page and where that line starts in
 * its block, counted in non-space characters (white space at line ends is collapsed, so spaces cannot be
 * counted reliably). Footnote bodies are not running text: their characters are not counted. The number
 * openhtmltopdf draws for a footnote call is an anonymous text box like any other, so it is counted, and the
 * EPUB side counts it too (PageBreaks). A figure the layout moved into a paragraph is not counted (FlowText).
 */
final class PageStartFinder {
    /** A block's count goes on from the blocks before it that share its id. */
    private static final int CARRIED = -1;

    private final List<PageBox> pages;
    private final Predicate<String> markable;
    private final Map<Integer, PageStart> starts = new TreeMap<>();
    /**
     * Characters counted so far in the blocks that take their id from an ancestor, by that id: the lines of a poem
     * are blocks of their own inside the one element that has the id, and they are counted as one text.
     */
    private final Map<String, Integer> carried = new HashMap<>();

    private PageStartFinder(List<PageBox> pages, Predicate<String> markable) {
        this.pages = pages;
        this.markable = markable;
    }

    /** @param markable the block ids the EPUB can carry a marker in */
    static List<PageStart> find(PdfBoxRenderer renderer, Predicate<String> markable) {
        PageStartFinder finder = new PageStartFinder(renderer.getRootBox().getLayer().getPages(), markable);
        finder.walk(renderer.getRootBox());
        return new ArrayList<>(finder.starts.values());
    }

    private void walk(Box box) {
        if (box instanceof BlockBox block && hasLines(block)) {
            Element element = block.getElement();
            String continues = element == null ? "" : element.getAttribute("data-continues");
            if (!continues.isEmpty()) {
                // The part of a paragraph after a figure the layout moved into it: it counts on from the first part.
                if (markable.test(continues)) {
                    lines(block, continues, Integer.parseInt(element.getAttribute("data-chars-before")));
                }
                return;
            }
            String id = nearestId(element);
            if (id != null && markable.test(id)) {
                lines(block, id, element != null && id.equals(element.getAttribute("id")) ? 0 : CARRIED);
            }
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            walk(box.getChild(i));
        }
    }

    private static boolean hasLines(BlockBox block) {
        return FlowText.hasLines(block);
    }

    /**
     * @param charsBefore the block's characters before its first line: 0 for a block with its own id, the first
     *                    part's for the rest of a paragraph cut by a figure, or {@link #CARRIED} for a block that
     *                    shares an ancestor's id with the blocks before it (the lines of a poem) and goes on from them
     */
    private void lines(BlockBox block, String id, int charsBefore) {
        int firstPage = pageOf(block.getChild(0).getAbsY());
        if (charsBefore != CARRIED && starts.containsKey(firstPage)
                && pageOf(block.getChild(block.getChildCount() - 1).getAbsY()) == firstPage) {
            // Within a page whose start is known already: nothing to find here. Most blocks are such, and
            // counting the characters of all of them was a tenth of the layout. (A block that shares its id with
            // the blocks after it is counted all the same: they go on from its count.)
            return;
        }
        int before = charsBefore == CARRIED ? carried.getOrDefault(id, 0) : charsBefore;
        for (int i = 0; i < block.getChildCount(); i++) {
            if (block.getChild(i) instanceof LineBox line) {
                int count = FlowText.count(line);
                if (count > 0) {
                    int page = pageOf(line.getAbsY());
                    starts.putIfAbsent(page, new PageStart(page, id, before));
                }
                before += count;
            }
        }
        if (charsBefore == CARRIED) {
            carried.put(id, before);
        }
    }

    private int pageOf(int y) {
        return FlowText.pageOf(pages, y);
    }

    private static String nearestId(Element element) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            if (!e.getAttribute("id").isEmpty()) {
                return e.getAttribute("id");
            }
        }
        return null;
    }
}
