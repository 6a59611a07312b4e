package dev.octavo.pdf.engine;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The page's content clip, as openhtmltopdf writes it, made wider on both sides; nothing else touched. */
class PageClipWideningTest {
    /** A page's contents as openhtmltopdf 1.1.65 writes them: the folio drawn, then the clip, then the text. */
    private static final String PAGE = "0.0375 w\n2 J\n/Artifact /Prop2 BDC\nBT\n/F1 8.5 Tf\n<01da> Tj\nET\nEMC\n"
            + "q\n53.85 547.08752 m\n379.83749 547.08752 l\n379.83749 56.73749 l\n53.85 56.73749 l\n"
            + "53.85 547.08752 l\nh\nW\nn\n/Span <</MCID 0>> BDC\nBT\n(x) Tj\nET\nEMC\n"
            + "q\n10 10 m\n20 10 l\n20 20 l\n10 20 l\n10 10 l\nh\nW\nn\nQ\nQ\n";

    @Test
    void theFirstClipRectangleIsWidenedOnTheLeftAndRight() {
        String widened = new String(PageClipWidening.widen(PAGE.getBytes(StandardCharsets.ISO_8859_1), 2.5f),
                StandardCharsets.ISO_8859_1);
        assertEquals(PAGE.replace("53.85 ", "51.35 ").replace("379.83749 ", "382.33749 "), widened);
    }

    @Test
    void aPageWithoutSuchAClipOrNothingToWidenIsLeftAsItIs() {
        byte[] noClip = "BT\n(x) Tj\nET\n".getBytes(StandardCharsets.ISO_8859_1);
        assertSame(noClip, PageClipWidening.widen(noClip, 3));
        byte[] page = PAGE.getBytes(StandardCharsets.ISO_8859_1);
        assertSame(page, PageClipWidening.widen(page, 0));
    }
}
