package dev.octavo.pdf.engine;

import dev.octavo.fonts.FontSet;
import dev.octavo.testing.Seed;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The strings TabulatedWidths hands straight to the output device are drawn as the device would draw them. */
class TabulatedDrawingTest {

    /**
     * The drawing shortcut against the device's own way: the seed's printed body (Vietnamese text in two
     * families, bold and italic, justified lines, footnotes, running heads and folios) drawn both ways gives every
     * page the same contents, byte for byte.
     */
    @Test
    void stringsDrawnStraightFromTheTablesGiveTheSamePagesAsTheDevicesOwnWay() throws IOException {
        assertNotNull(TabulatedWidths.DEVICE_FONT, "openhtmltopdf's output device no longer has the field _font: "
                + "every string is drawn the slower way");
        SeedPrint seed = SeedPrint.body();
        List<byte[]> shortcut = pageContents(seed.xhtml(), seed.fonts(), new TabulatedWidths(true, true));
        List<byte[]> ownWay = pageContents(seed.xhtml(), seed.fonts(), new TabulatedWidths(false, true));
        assertEquals(ownWay.size(), shortcut.size());
        for (int i = 0; i < ownWay.size(); i++) {
            assertArrayEquals(ownWay.get(i), shortcut.get(i), "contents of page " + (i + 1));
        }
    }

    private static List<byte[]> pageContents(String xhtml, FontSet set, TabulatedWidths measures) throws IOException {
        Path manuscript = Seed.manuscript().toAbsolutePath();
        List<byte[]> contents = new ArrayList<>();
        try (TypesetDocument doc = new TypesetDocument(xhtml, manuscript, set, id -> true, 1,
                new ResourceGuard(manuscript), message -> { }, measures)) {
            doc.draw();
            for (PDPage page : doc.pdf().getPages()) {
                try (InputStream in = page.getContents()) {
                    contents.add(in.readAllBytes());
                }
            }
        }
        return contents;
    }
}
