package dev.octavo.manuscript;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads pandoc's line blocks, the Markdown for verse: each line begins with a bar and a space ({@code | }), a bar
 * alone is an empty line, and a line that begins with a space continues the line before it. The spaces after the
 * bar's own space are the line's indent, kept as they are written. The text of each line is Markdown.
 *
 * <p>A line block does not interrupt a paragraph, as pandoc's does not. Table rows begin with a bar too: lines
 * followed by a table's delimiter row ({@code |---|---|}) are left to the tables extension, which reads tables out
 * of paragraphs once the blocks are known; pandoc also reads such lines as a table.
 */
final class LineBlockParser extends AbstractBlockParser {
    /** Columns a tab stands for in a line's indent. */
    private static final int TAB = 4;

    private final LineBlock block = new LineBlock();
    private final BlockContent all = new BlockContent();
    private final List<PendingLine> lines = new ArrayList<>();

    /** A line as it is read: where its bar is, its indent, and its text with its continuation lines. */
    private record PendingLine(BasedSequence bar, int indent, BlockContent text) {
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (state.isBlank()) {
            return BlockContinue.none();
        }
        if (startsLine(state) || state.getIndent() > 0) {
            return BlockContinue.atIndex(state.getIndex());
        }
        return BlockContinue.none();
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        all.add(line, state.getIndent());
        int first = leadingBlanks(line, 0);
        if (isBar(line, first)) {
            startLine(line, first);
        } else if (!lines.isEmpty()) {
            lines.get(lines.size() - 1).text().add(line.subSequence(first), 0);
        }
    }

    private void startLine(BasedSequence line, int bar) {
        int after = bar + 1;
        if (after < line.length() && (line.charAt(after) == ' ' || line.charAt(after) == '\t')) {
            after++;
        }
        int indent = 0;
        int text = after;
        while (text < line.length() && (line.charAt(text) == ' ' || line.charAt(text) == '\t')) {
            indent += line.charAt(text) == '\t' ? TAB : 1;
            text++;
        }
        BlockContent content = new BlockContent();
        BasedSequence rest = line.subSequence(text);
        if (!rest.isBlank()) {
            content.add(rest, 0);
        } else {
            // A line of spaces only is an empty line: an indent with nothing after it shows nothing.
            indent = 0;
        }
        lines.add(new PendingLine(line.subSequence(bar, bar + 1), indent, content));
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setContent(all);
        for (PendingLine pending : lines) {
            LineBlockLine line = new LineBlockLine(pending.indent());
            if (pending.text().getLineCount() > 0) {
                line.setContent(pending.text());
            } else {
                line.setChars(pending.bar());
            }
            block.appendChild(line);
        }
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof LineBlockLine line && !line.getContentLines().isEmpty()) {
                inlineParser.parse(line.getContentChars().trimEnd(), line);
            }
        }
    }

    private static boolean startsLine(ParserState state) {
        return state.getIndent() < 4 && isBar(state.getLine(), state.getNextNonSpaceIndex());
    }

    /** A bar followed by a space, a tab or the end of the line. */
    private static boolean isBar(BasedSequence line, int at) {
        if (at >= line.length() || line.charAt(at) != '|') {
            return false;
        }
        return at + 1 == line.length() || " \t\r\n".indexOf(line.charAt(at + 1)) >= 0;
    }

    private static int leadingBlanks(CharSequence line, int from) {
        int i = from;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /**
     * Whether the line after this one is a table's delimiter row, read past the same number of characters of
     * container prefixes ({@code > }, a list item's indent) as this one.
     */
    private static boolean nextLineIsTableDelimiter(ParserState state) {
        BasedSequence base = state.getLineWithEOL().getBaseSequence();
        int start = state.getLineWithEOL().getEndOffset();
        int end = start;
        while (end < base.length() && base.charAt(end) != '\n') {
            end++;
        }
        int from = Math.min(start + state.getIndex(), end);
        CharSequence next = base.subSequence(from, end);
        boolean dash = false;
        boolean bar = false;
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            dash |= c == '-';
            bar |= c == '|';
            if ("|-: \t\r".indexOf(c) < 0) {
                return false;
            }
        }
        return dash && bar;
    }

    /** Registers the parser with flexmark (see {@link LineBlockExtension}). */
    static final class Factory implements CustomBlockParserFactory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new StartFactory(options);
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    private static final class StartFactory extends AbstractBlockParserFactory {
        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (!startsLine(state) || matched.getBlockParser().isParagraphParser() || nextLineIsTableDelimiter(state)) {
                return BlockStart.none();
            }
            return BlockStart.of(new LineBlockParser()).atIndex(state.getIndex());
        }
    }
}
