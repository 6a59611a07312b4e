package dev.octavo.manuscript;

/**
 * How many inline containers are open around the node one file's converters are at: Markdown emphasis and links
 * and the HTML elements between them count alike, since the templates nest them alike.
 */
final class InlineNesting {
    private int depth;

    /** Opens one more; false when that is more than {@link NestingLimits#INLINES} (it must still be left). */
    boolean enter() {
        return ++depth <= NestingLimits.INLINES;
    }

    void leave() {
        depth--;
    }

    int depth() {
        return depth;
    }
}
