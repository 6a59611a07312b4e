package dev.octavo.manuscript;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughSubscriptExtension;
import com.vladsch.flexmark.ext.superscript.SuperscriptExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;

/**
 * The one flexmark configuration of Octavo. Typographic replacements are configured as Unicode characters,
 * not as the extension's default named entities ({@code &ldquo;}), which are not XML and would have to be
 * parsed again downstream.
 */
final class FlexmarkParsers {
    private FlexmarkParsers() {
    }

    static Parser create() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                FootnoteExtension.create(),
                DefinitionExtension.create(),
                TablesExtension.create(),
                TypographicExtension.create(),
                AttributesExtension.create(),
                // ~~strike~~ and H~2~O, as pandoc writes them; mc^2^.
                StrikethroughSubscriptExtension.create(),
                SuperscriptExtension.create(),
                LineBlockExtension.create()));
        // Braces after text stay in the text: only those after a heading or an image are read (NodeAttributes).
        options.set(AttributesExtension.ASSIGN_TEXT_ATTRIBUTES, false);
        options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "\u201C");
        options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "\u201D");
        options.set(TypographicExtension.DOUBLE_QUOTE_UNMATCHED, "\"");
        options.set(TypographicExtension.SINGLE_QUOTE_OPEN, "\u2018");
        options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, "\u2019");
        options.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "\u2019");
        options.set(TypographicExtension.ANGLE_QUOTE_OPEN, "\u00AB");
        options.set(TypographicExtension.ANGLE_QUOTE_CLOSE, "\u00BB");
        options.set(TypographicExtension.ANGLE_QUOTE_UNMATCHED, "");
        options.set(TypographicExtension.ELLIPSIS, "\u2026");
        options.set(TypographicExtension.ELLIPSIS_SPACED, "\u2026");
        options.set(TypographicExtension.EN_DASH, "\u2013");
        options.set(TypographicExtension.EM_DASH, "\u2014");
        // Tables: header rows and column alignment come from the AST; no align= attributes are ever written.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        return Parser.builder(options).build();
    }
}
