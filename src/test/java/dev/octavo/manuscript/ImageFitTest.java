package dev.octavo.manuscript;

import dev.octavo.model.NaturalSize;
import dev.octavo.model.PageLayout;
import dev.octavo.model.PrintSize;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How large an image prints on an A5 page (a 115 mm measure, 173 mm of type height). */
class ImageFitTest {
    private final ImageFit fit = new ImageFit(PageLayout.A5);
    private final double measure = PageLayout.A5.typeWidthMm();

    /** Pixels at 96 per inch, as an image that declares no resolution is read. */
    private static NaturalSize pixels(int width, int height) {
        return new NaturalSize(width * 0.75, height * 0.75, width, height);
    }

    @Test
    void aSmallImagePrintsAtItsNaturalSizeAndIsNeverEnlarged() {
        PrintSize size = fit.fit(pixels(300, 200), null, 10);
        assertEquals(300 * 0.75 * 25.4 / 72, size.widthMm(), 0.01);
        assertEquals(200 * 0.75 * 25.4 / 72, size.heightMm(), 0.01);
        assertEquals("", size.epubWidth());
    }

    @Test
    void aWideImageShrinksToTheMeasureKeepingItsProportions() {
        PrintSize size = fit.fit(pixels(500, 400), null, 10);
        assertEquals(measure, size.widthMm(), 0.01);
        assertEquals(measure * 400 / 500, size.heightMm(), 0.02);
    }

    @Test
    void aTallImageShrinksToTheTypeHeightLessItsCaption() {
        PrintSize alone = fit.fit(pixels(450, 1800), null, 0);
        PrintSize captioned = fit.fit(pixels(450, 1800), null, 300);
        assertTrue(alone.heightMm() <= PageLayout.A5.typeHeightMm(), alone.toString());
        assertTrue(captioned.heightMm() < alone.heightMm() - 10, captioned + " vs " + alone);
        assertEquals(450.0 / 1800, captioned.widthMm() / captioned.heightMm(), 0.001);
    }

    @Test
    void anAskedWidthIsHonouredAsAShareOfTheMeasureOrALengthAndMayEnlarge() {
        assertEquals(0.6 * measure, fit.fit(pixels(2000, 1000), ImageFit.width("60%"), 0).widthMm(), 0.01);
        assertEquals(50, fit.fit(pixels(100, 100), ImageFit.width("5cm"), 0).widthMm(), 0.01);
        assertEquals(measure, fit.fit(pixels(100, 100), ImageFit.width("150%"), 0).widthMm(), 0.01);
        assertEquals("60.0%", fit.fit(pixels(2000, 1000), ImageFit.width("60%"), 0).epubWidth());
        assertNull(ImageFit.width("wide"));
        assertNull(ImageFit.width("0%"));
    }

    @Test
    void theResolutionOnPaperIsThePixelsOverThePrintedInches() {
        PrintSize size = fit.fit(pixels(500, 400), null, 10);
        assertEquals(500 / (measure / 25.4), ImageFit.printedPpi(pixels(500, 400), size), 0.5);
        assertEquals(Double.POSITIVE_INFINITY, ImageFit.printedPpi(new NaturalSize(300, 200, 0, 0), size));
    }
}
