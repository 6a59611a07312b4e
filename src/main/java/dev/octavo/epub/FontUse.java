package dev.octavo.epub;

import com.openhtmltopdf.css.constants.CSSName;
import com.openhtmltopdf.css.extend.lib.DOMTreeResolver;
import com.openhtmltopdf.css.newmatch.CascadedStyle;
import com.openhtmltopdf.css.newmatch.Matcher;
import com.openhtmltopdf.css.parser.CSSParser;
import com.openhtmltopdf.css.parser.PropertyValue;
import com.openhtmltopdf.css.sheet.Stylesheet;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import dev.octavo.fonts.FontFace;
import dev.octavo.fonts.FontSet;
import dev.octavo.internal.SafeXml;
import dev.octavo.xhtml.XhtmlDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Which characters each face of the book draws in the EPUB: the documents' text, walked with the stylesheet's
 * cascade (openhtmltopdf's CSS parser and selector matcher, over a reading system's defaults), each character given
 * to the face CSS font matching chooses for its element's family, weight and style.
 *
 * <p>It errs on the side of more: a character goes to the first of the element's families whose chosen face has
 * it, as a reading system falls back family by family; generated content ({@code ::before}, {@code ::after}) and
 * list markers count; text that CSS may change the case of ({@code text-transform}, small capitals) counts in both
 * cases; and every face in use also gets what a reading system may draw on its own (spaces, hyphens for
 * {@code hyphens: auto}, digits). A face the matching never chooses draws nothing, and is left out of the book.
 *
 * <p>The parts: {@link ComputedStyle} (the cascade's font properties, inherited), {@link FontMatching} (the face
 * a style chooses), {@link GeneratedText} (what CSS draws on its own), {@link DrawnCharacters} (the tally), and
 * the selector matcher's adapters {@link DomAttributes} and {@link NoStyleAttributes}.
 */
final class FontUse {
    private final List<Stylesheet> stylesheets;
    private final FontMatching matching;
    private final DrawnCharacters drawn = new DrawnCharacters();

    private FontUse(FontSet fonts, String epubCss) {
        matching = new FontMatching(fonts);
        CSSParser parser = new CSSParser((uri, message) -> {
        });
        try {
            stylesheets = List.of(
                    parser.parseStylesheet("reading-system.css", StylesheetInfo.USER_AGENT,
                            new StringReader(readingSystemCss())),
                    parser.parseStylesheet("epub.css", StylesheetInfo.AUTHOR, new StringReader(epubCss)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The characters each face draws in these documents, for the faces that draw any, in the font set's order.
     *
     * @param documents the EPUB's XHTML documents, as written into the book
     * @param epubCss   the book's EPUB stylesheet
     * @param fonts     the faces the stylesheet's families name
     */
    static Map<FontFace, BitSet> of(List<XhtmlDocument> documents, String epubCss, FontSet fonts) {
        List<String> css = List.of(readingSystemCss(), epubCss);
        return TextPlaces.suffice(css) ? byPlaces(documents, epubCss, fonts) : byElements(documents, epubCss, fonts);
    }

    /** The cascade once per place text stands in ({@link TextPlaces}). */
    static Map<FontFace, BitSet> byPlaces(List<XhtmlDocument> documents, String epubCss, FontSet fonts) {
        FontUse use = new FontUse(fonts, epubCss);
        List<TextPlaces.Place> places = TextPlaces.of(documents.stream().map(XhtmlDocument::xhtml).toList(),
                List.of(readingSystemCss(), epubCss));
        try {
            DocumentBuilder builder = SafeXml.builder(false);
            Matcher matcher = use.matcher();
            Map<TextPlaces.Place, ComputedStyle> styles = new IdentityHashMap<>();
            for (TextPlaces.Place place : places) {
                Element element = PlaceElement.of(builder.newDocument(), place);
                ComputedStyle parent = place.parent == null ? ComputedStyle.INITIAL : styles.get(place.parent);
                ComputedStyle styled = parent.child(matcher.getCascadedStyle(element, false));
                styles.put(place, styled);
                use.pseudo(matcher, element, styled, "before");
                if (styled.listItem()) {
                    use.marker(styled);
                }
                use.text(place.text().stream(), styled);
                use.pseudo(matcher, element, styled, "after");
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return use.drawn.inOrder(fonts);
    }

    /** The cascade on every element of the documents, parsed whole: for selectors {@link TextPlaces} cannot answer. */
    static Map<FontFace, BitSet> byElements(List<XhtmlDocument> documents, String epubCss, FontSet fonts) {
        FontUse use = new FontUse(fonts, epubCss);
        try {
            DocumentBuilder builder = SafeXml.builder(true);
            for (XhtmlDocument document : documents) {
                Document dom = builder.parse(new InputSource(new StringReader(document.xhtml())));
                use.walk(dom);
            }
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read back an EPUB document Octavo wrote: " + e.getMessage(), e);
        }
        return use.drawn.inOrder(fonts);
    }

    private Matcher matcher() {
        return new Matcher(new DOMTreeResolver(), new DomAttributes(), new NoStyleAttributes(), stylesheets, "screen");
    }

    private void walk(Document dom) {
        // A matcher per document: it keeps what it matched for each element as long as it lives.
        Matcher matcher = matcher();
        Element root = dom.getDocumentElement();
        ComputedStyle styled = ComputedStyle.INITIAL.child(matcher.getCascadedStyle(root, false));
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element body && "body".equals(body.getLocalName())) {
                element(matcher, body, styled);
            }
        }
    }

    private void element(Matcher matcher, Element element, ComputedStyle parent) {
        ComputedStyle styled = parent.child(matcher.getCascadedStyle(element, false));
        pseudo(matcher, element, styled, "before");
        if (styled.listItem()) {
            marker(styled);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element inner) {
                element(matcher, inner, styled);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text(child.getNodeValue().codePoints(), styled);
            }
        }
        pseudo(matcher, element, styled, "after");
    }

    private void pseudo(Matcher matcher, Element element, ComputedStyle parent, String which) {
        CascadedStyle cascaded = matcher.getPECascadedStyle(element, which);
        if (cascaded == null || !cascaded.hasProperty(CSSName.CONTENT)) {
            return;
        }
        PropertyValue content = (PropertyValue) cascaded.propertyByName(CSSName.CONTENT).getValue();
        text(GeneratedText.content(content, element).codePoints(), parent.child(cascaded));
    }

    /** The marker is drawn in the item's font. */
    private void marker(ComputedStyle styled) {
        text(GeneratedText.marker(styled.listStyle()).codePoints(), styled);
    }

    private void text(IntStream text, ComputedStyle styled) {
        List<FontFace> faces = matching.faces(styled);
        if (faces.isEmpty()) {
            return; // the reading system's own fonts draw it
        }
        drawn.add(text, faces, styled.caseChanges());
    }

    private static String readingSystemCss() {
        try (InputStream in = FontUse.class.getResourceAsStream("/dev/octavo/epub/reading-system.css")) {
            if (in == null) {
                throw new IllegalStateException("missing resource reading-system.css");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
