package dev.octavo.model;

import java.util.List;

/**
 * The rest of a paragraph after a figure the printed book moved into it, where a page begins
 * ({@link FigurePlacement}): it goes on without an indent, and its characters count on from the paragraph's own.
 *
 * @param paragraphId the paragraph it continues
 * @param charsBefore the paragraph's non-space characters before it
 * @param content     the paragraph's inlines from there on; ends with a {@link JustifiedEnd} when another figure
 *                    comes after this part too
 */
public record Continuation(String paragraphId, int charsBefore, List<Inline> content) implements Block {
    /**
     * A continuation over an unmodifiable copy of its content.
     *
     * @param paragraphId the paragraph it continues
     * @param charsBefore the paragraph's non-space characters before it
     * @param content     the paragraph's inlines from there on
     */
    public Continuation {
        content = List.copyOf(content);
    }

    @Override
    public String kind() {
        return "continuation";
    }
}
