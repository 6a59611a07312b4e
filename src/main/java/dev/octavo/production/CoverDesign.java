package dev.octavo.production;

import java.awt.Color;

/** The print cover's colours and proportions: the EPUB's typographic cover's ({@code epub.TypographicCover}). */
final class CoverDesign {
    static final Color GROUND = new Color(0x1F2B38);
    static final Color INK = new Color(0xF5EFE3);
    static final Color ACCENT = new Color(0xC9A45C);
    /** The typographic cover is designed 1600 units wide; its sizes scale with the trim's width. */
    static final float DESIGN_WIDTH = 1600;
    /** Text stays this far inside the trim on the back and the spine's ends: KDP's safe area and more. */
    static final double SAFE_MM = 12.7;

    private CoverDesign() {
    }
}
