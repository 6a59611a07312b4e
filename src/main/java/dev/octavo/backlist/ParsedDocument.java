package dev.octavo.backlist;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.nio.charset.StandardCharsets;

/**
 * A spine document parsed with jsoup, positions kept for the report. Well-formed XHTML is read with jsoup's XML
 * parser, since the HTML parser takes {@code <a id="n1"/>} for an open link that swallows the text after it; a
 * document that is not well-formed is read as a browser reads HTML.
 *
 * @param entry    the zip entry
 * @param document the parsed document
 * @param tocTitle the document's title in the nav or NCX, or empty
 */
record ParsedDocument(String entry, Document document, String tocTitle) {

    static ParsedDocument parse(SpineDocument source) {
        String text = new String(source.bytes(), StandardCharsets.UTF_8);
        Parser parser = wellFormed(source.bytes()) ? Parser.xmlParser() : Parser.htmlParser();
        Document document = parser.setTrackPosition(true).parseInput(text, "");
        document.outputSettings().syntax(Document.OutputSettings.Syntax.html).prettyPrint(false);
        return new ParsedDocument(source.entry(), document, source.tocTitle());
    }

    private static boolean wellFormed(byte[] bytes) {
        return WellFormed.check(bytes).isEmpty();
    }

    /** The body, whichever parser read it; the document itself when it has none. */
    Element body() {
        Element body = document.selectFirst("body");
        return body != null ? body : document;
    }

    String title() {
        Element title = document.selectFirst("title");
        return title == null ? "" : title.text().strip();
    }
}
