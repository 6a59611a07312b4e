package dev.octavo.pdf.engine;

import dev.octavo.testing.Seed;
import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Once its pages are drawn, a document keeps the PDF but not the layout (boxes, styles, DOM): the save, the
 * finishing and the join then have the heap to themselves.
 */
class LayoutReleaseTest {
    @Test
    void theLayoutCanBeCollectedOnceThePagesAreDrawn() throws Exception {
        SeedPrint seed = SeedPrint.body();
        Path manuscript = Seed.manuscript().toAbsolutePath();
        try (TypesetDocument doc = new TypesetDocument(seed.xhtml(), manuscript, seed.fonts(), id -> true, 1,
                new ResourceGuard(manuscript), message -> { }, new TabulatedWidths())) {
            WeakReference<Object> root = new WeakReference<>(doc.rootBox().orElseThrow());
            doc.draw();
            assertTrue(doc.rootBox().isEmpty(), "the document lets its layout go");
            for (int i = 0; i < 20 && root.get() != null; i++) {
                System.gc();
                Thread.sleep(20);
            }
            assertNull(root.get(), "nothing else holds the layout's root box");
            assertTrue(doc.pdf().getNumberOfPages() > 10, "the drawn PDF stays");
        }
    }
}
