package dev.octavo.model;

/**
 * The narrowest margins of any page of the laid-out print edition, as the page rules in force set them (the house
 * style's for the trim, refined by a theme's or project's {@code @page} rules), measured from the trimmed page's
 * edges. What a distributor's rules are checked against.
 *
 * @param insideMm  the narrowest margin at the binding: the left of a right-hand page, the right of a left-hand one
 * @param outsideMm the narrowest margin at the fore-edge
 * @param topMm     the narrowest margin at the head
 * @param bottomMm  the narrowest margin at the foot
 */
public record PrintedMargins(double insideMm, double outsideMm, double topMm, double bottomMm) {
    /**
     * The margins the page layout sets, before any stylesheet refines them.
     *
     * @param page the book's page layout
     * @return its house margins
     */
    public static PrintedMargins of(PageLayout page) {
        return new PrintedMargins(page.innerMarginMm(), page.outerMarginMm(), page.topMarginMm(),
                page.bottomMarginMm());
    }

    /**
     * These margins measured from the sheet's edges instead, a bleed on every side taken off: the renderer's page is
     * the sheet, bleed included.
     *
     * @param bleedMm the bleed beyond the trim on every side
     * @return the margins from the trimmed page's edges
     */
    public PrintedMargins lessBleed(double bleedMm) {
        return new PrintedMargins(insideMm - bleedMm, outsideMm - bleedMm, topMm - bleedMm, bottomMm - bleedMm);
    }

    /**
     * The narrower of these margins and another's, side by side.
     *
     * @param other the margins of other pages
     * @return each side's narrowest
     */
    public PrintedMargins narrowest(PrintedMargins other) {
        return new PrintedMargins(Math.min(insideMm, other.insideMm), Math.min(outsideMm, other.outsideMm),
                Math.min(topMm, other.topMm), Math.min(bottomMm, other.bottomMm));
    }
}
