package dev.octavo.model;

/**
 * The printed book's trim size and bleed, in millimetres, as {@code book.yaml} gives them
 * ({@code trim: A5}, {@code trim: 6in x 9in}, {@code bleed: 3mm}). The margins are the house margins of an A5
 * page, scaled with the trim size.
 *
 * @param trimName the trim as book.yaml names it: a paper size in capitals ({@code "A5"}) or the size as written
 *                 ({@code "6in x 9in"})
 * @param widthMm  the trimmed page's width, positive
 * @param heightMm the trimmed page's height, positive
 * @param bleedMm  how far the printed page reaches past the trim, for pictures that run off the edge; 0 for none
 * @param bleedAtBinding whether the bleed is on the binding's side too: on every side for a printer who imposes
 *                 the pages, but print-on-demand distributors (KDP, IngramSpark) want none at the binding
 */
public record PageLayout(String trimName, double widthMm, double heightMm, double bleedMm, boolean bleedAtBinding) {
    /** The default page: A5 (148 by 210 mm) without bleed. */
    public static final PageLayout A5 = new PageLayout("A5", 148, 210, 0);
    // The house margins of an A5 page, scaled with the page for other trims: wider inside, for the binding.
    private static final double TOP = 17;
    private static final double BOTTOM = 20;
    private static final double INNER = 19;
    private static final double OUTER = 14;

    /**
     * A page of this size.
     *
     * @param trimName the trim as book.yaml names it
     * @param widthMm  the trimmed page's width, positive
     * @param heightMm the trimmed page's height, positive
     * @param bleedMm  the bleed, 0 or more
     * @param bleedAtBinding whether the binding's side bleeds too
     * @throws IllegalArgumentException if a size is not positive or the bleed is negative
     */
    public PageLayout {
        if (widthMm <= 0 || heightMm <= 0 || bleedMm < 0) {
            throw new IllegalArgumentException("page size must be positive and bleed not negative");
        }
    }

    /**
     * A page of this size, its bleed on every side.
     *
     * @param trimName the trim as book.yaml names it
     * @param widthMm  the trimmed page's width, positive
     * @param heightMm the trimmed page's height, positive
     * @param bleedMm  the bleed on every side, 0 or more
     * @throws IllegalArgumentException if a size is not positive or the bleed is negative
     */
    public PageLayout(String trimName, double widthMm, double heightMm, double bleedMm) {
        this(trimName, widthMm, heightMm, bleedMm, true);
    }

    /**
     * The same trim with another bleed, as {@code bleed:} in book.yaml gives it.
     *
     * @param bleed the bleed on every side, in millimetres
     * @return a layout of the same trim name and size
     */
    public PageLayout withBleed(double bleed) {
        return new PageLayout(trimName, widthMm, heightMm, bleed, bleedAtBinding);
    }

    /**
     * The same page with no bleed at the binding, as print-on-demand distributors want an interior.
     *
     * @return a layout bleeding at the head, the foot and the fore-edge only
     */
    public PageLayout withoutBleedAtBinding() {
        return new PageLayout(trimName, widthMm, heightMm, bleedMm, false);
    }

    /**
     * The bleed on the binding's side: the bleed, or 0 when the page bleeds at the other three edges only.
     *
     * @return the bleed at the binding, in millimetres
     */
    public double bindingBleedMm() {
        return bleedAtBinding ? bleedMm : 0;
    }

    /**
     * Page size including bleed: the PDF's MediaBox.
     *
     * @return the width of the trimmed page plus the bleed at the fore-edge and at the binding
     */
    public double mediaWidthMm() {
        return widthMm + bleedMm + bindingBleedMm();
    }

    /**
     * The height of the page including bleed, as {@link #mediaWidthMm()} is its width.
     *
     * @return the height of the trimmed page plus twice the bleed
     */
    public double mediaHeightMm() {
        return heightMm + 2 * bleedMm;
    }

    /**
     * The space above the text, from the trim; the running head stands in it.
     *
     * @return the A5 top margin scaled with the page's height
     */
    public double topMarginMm() {
        return TOP * (heightMm / 210.0);
    }

    /**
     * The space below the text, from the trim; the folio stands in it.
     *
     * @return the A5 bottom margin scaled with the page's height
     */
    public double bottomMarginMm() {
        return BOTTOM * (heightMm / 210.0);
    }

    /**
     * The margin on the binding's side (left on a right-hand page), wider than the outer one so that the text
     * stays clear of the fold.
     *
     * @return the A5 inner margin scaled with the page's width
     */
    public double innerMarginMm() {
        return INNER * (widthMm / 148.0);
    }

    /**
     * The margin on the side away from the binding.
     *
     * @return the A5 outer margin scaled with the page's width
     */
    public double outerMarginMm() {
        return OUTER * (widthMm / 148.0);
    }

    /**
     * The width of the text: the measure every figure must fit in.
     *
     * @return the page's width less the inner and outer margins
     */
    public double typeWidthMm() {
        return widthMm - innerMarginMm() - outerMarginMm();
    }

    /**
     * The height of the text, running heads and folios aside.
     *
     * @return the page's height less the top and bottom margins
     */
    public double typeHeightMm() {
        return heightMm - topMarginMm() - bottomMarginMm();
    }
}
