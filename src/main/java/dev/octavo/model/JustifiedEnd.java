package dev.octavo.model;

/**
 * The end of the part of a paragraph the printed book sets before a figure it moved there
 * ({@link FigurePlacement}): the line before it is set as a full line, justified as it was in the whole paragraph,
 * not as the paragraph's last. It has no text of its own; the print stylesheet makes it an empty, full-width box.
 */
public record JustifiedEnd() implements Inline {
    @Override
    public String kind() {
        return "justifiedend";
    }
}
