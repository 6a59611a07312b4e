package dev.octavo.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
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
 * EPUB side counts it too (PageBreaks).
 */
final class PageStartFinder {
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
            String id = nearestId(element);
            if (id != null && markable.test(id)) {
                lines(block, id, element != null && id.equals(element.getAttribute("id")));
            }
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            walk(box.getChild(i));
        }
    }

    private static boolean hasLines(BlockBox block) {
        return block.getChildCount() > 0 && block.getChild(0) instanceof LineBox;
    }

    /** @param ownId whether the block's element has the id itself, rather than an ancestor of it */
    private void lines(BlockBox block, String id, boolean ownId) {
        int firstPage = pageOf(block.getChild(0).getAbsY());
        if (ownId && starts.containsKey(firstPage)
                && pageOf(block.getChild(block.getChildCount() - 1).getAbsY()) == firstPage) {
            // Within a page whose start is known already: nothing to find here. Most blocks are such, and
            // counting the characters of all of them was a tenth of the layout. (A block that shares its id with
            // the blocks after it is counted all the same: they go on from its count.)
            return;
        }
        int before = ownId ? 0 : carried.getOrDefault(id, 0);
        for (int i = 0; i < block.getChildCount(); i++) {
            if (block.getChild(i) instanceof LineBox line) {
                int count = countText(line);
                if (count > 0) {
                    int page = pageOf(line.getAbsY());
                    starts.putIfAbsent(page, new PageStart(page, id, before));
                }
                before += count;
            }
        }
        if (!ownId) {
            carried.put(id, before);
        }
    }

    private int countText(Box box) {
        int count = 0;
        if (box instanceof InlineLayoutBox inline) {
            // Generated content (the footnote call's number, quotation marks of q) is not text of the book.
            if (isNote(inline.getElement()) || inline.getPseudoElementOrClass() != null) {
                return 0;
            }
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof InlineText text) {
                    count += PageStart.countedCharacters(text.getSubstring());
                } else if (child instanceof Box nested && nested.getPseudoElementOrClass() == null) {
                    count += countText(nested);
                }
            }
            return count;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            count += countText(box.getChild(i));
        }
        return count;
    }

    /** Footnote bodies (floated to the foot) and repeated calls carry numbers the EPUB's text does not have. */
    private static boolean isNote(Element element) {
        if (element == null) {
            return false;
        }
        String classes = " " + element.getAttribute("class") + " ";
        return classes.contains(" footnote ") || classes.contains(" noteref ");
    }

    private int pageOf(int y) {
        int low = 0;
        int high = pages.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (pages.get(mid).getTop() <= y) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
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
