package dev.octavo.model;

/**
 * Where an image is drawn on the printed page, decided when the manuscript is read: its size, and the width the
 * EPUB gives it as a share of the text's width when the author asked for one.
 *
 * @param widthMm   the printed width in millimetres, at most the type area's width
 * @param heightMm  the printed height in millimetres, in the image's own proportions
 * @param epubWidth a CSS width for the EPUB ({@code "60%"}); empty when the image takes its own size there
 */
public record PrintSize(double widthMm, double heightMm, String epubWidth) {
    /**
     * A printed size.
     *
     * @param widthMm   the printed width in millimetres, positive
     * @param heightMm  the printed height in millimetres, positive
     * @param epubWidth a CSS width for the EPUB, or empty
     * @throws IllegalArgumentException if the width or the height is not positive
     */
    public PrintSize {
        if (!(widthMm > 0) || !(heightMm > 0)) {
            throw new IllegalArgumentException("a printed image's size must be positive: " + widthMm + " x " + heightMm);
        }
    }
}
