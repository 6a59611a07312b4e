package dev.octavo.model;

/**
 * Where the printed book sets a figure that did not fit in the rest of its page: further on in its chapter, at
 * the top of the next page, so that the text after it fills the page first, as LaTeX and InDesign float a figure.
 * The EPUB keeps every figure where the author wrote it.
 *
 * @param figureId    the {@link Figure#id()} of the figure moved
 * @param blockId     the paragraph or other block the figure now follows, or stands inside
 * @param charsBefore inside a paragraph: after this many of its non-space characters (as {@link PageStart} counts
 *                    them); -1 after the whole block
 */
public record FigurePlacement(String figureId, String blockId, int charsBefore) {
    /**
     * Whether the figure follows the whole block rather than cutting a paragraph in two.
     *
     * @return true when {@code charsBefore} is negative
     */
    public boolean afterBlock() {
        return charsBefore < 0;
    }
}
