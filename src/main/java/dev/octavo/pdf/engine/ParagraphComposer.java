package dev.octavo.pdf.engine;

import com.openhtmltopdf.bidi.SimpleBidiReorderer;
import com.openhtmltopdf.css.constants.CSSName;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.newmatch.CascadedStyle;
import com.openhtmltopdf.css.parser.FSFunction;
import com.openhtmltopdf.css.parser.PropertyValue;
import com.openhtmltopdf.css.sheet.PropertyDeclaration;
import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.css.style.derived.BorderPropertySet;
import com.openhtmltopdf.css.style.derived.RectPropertySet;
import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.layout.LayoutContext;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFontContext;
import com.openhtmltopdf.render.FSFont;
import dev.octavo.compose.Hyphenation;
import dev.octavo.compose.Items;
import dev.octavo.compose.LineBreaker;
import dev.octavo.compose.Lines;
import dev.octavo.compose.Settings;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import com.openhtmltopdf.css.parser.CSSPrimitiveValue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sets the book's justified paragraphs with Octavo's own line breaker ({@link LineBreaker}, total fit after Knuth
 * and Plass) instead of openhtmltopdf's first fit, before openhtmltopdf lays them out.
 *
 * <p>openhtmltopdf cannot be handed lines, only text, and it lays text out by itself; nor does it know
 * {@code word-spacing}, with which each line could have been given its own spaces. So the choice is made on the
 * document: each paragraph's text is measured with the very fonts and widths the layout will use (the computed style
 * of each piece of text, measured by {@link TabulatedWidths}), hyphenated by its language, broken as a whole, and
 * the breaks are written into the document: a line end at each, a hyphen before it where a word breaks. The
 * paragraph is set {@code white-space: pre-wrap}, so that openhtmltopdf breaks at those line ends and nowhere else
 * (its box is wider than the measure, so that no line needs to wrap before its spaces shrink; {@code pre}, which
 * never wraps, would do, but openhtmltopdf justifies no {@code pre} text). (A line break element at each break made as many
 * more inline boxes as lines, each drawn as a structure element and a background artifact of its own: a third more
 * drawing time in a long book.) After the layout, {@link ComposedLines} spaces each line to fill the measure,
 * through openhtmltopdf's own justification.
 *
 * <p>What is composed: the paragraphs of chapters and of the glossary (in quotes, lists and definitions too) whose
 * content is text and inline markup the book writes (emphasis, links, terms, notes, code, images). A paragraph in a
 * table, a figure or a note, or holding anything else, is left to openhtmltopdf. One composer per document, on one thread; it changes the document.
 */
final class ParagraphComposer {
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** The class of a composed paragraph; the document's engine stylesheet sets it {@code white-space: pre-wrap}. */
    static final String COMPOSED = "octavo-composed";
    /** The class of the hyphen the composer wrote before a break inside a word. */
    static final String HYPHEN = "octavo-hyphen";
    /**
     * What the composer adds to the document's styles, whatever the theme's print.css says. The text inside is laid
     * out as written ({@code pre-wrap}: the composer has written each space and line end), but for a note's body, which
     * is floated to the foot of the page and wraps there. openhtmltopdf moves an inline box that does not fit in the
     * rest of a line to the next line, and a line whose spaces are to shrink is wider than the measure before they
     * do: the paragraph's box reaches past the measure on the right, so that every composed line fits, and
     * {@link ComposedLines} sets each to the measure itself.
     */
    static final String STYLE = "p." + COMPOSED + ", p." + COMPOSED + " * { white-space: pre-wrap; }\n"
            + "p." + COMPOSED + " { margin-right: -15%; }\n"
            + "p." + COMPOSED + " .footnote, p." + COMPOSED + " .footnote * { white-space: normal; }\n";

    /** The inline elements a composed paragraph may hold. */
    private static final Set<String> INLINE = Set.of("em", "strong", "i", "b", "code", "a", "span", "sup", "sub",
            "small", "abbr", "cite", "q", "s", "u", "mark", "br", "img");
    /** Elements inside which no paragraph is composed: their widths are not the measure, or not known beforehand. */
    private static final Set<String> APART = Set.of("table", "td", "th", "figure", "figcaption", "pre", "dt", "nav",
            "header", "footer");
    /** A figure moved into a paragraph leaves this filler after the paragraph's first part (it is not needed here). */
    private static final String JUSTIFIED_END = "justified-end";

    private final SharedContext shared;
    private final LayoutContext context;
    private final TabulatedWidths widths;
    private final Hyphenation hyphenation;
    private final LineBreaker breaker;
    private final Locale bookLanguage;
    /** The farthest any composed line hangs into a margin, in layout units. */
    private float widestHang;
    /** The content width of a page, the same on every page of a book (its margins are mirrored); -1 until known. */
    private float pageWidth = -1;

