package dev.octavo.pdf.engine;

import com.openhtmltopdf.render.JustificationInfo;
import com.openhtmltopdf.render.LineBox;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * What the composed lines need of openhtmltopdf's internals is there: the private justification of a line box,
 * which its drawing reads ({@link ComposedLines}). If a later openhtmltopdf renames it, composed paragraphs would be
 * left ragged; this fails first. (TypographyTest checks the spacing that comes of it, and that the page's clip,
 * which PageClipWidening widens, lets hanging punctuation show.)
 */
class ComposedParagraphsTest {
    @Test
    void theLineBoxsJustificationCanBeSetAndIsTheOneItDraws() {
        assertNotNull(ComposedLines.JUSTIFICATION, "LineBox._justificationInfo is gone");
        LineBox line = new LineBox();
        JustificationInfo info = new JustificationInfo();
        info.setSpaceAdjust(2.5f);
        ComposedLines.JUSTIFICATION.set(line, info);
        assertSame(info, line.getJustificationInfo());
    }
}
