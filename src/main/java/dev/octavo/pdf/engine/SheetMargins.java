package dev.octavo.pdf.engine;

import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.css.style.derived.RectPropertySet;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.PageBox;
import dev.octavo.model.PrintedMargins;

import java.util.List;

/**
 * The margins the laid-out pages have, as every {@code @page} rule in force set them: the house style's for the
 * trim, and whatever a theme or a project's print.css put over it. A distributor's rules are checked against these,
 * not against the house layout, so that a gutter widened in a stylesheet counts.
 */
final class SheetMargins {
    private static final double MM_PER_POINT = 25.4 / 72;

    private SheetMargins() {
    }

    /** The narrowest of each side over all pages, in mm from the sheet's edges; the inside by left or right page. */
    static PrintedMargins narrowest(PdfBoxRenderer renderer) {
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        CssContext css = renderer.getSharedContext().newLayoutContextInstance();
        double toMm = MM_PER_POINT / renderer.getDotsPerPoint();
        PrintedMargins narrowest = null;
        for (PageBox page : pages) {
            RectPropertySet margin = page.getMargin(css);
            boolean left = page.isLeftPage();
            PrintedMargins each = new PrintedMargins((left ? margin.right() : margin.left()) * toMm,
                    (left ? margin.left() : margin.right()) * toMm, margin.top() * toMm, margin.bottom() * toMm);
            narrowest = narrowest == null ? each : narrowest.narrowest(each);
        }
        return narrowest == null ? new PrintedMargins(0, 0, 0, 0) : narrowest;
    }
}
