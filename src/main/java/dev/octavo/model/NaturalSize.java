package dev.octavo.model;

/**
 * An image's own size: a raster image's pixels at the resolution it declares (or the book's default), an SVG
 * drawing's width and height. Figures are never printed larger than this unless the author asks for a size.
 *
 * @param pixelsWide the raster's width in pixels; 0 for a vector drawing, which has no resolution to check
 */
public record NaturalSize(double widthPt, double heightPt, int pixelsWide, int pixelsHigh) {
    public NaturalSize {
        if (!(widthPt > 0) || !(heightPt > 0) || pixelsWide < 0 || pixelsHigh < 0) {
            throw new IllegalArgumentException("an image's size must be positive: " + widthPt + " x " + heightPt);
        }
    }

    public boolean isVector() {
        return pixelsWide == 0;
    }
}
