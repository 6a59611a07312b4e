package dev.octavo.manuscript;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** Line blocks ({@code | } lines, for verse) as a flexmark extension; see {@link LineBlockParser}. */
final class LineBlockExtension implements Parser.ParserExtension {
    private LineBlockExtension() {
    }

    static LineBlockExtension create() {
        return new LineBlockExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new LineBlockParser.Factory());
    }
}
