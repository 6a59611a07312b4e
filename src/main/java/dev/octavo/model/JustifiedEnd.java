package dev.octavo.model;

/**
 * The end of the part of a paragraph the printed book sets before a figure it moved there
 * ({@link FigurePlacement}): the line before it is set as a full line, justified as it was in the whole paragraph,
 * not as the paragraph's last.
 */
public record JustifiedEnd() implements Inline {
    @Override
    public String kind() {
        return "justifiedend";
    }
}