    ParagraphComposer(SharedContext shared, TabulatedWidths widths, Hyphenation hyphenation, Settings settings,
                      Locale bookLanguage) {
        this.shared = shared;
        this.context = shared.newLayoutContextInstance();
        // What the renderer does when it lays out (PdfBoxRenderer.newLayoutContext): a text with a character the
        // width tables lack is measured by openhtmltopdf itself, which needs them.
        this.context.setFontContext(new PdfBoxFontContext());
        widths.setup(context.getFontContext(), new SimpleBidiReorderer());
        this.widths = widths;
        this.hyphenation = hyphenation;
        this.breaker = new LineBreaker(settings);
        this.bookLanguage = bookLanguage;
    }

    /**
     * Marks the paragraphs to compose (before any style of them is computed: the mark sets them {@code pre-wrap}, and styles
     * are computed once) and adds the engine's styles to the document. Call before the renderer is built.
     */
    static List<Element> mark(Document document) {
        List<Element> paragraphs = new ArrayList<>();
        collect(document.getDocumentElement(), false, paragraphs);
        for (Element p : paragraphs) {
            String classes = p.getAttribute("class");
            p.setAttribute("class", classes.isEmpty() ? COMPOSED : classes + " " + COMPOSED);
        }
        Element head = first(document.getDocumentElement(), "head");
        if (head != null) {
            Element style = document.createElementNS(XHTML, "style");
            style.setTextContent(STYLE);
            head.appendChild(style);
        }
        return paragraphs;
    }

