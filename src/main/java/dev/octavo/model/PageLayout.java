package dev.octavo.model;

/**
 * The printed book's trim size and bleed, in millimetres, as {@code book.yaml} gives them
 * ({@code trim: A5}, {@code trim: 6in x 9in}, {@code bleed: 3mm}).
 */
public record PageLayout(String trimName, double widthMm, double heightMm, double bleedMm) {
    public static final PageLayout A5 = new PageLayout("A5", 148, 210, 0);
    // The house margins of an A5 page, scaled with the page for other trims: wider inside, for the binding.
    private static final double TOP = 17;
    private static final double BOTTOM = 20;
    private static final double INNER = 19;
    private static final double OUTER = 14;

    public PageLayout {
        if (widthMm <= 0 || heightMm <= 0 || bleedMm < 0) {
            throw new IllegalArgumentException("page size must be positive and bleed not negative");
        }
    }

    public PageLayout withBleed(double bleed) {
        return new PageLayout(trimName, widthMm, heightMm, bleed);
    }

    /** Page size including bleed on every side: the PDF's MediaBox. */
    public double mediaWidthMm() {
        return widthMm + 2 * bleedMm;
    }

    public double mediaHeightMm() {
        return heightMm + 2 * bleedMm;
    }

    public double topMarginMm() {
        return TOP * (heightMm / 210.0);
    }

    public double bottomMarginMm() {
        return BOTTOM * (heightMm / 210.0);
    }

    public double innerMarginMm() {
        return INNER * (widthMm / 148.0);
    }

    public double outerMarginMm() {
        return OUTER * (widthMm / 148.0);
    }

    /** The width of the text: the measure every figure must fit in. */
    public double typeWidthMm() {
        return widthMm - innerMarginMm() - outerMarginMm();
    }

    /** The height of the text, running heads and folios aside. */
    public double typeHeightMm() {
        return heightMm - topMarginMm() - bottomMarginMm();
    }
}
