package dev.octavo.production;

import static dev.octavo.production.PrintCover.mm;

/** The panels' edges, in points from the sheet's lower left corner. */
record CoverPanels(float bleed, float trimWidth, float trimHeight, float spine) {
    CoverPanels(PrintCover.Geometry g) {
        this(mm(g.bleedMm()), mm(g.trimWidthMm()), mm(g.trimHeightMm()), mm(g.spineMm()));
    }

    float backLeft() {
        return bleed;
    }

    float spineLeft() {
        return bleed + trimWidth;
    }

    float frontLeft() {
        return bleed + trimWidth + spine;
    }

    float bottom() {
        return bleed;
    }

    float top() {
        return bleed + trimHeight;
    }
}