    /** Paragraphs of chapters and the glossary, outside the blocks whose lines are not the measure's. */
    private static void collect(Element element, boolean inText, List<Element> out) {
        String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
        if (APART.contains(name) || FlowText.hasClass(element, "footnote") || FlowText.hasClass(element, "verse")) {
            return;
        }
        boolean text = inText || name.equals("section") && (FlowText.hasClass(element, "chapter")
                || FlowText.hasClass(element, "glossary"));
        if (name.equals("p")) {
            if (text && onlyInline(element)) {
                out.add(element);
            }
            return;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                collect(e, text, out);
            }
        }
    }

    private static boolean onlyInline(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
                if (!INLINE.contains(name)) {
                    return false;
                }
                // A note's own blocks (a list, code, verse) are floated to the foot with it, not set in the line.
                if (!FlowText.hasClass(e, "footnote") && !onlyInline(e)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Element first(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && name.equals(e.getLocalName() == null ? e.getTagName() : e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /**
     * Breaks each marked paragraph into lines and writes the breaks into the document. Call after the renderer is
     * built (its styles are parsed) and before it lays the document out.
     *
     * @return each composed paragraph's lines, for {@link ComposedLines} to space after the layout
     */
    Map<Element, ComposedLines.Paragraph> compose(List<Element> paragraphs, Map<String, LineBreaker.Keep> keep) {
        Map<Element, ComposedLines.Paragraph> composed = new IdentityHashMap<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Element p = paragraphs.get(i);
            String key = p.hasAttribute("id") ? p.getAttribute("id") : "#" + i;
            ComposedLines.Paragraph lines = compose(p, key, keep.getOrDefault(key, LineBreaker.Keep.NONE));
            if (lines != null) {
                composed.put(p, lines);
            }
        }
        return composed;
    }

    private ComposedLines.Paragraph compose(Element p, String key, LineBreaker.Keep keep) {
        CalculatedStyle style = shared.getStyle(p);
        if (style.hasLetterSpacing()) {
            return null;
        }
        float measure = measure(p);
        if (!(measure > 0)) {
            return null;
        }
        boolean justified = style.isIdent(CSSName.TEXT_ALIGN, IdentValue.JUSTIFY);
        // A paragraph cut before a moved figure ends in a full line: its last line is justified too.
        boolean cut = removeJustifiedEnd(p);
        ParagraphText text = new ParagraphText(context, widths, hyphenation, language(p),
                p.getTextContent().length());
        float indent = style.getFloatPropertyProportionalWidth(CSSName.TEXT_INDENT, measure, context);
        if (indent > 0) {
            text.box(indent);
        }
        if (!text.element(p, style, this)) {
            return null;
        }
        Items items = text.finish(cut);
        Lines lines = breaker.breakLines(items, line -> measure, justified ? text : LineBreaker.Hanging.NONE, keep);
        if (lines == null) {
            return null;
        }
        int count = lines.count();
        boolean[] justify = new boolean[count];
        float[] hangStart = new float[count];
        float[] hangEnd = new float[count];
        for (int i = 0; i < count; i++) {
            boolean last = i == count - 1;
            justify[i] = justified && (!last || cut) && !text.isHardBreak(lines.breaks()[i]);
            if (justified) {
                hangStart[i] = (float) text.atStart(i == 0 ? -1 : lines.breaks()[i - 1]);
                hangEnd[i] = justify[i] ? (float) text.atEnd(lines.breaks()[i]) : 0f;
            }
        }
        for (int i = 0; i < count; i++) {
            widestHang = Math.max(widestHang, Math.max(hangStart[i], hangEnd[i]));
        }
        text.write(lines);
        return new ComposedLines.Paragraph(key, measure, justify, hangStart, hangEnd, lines.hyphenated());
    }

    /** The farthest a composed line hangs out of its measure on either side (optical margins), in layout units. */
    float widestHang() {
        return widestHang;
    }

    /** The style of an element inside a composed paragraph (its own, computed once for the layout too). */
    CalculatedStyle style(Element element) {
        return shared.getStyle(element);
    }

    /** The style of an element's ::before, ::after or ::footnote-call, or null when it has none. */
    CalculatedStyle pseudoStyle(Element element, CalculatedStyle style, String pseudo) {
        CascadedStyle cascaded = shared.getCss().getPseudoElementStyle(element, pseudo);
        return cascaded == null ? null : style.deriveStyle(cascaded);
    }

    /**
     * The text of a pseudo-element's {@code content}: strings and attributes as written; a counter as openhtmltopdf
     * lays it out, three digits wide; null when there is no content.
     */
    String pseudoText(Element element, String pseudo) {
        CascadedStyle cascaded = shared.getCss().getPseudoElementStyle(element, pseudo);
        if (cascaded == null || !cascaded.hasProperty(CSSName.CONTENT)) {
            return null;
        }
        PropertyDeclaration declaration = cascaded.propertyByName(CSSName.CONTENT);
        if (!(declaration.getValue() instanceof PropertyValue value)) {
            return null;
        }
        List<PropertyValue> parts = value.getValues() != null ? value.getValues() : List.of(value);
        StringBuilder out = new StringBuilder();
        for (PropertyValue part : parts) {
            FSFunction function = part.getFunction();
            if (function != null) {
                if (function.getName().equals("attr") && !function.getParameters().isEmpty()) {
                    out.append(element.getAttribute(function.getParameters().get(0).getStringValue()));
                } else {
                    out.append("999");
                }
            } else if (part.getPrimitiveType() == CSSPrimitiveValue.CSS_STRING) {
                out.append(part.getStringValue());
            } else if (part.getPrimitiveType() == CSSPrimitiveValue.CSS_ATTR) {
                out.append(element.getAttribute(part.getStringValue()));
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    FSFont font(CalculatedStyle style) {
        return style.getFSFont(context);
    }

    /**
     * The width of the paragraph's lines: the page's content width less every margin, border and padding between
     * the page and the paragraph's text, as the layout will find it, but for the paragraph's own right margin (the
     * engine's, which only gives its lines room to be laid out before they are spaced).
     */
    private float measure(Element p) {
        List<Element> chain = new ArrayList<>();
        for (Node node = p; node instanceof Element e; node = node.getParentNode()) {
            chain.add(0, e);
        }
        if (pageWidth < 0) {
            pageWidth = Layer.createPageBox(context, "right").getContentWidth(context);
        }
        float width = pageWidth;
        for (Element element : chain) {
            CalculatedStyle style = shared.getStyle(element);
            if (!style.isIdent(CSSName.WIDTH, IdentValue.AUTO)) {
                return 0; // a width of its own: not worked out here
            }
            RectPropertySet margin = style.getMarginRect(width, context);
            RectPropertySet padding = style.getPaddingRect(width, context);
            BorderPropertySet border = style.getBorder(context);
            float right = element == p ? 0 : margin.right();
            width -= margin.left() + right + padding.left() + padding.right() + border.left() + border.right();
        }
        return width;
    }

    /** Takes out a figure's filler after the first part of a cut paragraph (its last element); whether there was one. */
    private static boolean removeJustifiedEnd(Element p) {
        for (Node child = p.getLastChild(); child != null; child = child.getPreviousSibling()) {
            if (child instanceof Element e) {
                if (FlowText.hasClass(e, JUSTIFIED_END)) {
                    p.removeChild(e);
                    return true;
                }
                return false;
            }
        }
        return false;
    }

    /** The paragraph's language: its own lang, or its nearest ancestor's, or the book's. */
    private Locale language(Element element) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            String lang = e.getAttribute("lang");
            if (!lang.isEmpty()) {
                return Locale.forLanguageTag(lang);
            }
        }
        return bookLanguage;
    }

    static String name(Element element) {
        return element.getLocalName() == null ? element.getTagName() : element.getLocalName();
    }

    static Element createHyphen(Document document, String hyphen) {
        Element span = document.createElementNS(XHTML, "span");
        span.setAttribute("class", HYPHEN);
        span.appendChild(document.createTextNode(hyphen));
        return span;
    }
}

