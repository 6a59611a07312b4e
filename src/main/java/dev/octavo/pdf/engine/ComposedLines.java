package dev.octavo.pdf.engine;

import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.CharCounts;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.JustificationInfo;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;
import dev.octavo.compose.LineBreaker;
import org.w3c.dom.Element;

import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The lines of the paragraphs {@link ParagraphComposer} broke, spaced after the layout: each line but a paragraph's
 * last (and but one before an author's line break) fills the measure exactly, its spaces stretched or shrunk by the
 * same amount. openhtmltopdf's own justification cannot do it: it leaves a line that ends in a line break as it is,
 * only ever stretches, and gives a fifth of the room to the letters. So the same work is done here, through the same
 * methods it uses (its counts of spaces and letters, the inline boxes' own moving along the line), with all the room
 * in the spaces. The line's justification is a private field of openhtmltopdf's LineBox, which its drawing reads;
 * if a later version renames it, lines stay as laid out (ragged) and {@code ComposedParagraphsTest} fails.
 */
final class ComposedLines {
    /** The line box's justification, which openhtmltopdf's drawing reads; null if the field is gone. */
    static final VarHandle JUSTIFICATION = PrivateFields.find(LineBox.class, "_justificationInfo",
            JustificationInfo.class);

    /**
     * A composed paragraph: the width of its lines, and which of them are set to it (its box is laid out wider, so
     * that no line is moved for want of room before its spaces shrink); how far each line hangs out on the left and
     * on the right (optical margins: its first or last character stands partly outside the measure).
     */
    record Paragraph(String key, float measure, boolean[] justify, float[] hangStart, float[] hangEnd,
                     boolean[] hyphenated) {
    }

    /**
     * What spacing the lines found: how many paragraphs did not come out as composed (left as laid out), and, by
     * paragraph, the lines that end a page in a divided word, with the paragraph's number of lines.
     */
    record Spaced(int astray, Map<String, LineBreaker.Keep> pageEndHyphens) {
    }

    private ComposedLines() {
    }

    /** Spaces the composed paragraphs' lines, and finds the pages that end in a divided word. */
    static Spaced justify(Box root, List<PageBox> pages, Map<Element, Paragraph> composed) {
        if (composed.isEmpty() || JUSTIFICATION == null) {
            return new Spaced(composed.size(), Map.of());
        }
        int astray = 0;
        Map<String, LineBreaker.Keep> pageEnds = new TreeMap<>();
        List<Box> todo = new ArrayList<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Box box = todo.remove(todo.size() - 1);
            Paragraph paragraph = box instanceof BlockBox && box.getElement() != null
                    ? composed.get(box.getElement()) : null;
            if (paragraph != null) {
                List<LineBox> lines = justify((BlockBox) box, paragraph);
                if (lines == null) {
                    astray++;
                } else {
                    pageEnds(lines, pages, paragraph, pageEnds);
                }
                continue;
            }
            for (int i = 0; i < box.getChildCount(); i++) {
                todo.add(box.getChild(i));
            }
        }
        return new Spaced(astray, pageEnds);
    }

    /** The paragraph's lines that end in a hyphen and are the last of their page. */
    private static void pageEnds(List<LineBox> lines, List<PageBox> pages, Paragraph paragraph,
                                 Map<String, LineBreaker.Keep> pageEnds) {
        Set<Integer> divided = new TreeSet<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (paragraph.hyphenated()[i] && FlowText.pageOf(pages, lines.get(i).getAbsY())
                    != FlowText.pageOf(pages, lines.get(i + 1).getAbsY())) {
                divided.add(i);
            }
        }
        if (!divided.isEmpty()) {
            pageEnds.put(paragraph.key(), new LineBreaker.Keep(divided, lines.size()));
        }
    }

    /** The paragraph's lines, spaced; null when they are not the lines composed. */
    private static List<LineBox> justify(BlockBox paragraph, Paragraph composed) {
        List<LineBox> lines = new ArrayList<>();
        for (int i = 0; i < paragraph.getChildCount(); i++) {
            if (paragraph.getChild(i) instanceof LineBox line) {
                lines.add(line);
            }
        }
        if (lines.size() != composed.justify().length) {
            return null;
        }
        for (int i = 0; i < lines.size(); i++) {
            LineBox line = lines.get(i);
            int hang = Math.round(composed.hangStart()[i]);
            if (hang != 0) {
                line.setX(line.getX() - hang);
                line.setAbsX(line.getAbsX() - hang);
            }
            fill(line, composed.measure() + composed.hangStart()[i] + composed.hangEnd()[i], composed.justify()[i]);
        }
        return lines;
    }

    /**
     * Spreads the line's room (or its excess) over its spaces, as openhtmltopdf's LineBox.justify does with its own.
     * A line that is not justified (a paragraph's last) is only ever shrunk, when the breaker chose to set it a
     * little tighter than its natural width.
     */
    private static void fill(LineBox line, float measure, boolean justified) {
        int available = Math.round(measure) - line.getContentStart();
        int room = available - line.getContentWidth();
        if (!justified && room >= 0) {
            line.calcChildLocations();
            return;
        }
        CharCounts counts = new CharCounts();
        for (Box child : line.getChildren()) {
            if (child instanceof InlineLayoutBox inline) {
                inline.countJustifiableChars(counts);
            }
        }
        if (counts.getSpaceCount() == 0 || room == 0) {
            line.calcChildLocations();
            return;
        }
        JustificationInfo info = new JustificationInfo();
        info.setSpaceAdjust((float) room / counts.getSpaceCount());
        info.setNonSpaceAdjust(0f);
        float adjust = 0f;
        for (Box child : line.getChildren()) {
            child.setX(child.getX() + Math.round(adjust));
            if (child instanceof InlineLayoutBox inline) {
                adjust += inline.adjustHorizontalPosition(info, adjust);
            }
        }
        line.calcChildLocations();
        JUSTIFICATION.set(line, info);
    }
}
