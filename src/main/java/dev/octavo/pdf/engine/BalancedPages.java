package dev.octavo.pdf.engine;

import com.openhtmltopdf.pdfboxout.PageSupplier;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.util.function.Consumer;

/**
 * Gives openhtmltopdf its pages, filed in a page tree of two levels: the root holds nodes of up to
 * {@value #NODE_SIZE} pages each. It also tells when the renderer is done with a page, which is when it asks
 * for the next one (openhtmltopdf closes a page's contents before it asks), and {@link #finishLast} for the last.
 *
 * <p>Why not PDFBox's own {@code addPage}: it hangs every page from the root, and {@code PDPageTree.get(i)}
 * walks the kids of each node it passes, one by one. openhtmltopdf looks a page up by index for every link,
 * bookmark and link target it writes, so in a flat tree of 1085 pages the lookups alone took about 0.4 s. With
 * the nodes' page counts, a lookup here skips whole nodes: about 34 + 32 steps instead of up to 1085. A page tree
 * of intermediate nodes is plain PDF (ISO 32000-1, 7.7.3.2); every reader walks it.
 */
final class BalancedPages implements PageSupplier {
    static final int NODE_SIZE = 32;

    private final Consumer<PDPage> finished;
    private COSDictionary node;
    private PDPage last;

    /** @param finished told each page once the renderer has closed its contents, in page order */
    BalancedPages(Consumer<PDPage> finished) {
        this.finished = finished;
    }

    @Override
    public PDPage requestPage(PDDocument doc, float pageWidth, float pageHeight, int pageNumber, int shadowPageNumber) {
        finishLast();
        PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
        append(doc.getPages().getCOSObject(), page.getCOSObject());
        last = page;
        return page;
    }

    /** Tells the last page requested as finished; the renderer asks for no page after it. */
    void finishLast() {
        if (last != null) {
            PDPage page = last;
            last = null;
            finished.accept(page);
        }
    }

    private void append(COSDictionary root, COSDictionary page) {
        COSArray rootKids = root.getCOSArray(COSName.KIDS);
        if (rootKids == null) {
            rootKids = new COSArray();
            root.setItem(COSName.KIDS, rootKids);
        }
        if (node == null || node.getInt(COSName.COUNT) >= NODE_SIZE) {
            node = new COSDictionary();
            node.setItem(COSName.TYPE, COSName.PAGES);
            node.setItem(COSName.KIDS, new COSArray());
            node.setInt(COSName.COUNT, 0);
            node.setItem(COSName.PARENT, root);
            rootKids.add(node);
        }
        page.setItem(COSName.PARENT, node);
        node.getCOSArray(COSName.KIDS).add(page);
        node.setInt(COSName.COUNT, node.getInt(COSName.COUNT) + 1);
        root.setInt(COSName.COUNT, root.getInt(COSName.COUNT, 0) + 1);
    }
}
