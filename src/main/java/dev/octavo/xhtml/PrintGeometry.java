package dev.octavo.xhtml;

import dev.octavo.model.PageLayout;

import java.util.Locale;

/**
 * The {@code @page} rules for a book's trim size: page size with bleed, and mirrored margins (wider inner
 * margin, for the binding) scaled from the house proportions of an A5 page. Written before print.css, so a
 * project's stylesheet can still refine them.
 */
final class PrintGeometry {
    // House margins for A5 (148 x 210 mm), scaled with the page for other trims.
    private static final double TOP = 17;
    private static final double BOTTOM = 20;
    private static final double INNER = 19;
    private static final double OUTER = 14;

    private PrintGeometry() {
    }

    static String css(PageLayout page) {
        double sx = page.widthMm() / 148.0;
        double sy = page.heightMm() / 210.0;
        double bleed = page.bleedMm();
        String top = mm(TOP * sy + bleed);
        String bottom = mm(BOTTOM * sy + bleed);
        String inner = mm(INNER * sx + bleed);
        String outer = mm(OUTER * sx + bleed);
        return "@page { size: " + mm(page.mediaWidthMm()) + " " + mm(page.mediaHeightMm()) + "; margin: "
                + top + " " + outer + " " + bottom + " " + inner + "; }\n"
                + "@page :left { margin-left: " + outer + "; margin-right: " + inner + "; }\n"
                + "@page :right { margin-left: " + inner + "; margin-right: " + outer + "; }\n";
    }

    private static String mm(double value) {
        return String.format(Locale.ROOT, "%.2fmm", value);
    }
}
