package dev.octavo.model;

/**
 * Where an image is drawn on the printed page, decided when the manuscript is read: its size, and the width the
 * EPUB gives it as a share of the text's width when the author asked for one.
 *
 * @param epubWidth a CSS width for the EPUB ({@code "60%"}); empty when the image takes its own size there
 */
public record PrintSize(double widthMm, double heightMm, String epubWidth) {
    public PrintSize {
        if (!(widthMm > 0) || !(heightMm > 0)) {
            throw new IllegalArgumentException("a printed image's size must be positive: " + widthMm + " x " + heightMm);
        }
    }
}
