package dev.octavo.pdf.engine;

import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import org.w3c.dom.Element;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The images a layout could not draw. openhtmltopdf lays out an image it cannot read or decode as an empty box,
 * with at most a line in its log: a book would lose a figure without a word. Every {@code img} of the layout must
 * have become a replaced element (a picture or a drawing) of some size.
 */
final class UndrawnImages {
    private UndrawnImages() {
    }

    /** The {@code src} of each image the layout left empty, in document order, once each. */
    static Set<String> find(Box root) {
        Set<String> undrawn = new LinkedHashSet<>();
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Object next = todo.pop();
            if (!(next instanceof Box box)) {
                continue;
            }
            Element element = box.getElement();
            if (element != null && "img".equals(element.getNodeName()) && box.getPseudoElementOrClass() == null
                    && !drawn(box)) {
                undrawn.add(element.getAttribute("src"));
            }
            if (box instanceof InlineLayoutBox inline) {
                for (int i = inline.getInlineChildren().size() - 1; i >= 0; i--) {
                    todo.push(inline.getInlineChildren().get(i));
                }
            }
            for (int i = box.getChildCount() - 1; i >= 0; i--) {
                todo.push(box.getChild(i));
            }
        }
        return undrawn;
    }

    private static boolean drawn(Box box) {
        return box instanceof BlockBox block && block.getReplacedElement() != null
                && block.getReplacedElement().getIntrinsicWidth() > 0
                && block.getReplacedElement().getIntrinsicHeight() > 0;
    }
}
