package dev.octavo.manuscript;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * One line of a line block, its continuation lines included; its children are the line's inlines. A Block,
 * though it holds inlines, as a paragraph is: flexmark lets only blocks be children of blocks.
 */
final class LineBlockLine extends Block {
    private final int indent;

    /** @param indent the spaces between the bar's one space and the line's text */
    LineBlockLine(int indent) {
        this.indent = indent;
    }

    int indent() {
        return indent;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
