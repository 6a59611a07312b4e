package dev.octavo.manuscript;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** flexmark's node for a line block (verse): its children are {@link LineBlockLine}s. */
final class LineBlock extends Block {
    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
