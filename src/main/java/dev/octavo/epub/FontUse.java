package dev.octavo.epub;

import com.openhtmltopdf.css.constants.CSSName;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.extend.AttributeResolver;
import com.openhtmltopdf.css.extend.StylesheetFactory;
import com.openhtmltopdf.css.extend.lib.DOMTreeResolver;
import com.openhtmltopdf.css.newmatch.CascadedStyle;
import com.openhtmltopdf.css.newmatch.Matcher;
import com.openhtmltopdf.css.parser.CSSParser;
import com.openhtmltopdf.css.parser.CSSPrimitiveValue;
import com.openhtmltopdf.css.parser.PropertyValue;
import com.openhtmltopdf.css.sheet.PropertyDeclaration;
import com.openhtmltopdf.css.sheet.Ruleset;
import com.openhtmltopdf.css.sheet.Stylesheet;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import dev.octavo.fonts.FontFace;
import dev.octavo.fonts.FontSet;
import dev.octavo.internal.SafeXml;
import dev.octavo.xhtml.XhtmlDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 */
final class FontUse {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    private static final String OPS = "http://www.idpf.org/2007/ops";
    /** What a reading system may draw in any face in use: spaces, the hyphens of automatic hyphenation, digits. */
    static final String ALWAYS = " \u00A0\u00AD-\u2010\u2011\u20130123456789";
    private static final String QUOTES = "\"'“”‘’«»‹›„‚";

    private final Map<String, List<FontFace>> families = new LinkedHashMap<>();
    private final List<Stylesheet> stylesheets;
    private final Map<FontFace, BitSet> used = new IdentityHashMap<>();

