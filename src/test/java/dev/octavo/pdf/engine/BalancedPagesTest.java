package dev.octavo.pdf.engine;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Pages asked for one by one, as openhtmltopdf asks, and the page tree they end up in. */
class BalancedPagesTest {
    /** Two full nodes and part of a third. */
    private static final int PAGES = 2 * BalancedPages.NODE_SIZE + 6;

    @Test
    void pagesAreFiledInNodesAndFoundByIndexInOrder() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            List<PDPage> finished = new ArrayList<>();
            BalancedPages pages = new BalancedPages(finished::add);
            List<PDPage> requested = new ArrayList<>();
            for (int i = 0; i < PAGES; i++) {
                requested.add(pages.requestPage(pdf, 100 + i, 200, i, -1));
                assertEquals(i, finished.size(), "each page is finished when the next one is asked for");
            }
            pages.finishLast();
            pages.finishLast();

            assertEquals(requested, finished, "every page finished once, in order");
            assertEquals(PAGES, pdf.getNumberOfPages());
            for (int i = 0; i < PAGES; i++) {
                assertEquals(100 + i, pdf.getPage(i).getMediaBox().getWidth(), "page " + i);
                assertSame(requested.get(i).getCOSObject(), pdf.getPage(i).getCOSObject());
            }
            COSDictionary root = pdf.getPages().getCOSObject();
            COSArray nodes = root.getCOSArray(COSName.KIDS);
            assertEquals(3, nodes.size());
            int[] counts = new int[3];
            for (int n = 0; n < 3; n++) {
                COSDictionary node = (COSDictionary) nodes.getObject(n);
                assertEquals(COSName.PAGES, node.getCOSName(COSName.TYPE));
                assertSame(root, node.getCOSDictionary(COSName.PARENT));
                counts[n] = node.getInt(COSName.COUNT);
                assertEquals(counts[n], node.getCOSArray(COSName.KIDS).size());
            }
            assertEquals(List.of(BalancedPages.NODE_SIZE, BalancedPages.NODE_SIZE, 6), List.of(counts[0], counts[1], counts[2]));
            assertEquals(PAGES, pdf.getPages().indexOf(pdf.getPage(PAGES - 1)) + 1);
        }
    }

    @Test
    void theSavedTreeReadsBackInTheSameOrder() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            BalancedPages pages = new BalancedPages(page -> { });
            for (int i = 0; i < PAGES; i++) {
                pages.requestPage(pdf, 100 + i, 200, i, -1);
            }
            pdf.save(bytes);
        }
        try (PDDocument read = Loader.loadPDF(bytes.toByteArray())) {
            assertEquals(PAGES, read.getNumberOfPages());
            int i = 0;
            for (PDPage page : read.getPages()) {
                assertEquals(100 + i, page.getMediaBox().getWidth(), "page " + i);
                i++;
            }
        }
    }
}
