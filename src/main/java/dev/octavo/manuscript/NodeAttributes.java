package dev.octavo.manuscript;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Node;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The attributes an author may write after a heading or an image: {@code {#id}}, {@code {width=60%}},
 * {@code {alt="…"}}. flexmark's attributes extension reads braces after any element; everywhere else they are the
 * author's words and stay text ({@link #belongsToPrevious}).
 */
final class NodeAttributes {
    private NodeAttributes() {
    }

    /** The attributes a heading ends with, or an image is followed by; empty when it has none. */
    static Map<String, String> of(Node node) {
        Node attributes = node instanceof Heading ? node.getLastChild() : node.getNext();
        return attributes instanceof AttributesNode a ? read(a) : Map.of();
    }

    /** Whether these braces are the attributes of the heading or image they follow, rather than text. */
    static boolean belongsToPrevious(AttributesNode node) {
        Node previous = node.getPrevious();
        return previous instanceof Image || previous instanceof ImageRef
                || node.getParent() instanceof Heading && node.getNext() == null;
    }

    /** Names in order of writing; {@code #x} is the id, {@code .x} a class. A later name wins over an earlier one. */
    static Map<String, String> read(AttributesNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributeNode attribute) {
                String name = attribute.isId() ? "id" : attribute.isClass() ? "class" : attribute.getName().toString();
                String value = attribute.getValue().unescape();
                out.merge(name, value, (old, added) -> name.equals("class") ? old + " " + added : added);
            }
        }
        return out;
    }
}