    private FontUse(FontSet fonts, String epubCss) {
        for (FontFace face : fonts.faces()) {
            families.computeIfAbsent(face.family().toLowerCase(Locale.ROOT), f -> new ArrayList<>()).add(face);
        }
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
            Map<TextPlaces.Place, Styled> styles = new IdentityHashMap<>();
            for (TextPlaces.Place place : places) {
                Element element = chain(builder.newDocument(), place);
                Styled parent = place.parent == null ? Styled.INITIAL : styles.get(place.parent);
                Styled styled = parent.child(matcher.getCascadedStyle(element, false));
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
        return use.inOrder(fonts);
    }

    /**
     * The place's element in a document of its own, under its ancestors, each after its previous sibling: all the
     * selectors can look at.
     */
    private static Element chain(Document document, TextPlaces.Place place) {
        List<TextPlaces.Place> path = new ArrayList<>();
        for (TextPlaces.Place p = place; p != null; p = p.parent) {
            path.add(0, p);
        }
        Node parent = document;
        for (TextPlaces.Place p : path) {
            if (p.previous != null) {
                parent.appendChild(element(document, p.previous));
            }
            Element element = element(document, p.element);
            parent.appendChild(element);
            parent = element;
        }
        return (Element) parent;
    }

    private static Element element(Document document, TextPlaces.Element described) {
        Element element = document.createElementNS(described.namespace(), described.name());
        described.attributes().forEach((name, value) -> {
            if (name.equals("xmlns") || name.startsWith("xmlns:")) {
                return;
            }
            if (name.equals("xml:lang")) {
                element.setAttributeNS(XML, name, value);
            } else if (name.startsWith("epub:")) {
                element.setAttributeNS(OPS, name, value);
            } else {
                element.setAttribute(name, value);
            }
        });
        return element;
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
        return use.inOrder(fonts);
    }

    private Matcher matcher() {
        return new Matcher(new DOMTreeResolver(), new Attributes(), new NoStyleAttributes(), stylesheets, "screen");
    }

    private Map<FontFace, BitSet> inOrder(FontSet fonts) {
        Map<FontFace, BitSet> inOrder = new LinkedHashMap<>();
        for (FontFace face : fonts.faces()) {
            BitSet characters = used.get(face);
            if (characters != null) {
                ALWAYS.codePoints().forEach(characters::set);
                inOrder.put(face, characters);
            }
        }
        return inOrder;
    }

    private void walk(Document dom) {
        // A matcher per document: it keeps what it matched for each element as long as it lives.
        Matcher matcher = matcher();
        Element root = dom.getDocumentElement();
        Styled styled = Styled.INITIAL.child(matcher.getCascadedStyle(root, false));
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element body && "body".equals(body.getLocalName())) {
                element(matcher, body, styled);
            }
        }
    }

    /**
     * The font properties of an element as CSS computes them, inherited from its parent's. Computed here from
     * openhtmltopdf's cascade rather than by its {@code CalculatedStyle}, which needs a renderer's context.
     *
     * @param families     {@code font-family}, as written
     * @param weight       {@code font-weight} as a number ({@code bolder} and {@code lighter} resolved)
     * @param italic       {@code font-style} italic or oblique
     * @param caseChanges  {@code text-transform} other than none, or {@code font-variant: small-caps}
     * @param listItem     {@code display: list-item}
     * @param listStyle    {@code list-style-type}
     */
    private record Styled(List<String> families, int weight, boolean italic, boolean caseChanges, boolean listItem,
                          IdentValue listStyle) {
        static final Styled INITIAL = new Styled(List.of(), 400, false, false, false, IdentValue.DISC);

        Styled child(CascadedStyle cascaded) {
            if (cascaded == null) {
                return new Styled(families, weight, italic, caseChanges, false, listStyle);
            }
            List<String> childFamilies = families;
            PropertyDeclaration family = declared(cascaded, CSSName.FONT_FAMILY);
            if (family != null) {
                PropertyValue value = (PropertyValue) family.getValue();
                String[] names = value.getStringArrayValue();
                childFamilies = names != null ? List.of(names) : List.of(value.getCssText().split(","));
            }
            IdentValue style = ident(cascaded, CSSName.FONT_STYLE);
            boolean childItalic = style == null ? italic : style == IdentValue.ITALIC || style == IdentValue.OBLIQUE;
            IdentValue transform = ident(cascaded, CSSName.TEXT_TRANSFORM);
            IdentValue variant = ident(cascaded, CSSName.FONT_VARIANT);
            boolean transformed = transform == null ? caseChanges && variant == null : transform != IdentValue.NONE;
            boolean smallCaps = variant == IdentValue.SMALL_CAPS;
            IdentValue display = ident(cascaded, CSSName.DISPLAY);
            IdentValue list = ident(cascaded, CSSName.LIST_STYLE_TYPE);
            return new Styled(childFamilies, weight(cascaded, weight), childItalic,
                    transformed || smallCaps || (transform == null && variant == null && caseChanges),
                    display == IdentValue.LIST_ITEM, list == null ? listStyle : list);
        }

        /** A declaration of the property, unless it says {@code inherit} (the parent's value then stands). */
        private static PropertyDeclaration declared(CascadedStyle cascaded, CSSName name) {
            if (!cascaded.hasProperty(name)) {
                return null;
            }
            PropertyDeclaration declaration = cascaded.propertyByName(name);
            return declaration.getValue() instanceof PropertyValue value && value.getIdentValue() == IdentValue.INHERIT
                    ? null : declaration;
        }

        private static IdentValue ident(CascadedStyle cascaded, CSSName name) {
            PropertyDeclaration declaration = declared(cascaded, name);
            return declaration == null ? null : declaration.asIdentValue();
        }

        /** The numeric weight: {@code bolder} and {@code lighter} against the parent's, as CSS Fonts 4 tabulates them. */
        private static int weight(CascadedStyle cascaded, int parent) {
            PropertyDeclaration declaration = declared(cascaded, CSSName.FONT_WEIGHT);
            if (declaration == null) {
                return parent;
            }
            IdentValue weight = declaration.asIdentValue();
            if (weight == IdentValue.BOLDER) {
                return parent < 350 ? 400 : parent < 550 ? 700 : 900;
            } else if (weight == IdentValue.LIGHTER) {
                return parent < 550 ? 100 : parent < 750 ? 400 : 700;
            } else if (weight == IdentValue.BOLD) {
                return 700;
            } else if (weight == IdentValue.NORMAL) {
                return 400;
            }
            String text = weight != null ? weight.toString() : declaration.getValue().getCssText();
            return text.strip().matches("\\d{3}") ? Integer.parseInt(text.strip()) : parent;
        }
    }

    private void element(Matcher matcher, Element element, Styled parent) {
        Styled styled = parent.child(matcher.getCascadedStyle(element, false));
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

    private void pseudo(Matcher matcher, Element element, Styled parent, String which) {
        CascadedStyle cascaded = matcher.getPECascadedStyle(element, which);
        if (cascaded == null || !cascaded.hasProperty(CSSName.CONTENT)) {
            return;
        }
        PropertyDeclaration content = cascaded.propertyByName(CSSName.CONTENT);
        StringBuilder text = new StringBuilder();
        generated((PropertyValue) content.getValue(), element, text);
        text(text.codePoints(), parent.child(cascaded));
    }

    /** The characters generated content may draw: its strings, the attributes it names, counters' digits, quotes. */
    private static void generated(PropertyValue value, Element element, StringBuilder text) {
        if (value.getValues() != null && !value.getValues().isEmpty()) {
            value.getValues().forEach(inner -> generated(inner, element, text));
        } else if (value.getFunction() != null) {
            if ("attr".equalsIgnoreCase(value.getFunction().getName())) {
                value.getFunction().getParameters().forEach(p -> text.append(element.getAttribute(p.getCssText().strip())));
            } else {
                text.append("0123456789.-ivxlcdmIVXLCDM•◦▪");
            }
        } else if (value.getPrimitiveType() == CSSPrimitiveValue.CSS_STRING) {
            text.append(value.getStringValue());
        } else if (value.getPrimitiveType() == CSSPrimitiveValue.CSS_IDENT) {
            text.append(QUOTES);
        } else {
            text.append(value.getCssText());
        }
    }

    /** What a list item's marker may draw, in the item's font. */
    private void marker(Styled styled) {
        IdentValue type = styled.listStyle();
        String marker;
        if (type == IdentValue.NONE) {
            return;
        } else if (type == IdentValue.DISC || type == IdentValue.CIRCLE || type == IdentValue.SQUARE) {
            marker = "•◦▪";
        } else if (type == IdentValue.LOWER_ALPHA || type == IdentValue.LOWER_LATIN) {
            marker = "abcdefghijklmnopqrstuvwxyz.";
        } else if (type == IdentValue.UPPER_ALPHA || type == IdentValue.UPPER_LATIN) {
            marker = "ABCDEFGHIJKLMNOPQRSTUVWXYZ.";
        } else if (type == IdentValue.LOWER_ROMAN || type == IdentValue.UPPER_ROMAN) {
            marker = "ivxlcdmIVXLCDM.";
        } else {
            marker = "0123456789.-";
        }
        text(marker.codePoints(), styled);
    }

    private void text(java.util.stream.IntStream text, Styled styled) {
        List<FontFace> faces = new ArrayList<>();
        for (String family : styled.families()) {
            String name = family.strip();
            if (name.length() >= 2 && (name.charAt(0) == '"' || name.charAt(0) == '\'')) {
                name = name.substring(1, name.length() - 1);
            }
            List<FontFace> candidates = families.get(name.toLowerCase(Locale.ROOT));
            if (candidates != null) {
                faces.add(match(candidates, styled.weight(), styled.italic()));
            }
        }
        if (faces.isEmpty()) {
            return; // the reading system's own fonts draw it
        }
        boolean caseChanges = styled.caseChanges();
        // White space between blocks is never drawn; spaces come with every face in use (ALWAYS).
        text.filter(codePoint -> !Character.isWhitespace(codePoint)).forEach(codePoint -> {
            if (caseChanges) {
                String one = Character.toString(codePoint);
                add(faces, one.toUpperCase(Locale.ROOT));
                add(faces, one.toLowerCase(Locale.ROOT));
                add(faces, Character.toString(Character.toTitleCase(codePoint)));
            } else {
                add(faces, codePoint);
            }
        });
    }

    private void add(List<FontFace> faces, String characters) {
        characters.codePoints().forEach(codePoint -> add(faces, codePoint));
    }

    /** The character goes to the first face that has it, as reading systems fall back from family to family. */
    private void add(List<FontFace> faces, int codePoint) {
        for (FontFace face : faces) {
            if (face.covers(codePoint)) {
                used.computeIfAbsent(face, f -> new BitSet()).set(codePoint);
                return;
            }
        }
        // No face of the book has it (a control character, or one the reading system finds elsewhere), but the
        // first face is still the one that sets the text.
        used.computeIfAbsent(faces.get(0), f -> new BitSet());
    }

    /**
     * CSS font matching (CSS Fonts 4, 5.2) among one family's faces: the style first (italic, else normal; normal,
     * else italic), then the weight: for 400 to 500 the weights from it up to 500, then lighter ones downwards, then
     * heavier ones; below 400 lighter ones downwards, then heavier; above 500 heavier ones upwards, then lighter.
     */
    static FontFace match(List<FontFace> faces, int weight, boolean italic) {
        List<FontFace> styled = faces.stream().filter(face -> face.italic() == italic).toList();
        List<FontFace> candidates = styled.isEmpty() ? faces : styled;
        Comparator<FontFace> byPreference = Comparator.comparingInt(face -> rank(face.weight(), weight));
        return candidates.stream().min(byPreference.thenComparing(FontFace::fileName)).orElseThrow();
    }

    /** The lower, the more preferred, following the order of {@link #match}. */
    private static int rank(int available, int wanted) {
        if (wanted >= 400 && wanted <= 500) {
            if (available >= wanted && available <= 500) {
                return available - wanted;
            }
            return available < wanted ? 1000 + (wanted - available) : 2000 + available;
        }
        if (wanted > 500) {
            return available >= wanted ? available - wanted : 1000 + (wanted - available);
        }
        return available <= wanted ? wanted - available : 1000 + available;
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

    /** Attributes as selectors see them; {@code lang} from the element or its nearest ancestor that has one. */
    private static final class Attributes implements AttributeResolver {
        @Override
        public String getAttributeValue(Object element, String name) {
            Element e = (Element) element;
            return e.hasAttribute(name) ? e.getAttribute(name) : null;
        }

        @Override
        public String getAttributeValue(Object element, String namespace, String name) {
            Element e = (Element) element;
            if (namespace == null || namespace.isEmpty()) {
                NamedNodeMap attributes = e.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Node attribute = attributes.item(i);
                    String local = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getNodeName();
                    if (local.equals(name)) {
                        return attribute.getNodeValue();
                    }
                }
                return null;
            }
            return e.hasAttributeNS(namespace, name) ? e.getAttributeNS(namespace, name) : null;
        }

        @Override
        public String getClass(Object element) {
            return getAttributeValue(element, "class");
        }

        @Override
        public String getID(Object element) {
            return getAttributeValue(element, "id");
        }

        @Override
        public String getNonCssStyling(Object element) {
            return null;
        }

        /** Octavo's documents carry no style attribute that touches fonts (images' sizes only). */
        @Override
        public String getElementStyling(Object element) {
            return null;
        }

        @Override
        public String getLang(Object element) {
            for (Node n = (Node) element; n instanceof Element e; n = n.getParentNode()) {
                if (e.hasAttributeNS(XML, "lang")) {
                    return e.getAttributeNS(XML, "lang");
                }
                if (e.hasAttribute("lang")) {
                    return e.getAttribute("lang");
                }
            }
            return null;
        }

        @Override
        public boolean isLink(Object element) {
            Element e = (Element) element;
            return "a".equals(e.getLocalName()) && XHTML.equals(e.getNamespaceURI()) && e.hasAttribute("href");
        }

        @Override
        public boolean isVisited(Object element) {
            return false;
        }

        @Override
        public boolean isHover(Object element) {
            return false;
        }

        @Override
        public boolean isActive(Object element) {
            return false;
        }

        @Override
        public boolean isFocus(Object element) {
            return false;
        }

        @Override
        public boolean isMarker(Object element) {
            return false;
        }
    }

    /** The matcher asks for style attributes' rules through this; the attributes above give it none. */
    private static final class NoStyleAttributes implements StylesheetFactory {
        @Override
        public Stylesheet parse(Reader reader, StylesheetInfo info) {
            return null;
        }

        @Override
        public Ruleset parseStyleDeclaration(int origin, String css) {
            return null;
        }

        @Override
        public Stylesheet getStylesheet(StylesheetInfo info) {
            return null;
        }
    }
}
