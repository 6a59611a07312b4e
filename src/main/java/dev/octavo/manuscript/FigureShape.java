package dev.octavo.manuscript;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Node;

import java.util.Optional;

/**
 * Whether a paragraph is a figure: an image alone in its paragraph, with nothing around it but white space and
 * the image's own attributes, as pandoc reads it. The anchor index and the converter ask the same question here.
 */
final class FigureShape {
    private FigureShape() {
    }

    static Optional<Node> imageOf(Paragraph paragraph) {
        Node image = null;
        for (Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
            if ((node instanceof Image || node instanceof ImageRef ref && ref.isDefined()) && image == null) {
                image = node;
            } else if (node instanceof AttributesNode && image != null && node.getPrevious() == image) {
                continue;
            } else if (!(node instanceof SoftLineBreak || node instanceof Text && node.getChars().isBlank())) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(image);
    }
}
