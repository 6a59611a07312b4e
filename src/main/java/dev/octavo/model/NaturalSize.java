package dev.octavo.model;

/**
 * An image's own size: a raster image's pixels at the resolution it declares (or the book's default), an SVG
 * drawing's width and height. Figures are never printed larger than this unless the author asks for a size.
 *
 * @param widthPt    the width in points (1/72 inch), positive
 * @param heightPt   the height in points, positive
 * @param pixelsWide the raster's width in pixels; 0 for a vector drawing, which has no resolution to check
 * @param pixelsHigh the raster's height in pixels; 0 for a vector drawing
 */
public record NaturalSize(double widthPt, double heightPt, int pixelsWide, int pixelsHigh) {
    /**
     * An image's own size.
     *
     * @param widthPt    the width in points, positive
     * @param heightPt   the height in points, positive
     * @param pixelsWide the raster's width in pixels, or 0 for a vector drawing
     * @param pixelsHigh the raster's height in pixels, or 0 for a vector drawing
     * @throws IllegalArgumentException if a size in points is not positive or a pixel count is negative
     */
    public NaturalSize {
        if (!(widthPt > 0) || !(heightPt > 0) || pixelsWide < 0 || pixelsHigh < 0) {
            throw new IllegalArgumentException("an image's size must be positive: " + widthPt + " x " + heightPt);
        }
    }

    /**
     * Whether the image is a drawing, which prints sharp at any size.
     *
     * @return true when the image has no pixels to count ({@code pixelsWide} is 0)
     */
    public boolean isVector() {
        return pixelsWide == 0;
    }
}
