package dev.octavo.manuscript;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The words of a heading or caption as a reader sees them, straight from flexmark's tree and with no side
 * effects: anchors are named from it before any chapter is converted (a conversion numbers notes and images).
 * It agrees with {@code Inlines.plainText} of the converted inlines: note calls, attributes and raw HTML tags
 * add nothing.
 */
final class FlexmarkText {
    private FlexmarkText() {
    }

    static String plain(Node node) {
        StringBuilder out = new StringBuilder();
        append(node, out);
        return out.toString().strip();
    }

    private static void append(Node parent, StringBuilder out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text || node instanceof HtmlEntity) {
                out.append(node.getChars().unescape());
            } else if (node instanceof Code code) {
                out.append(code.getText());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                out.append(' ');
            } else if (node instanceof TypographicQuotes quotes) {
                out.append(Escaping.unescapeString(quotes.getTypographicOpening()));
                append(node, out);
                out.append(Escaping.unescapeString(quotes.getTypographicClosing()));
            } else if (node instanceof TypographicSmarts smarts) {
                out.append(Escaping.unescapeString(smarts.getTypographicText()));
            } else if (node instanceof Image || node instanceof ImageRef) {
                append(node, out);
            } else if (node instanceof Footnote || node instanceof AttributesNode || node instanceof HtmlInlineBase) {
                // adds no words
            } else {
                append(node, out);
            }
        }
    }
}
