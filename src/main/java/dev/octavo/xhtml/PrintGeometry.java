package dev.octavo.xhtml;

import dev.octavo.model.PageLayout;

import java.util.Locale;

/**
 * The {@code @page} rules for a book's trim size: page size with bleed, and the mirrored margins of its
 * {@link PageLayout}, the bleed added to each margin on the sides that bleed. Written before print.css, so a
 * project's stylesheet can still refine them.
 */
final class PrintGeometry {
    private PrintGeometry() {
    }

    static String css(PageLayout page) {
        double bleed = page.bleedMm();
        String top = mm(page.topMarginMm() + bleed);
        String bottom = mm(page.bottomMarginMm() + bleed);
        String inner = mm(page.innerMarginMm() + page.bindingBleedMm());
        String outer = mm(page.outerMarginMm() + bleed);
        return "@page { size: " + mm(page.mediaWidthMm()) + " " + mm(page.mediaHeightMm()) + "; margin: "
                + top + " " + outer + " " + bottom + " " + inner + "; }\n"
                + "@page :left { margin-left: " + outer + "; margin-right: " + inner + "; }\n"
                + "@page :right { margin-left: " + inner + "; margin-right: " + outer + "; }\n";
    }

    private static String mm(double value) {
        return String.format(Locale.ROOT, "%.2fmm", value);
    }
}
