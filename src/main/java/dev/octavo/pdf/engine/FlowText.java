package dev.octavo.pdf.engine;

import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.LineBox;
import dev.octavo.model.PageStart;
import org.w3c.dom.Element;

/**
 * The running text of laid-out lines, counted as the EPUB's text is: non-space characters only (white space at
 * line ends is collapsed), without what is not the paragraph's own words. Footnote bodies are floated to the foot
 * of the page and generated content (a note call's number, a cross-reference's page) is the renderer's; a figure
 * the layout moved into a paragraph stands apart from it in the EPUB.
 */
final class FlowText {
    private FlowText() {
    }

    /** The index of the page a document y lies on: the last page that begins at or above it. */
    static int pageOf(java.util.List<com.openhtmltopdf.render.PageBox> pages, int y) {
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

    static boolean hasLines(BlockBox block) {
        return block.getChildCount() > 0 && block.getChild(0) instanceof LineBox;
    }

    /** The paragraph's own non-space characters in this box and the boxes inside it. */
    static int count(Box box) {
        int count = 0;
        if (box instanceof InlineLayoutBox inline) {
            if (isNote(inline.getElement()) || inline.getPseudoElementOrClass() != null
                    || inline.getElement() != null && hasClass(inline.getElement(), ParagraphComposer.HYPHEN)) {
                return 0; // a note, generated text, or the hyphen the composer set where a word breaks
            }
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof InlineText text) {
                    count += PageStart.countedCharacters(text.getSubstring());
                } else if (child instanceof Box nested && nested.getPseudoElementOrClass() == null
                        && !isFigure(nested.getElement())) {
                    count += count(nested);
                }
            }
            return count;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            count += count(box.getChild(i));
        }
        return count;
    }

    /** Footnote bodies (floated to the foot) and repeated calls carry numbers the EPUB's text does not have. */
    static boolean isNote(Element element) {
        return element != null && (hasClass(element, "footnote") || hasClass(element, "noteref"));
    }

    static boolean isFigure(Element element) {
        return element != null && "figure".equals(element.getNodeName());
    }

    static boolean hasClass(Element element, String name) {
        String classes = element.getAttribute("class");
        if (classes.isEmpty()) {
            return false;
        }
        for (String each : classes.split(" ")) {
            if (each.equals(name) || each.startsWith(name + "-")) {
                return true;
            }
        }
        return false;
    }
}
