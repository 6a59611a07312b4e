package dev.octavo.backlist;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * XHTML to Markdown through flexmark's html2md converter, set to keep the text as it is (no ASCII quotes or
 * dashes, ATX headings, no ids). What the converter cannot write as Octavo reads it (figures with captions, note
 * calls, verse, heading ids) is put in the document as a marker first and its Markdown put back after
 * ({@link #marker(String)}); the converter never sees it, so it neither escapes nor reinterprets it (it takes an
 * image named {@code a.png} for the emoji {@code :a:}).
 */
final class MarkdownText {
    private static final char START = '\uE000';
    private static final char END = '\uE001';
    private static final Pattern EMPHASIS_SPACE = Pattern.compile("(?<=[^\\s*_])(\\*{1,3}|_{1,3}) (?=[)\\]}.,;:!?”’»…])");
    private static final Pattern MARKER = Pattern.compile(START + "(\\d+)" + END);

    private final FlexmarkHtmlConverter converter;
    private final List<String> markdown = new ArrayList<>();

    MarkdownText() {
        MutableDataSet options = new MutableDataSet();
        options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
        options.set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false);
        options.set(FlexmarkHtmlConverter.NBSP_TEXT, "\u00A0");
        options.set(FlexmarkHtmlConverter.RENDER_COMMENTS, false);
        options.set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false);
        options.set(FlexmarkHtmlConverter.THEMATIC_BREAK, "* * *");
        // A <br> is a line break inside its paragraph (verse, addresses), not the end of the paragraph.
        options.set(FlexmarkHtmlConverter.BR_AS_PARA_BREAKS, false);
        options.set(FlexmarkHtmlConverter.BR_AS_EXTRA_BLANK_LINES, false);
        converter = FlexmarkHtmlConverter.builder(options).build();
    }

    /** A marker to put in the document's text where {@code text} (Markdown, as it is) goes. */
    String marker(String text) {
        markdown.add(text);
        return START + String.valueOf(markdown.size() - 1) + END;
    }

    /** An element's content as Markdown, markers replaced by their Markdown. */
    String blocks(Element element) {
        return restore(closeEmphasis(converter.convert(html(element)))).strip();
    }

    /**
     * The converter puts a space between closing emphasis and the punctuation after it ({@code (*narodnik* )}),
     * which the book would print; CommonMark closes {@code *narodnik*)} as well. Code blocks are left as written.
     */
    static String closeEmphasis(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean code = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.stripLeading().startsWith("```")) {
                code = !code;
            }
            out.append(code ? line : EMPHASIS_SPACE.matcher(line).replaceAll("$1")).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** An element's content as Markdown on one line: a heading, a caption, a term's definition. */
    String inline(Element element) {
        return blocks(element).replaceAll("\\s*\\n\\s*", " ").strip();
    }

    /**
     * The element's content as HTML, never pretty-printed: jsoup's pretty printer (on for an element outside a
     * document) adds line breaks and indents that the converter would keep.
     */
    /** Text as Markdown's literal text: its brackets, emphasis marks and backslashes escaped. */
    static String escape(String text) {
        return text.replaceAll("([\\\\\\[\\]*_`])", "\\\\$1");
    }

    private static String html(Element element) {
        Document shell = Document.createShell("");
        shell.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.html);
        Element copy = element.clone();
        shell.body().appendChild(copy);
        return copy.html();
    }

    private String restore(String converted) {
        Matcher m = MARKER.matcher(converted);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(markdown.get(Integer.parseInt(m.group(1)))));
        }
        return m.appendTail(out).toString();
    }
}
