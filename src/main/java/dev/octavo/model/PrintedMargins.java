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
     * These margins measured from the sheet's edges instead, the page's bleed taken off each side that has it: the
     * renderer's page is the sheet, bleed included.
     *
     * @param page the page layout the margins were laid out with
     * @return the margins from the trimmed page's edges
     */
    public PrintedMargins lessBleed(PageLayout page) {
        return new PrintedMargins(insideMm - page.bindingBleedMm(), outsideMm - page.bleedMm(),
                topMm - page.bleedMm(), bottomMm - page.bleedMm());
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
