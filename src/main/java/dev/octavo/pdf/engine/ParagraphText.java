package dev.octavo.pdf.engine;

import com.openhtmltopdf.css.constants.CSSName;
import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.layout.LayoutContext;
import com.openhtmltopdf.render.FSFont;
import dev.octavo.compose.Hyphenation;
import dev.octavo.compose.Items;
import dev.octavo.compose.Lines;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One paragraph's text as the line breaker sees it, read from the document: each word (or each part of a word
 * between hyphenation points) a box as wide as the layout will measure it in its own font, each space glue that may
 * stretch by half its width and shrink by a third, each place a line may end a penalty. It remembers where in the
 * document every break point stands, and writes the chosen breaks there.
 */
final class ParagraphText {
    /** What a break inside a word costs (TeX's \hyphenpenalty), and one after a dash or a slash. */
    private static final double HYPHEN_COST = 50;
    private static final double DASH_COST = 50;
    private static final double SLASH_COST = 100;
    private static final double STRETCH = 1.0 / 2;
    private static final double SHRINK = 1.0 / 3;
    /** Words shorter than this are not hyphenated: two letters stay before a break and three go after it. */
    private static final int SHORTEST_HYPHENATED = 5;

    /** Where a break point stands in the document: a space (or spaces) to take out, or a place inside a word. */
    private record Place(List<Piece> spaces, Text node, int offset, boolean hyphen) {
    }

    /** Some white space in a text node: {@code [start, end)}. */
    private record Piece(Text node, int start, int end) {
    }

    private final LayoutContext context;
    private final TabulatedWidths widths;
    private final Hyphenation hyphenation;
    private final Locale paragraphLanguage;
    private final Items.Builder items = Items.builder();
    private final Map<Integer, Place> places = new HashMap<>();
    private final Set<Integer> hardBreaks = new HashSet<>();
    /** White space waiting for the next word: it becomes glue only between two words. */
    private final List<Piece> pendingSpace = new ArrayList<>();
    private FSFont pendingFont;
    private boolean atLineStart = true;

    ParagraphText(LayoutContext context, TabulatedWidths widths, Hyphenation hyphenation, Locale language) {
        this.context = context;
        this.widths = widths;
        this.hyphenation = hyphenation;
        this.paragraphLanguage = language;
    }

    /** A box of this width (the first line's indent). */
    void box(double width) {
        items.box(width);
    }

    /**
     * Reads an element and its content; false when it holds something the composer does not know how to measure
     * (the paragraph is then left to openhtmltopdf).
     */
    boolean element(Element element, CalculatedStyle style, ParagraphComposer composer) {
        return content(element, style, composer, paragraphLanguage, true);
    }

    private boolean content(Element element, CalculatedStyle style, ParagraphComposer composer, Locale language,
                            boolean hyphenate) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Text text) {
                text(text, composer.font(style), language, hyphenate);
            } else if (child instanceof Element e && !inline(e, composer, language, hyphenate)) {
                return false;
            }
        }
        return true;
    }

    private boolean inline(Element element, ParagraphComposer composer, Locale language, boolean hyphenate) {
        String name = ParagraphComposer.name(element);
        CalculatedStyle style = composer.style(element);
        if (name.equals("br")) {
            pendingSpace.clear();
            items.glue(0, Items.INFINITE * Items.INFINITE, 0);
            hardBreaks.add(items.size());
            items.penalty(0, -Items.INFINITE, false);
            atLineStart = true;
            return true;
        }
        if (FlowText.hasClass(element, "footnote")) {
            // Floated to the foot of the page: only its call stands in the line.
            return generated(element, style, "footnote-call", composer);
        }
        if (name.equals("img")) {
            float width = style.getFloatPropertyProportionalWidth(CSSName.WIDTH, 0, context);
            if (!(width > 0)) {
                return false;
            }
            word(width);
            return true;
        }
        if (!style.isInline() || style.isFloated() || style.hasLetterSpacing()) {
            return false;
        }
        String lang = element.getAttribute("lang");
        Locale inner = lang.isEmpty() ? language : Locale.forLanguageTag(lang);
        // No hyphen in code, in an address or a link's words, in a glossary term's use, or in raised and lowered text.
        boolean innerHyphenate = hyphenate && !(name.equals("code") || name.equals("a") || name.equals("sup")
                || name.equals("sub") || FlowText.hasClass(element, "glossref"));
        return generated(element, style, "before", composer)
                && content(element, style, composer, inner, innerHyphenate)
                && generated(element, style, "after", composer);
    }

    /** A pseudo-element's text, as one box: nothing of it may break. */
    private boolean generated(Element element, CalculatedStyle style, String pseudo, ParagraphComposer composer) {
        String text = composer.pseudoText(element, pseudo);
        if (text == null) {
            return true;
        }
        CalculatedStyle own = composer.pseudoStyle(element, style, pseudo);
        if (own == null) {
            return false;
        }
        word(measure(composer.font(own), text));
        return true;
    }

    /** A text node: its white space collapsed as the layout collapses it, its words split where they may break. */
    private void text(Text node, FSFont font, Locale language, boolean hyphenate) {
        String data = node.getData();
        int i = 0;
        while (i < data.length()) {
            int c = data.codePointAt(i);
            if (isCollapsible(c)) {
                int end = i;
                while (end < data.length() && isCollapsible(data.codePointAt(end))) {
                    end += Character.charCount(data.codePointAt(end));
                }
                if (!atLineStart) {
                    if (pendingSpace.isEmpty()) {
                        pendingFont = font;
                    }
                    pendingSpace.add(new Piece(node, i, end));
                }
                i = end;
                continue;
            }
            int end = i;
            while (end < data.length() && !isCollapsible(data.codePointAt(end))) {
                end += Character.charCount(data.codePointAt(end));
            }
            run(node, i, end, font, language, hyphenate);
            i = end;
        }
    }

    /** Spaces, tabs and line ends: what the layout collapses into one space (a no-break space is not among them). */
    private static boolean isCollapsible(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** A run of text without collapsible white space: words, joined by no-break spaces, with their break points. */
    private void run(Text node, int start, int end, FSFont font, Locale language, boolean hyphenate) {
        String data = node.getData();
        boolean address = data.substring(start, end).contains("://") || data.substring(start, end).startsWith("www.");
        int from = start;
        boolean first = true;
        for (int i = start; i < end; ) {
            int c = data.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c == '\u00A0') {
                // A no-break space stretches like a space (the layout justifies it) but never breaks.
                segment(node, from, i, font, language, hyphenate && !address, first);
                first = false;
                items.penalty(0, Items.INFINITE, false);
                double w = measure(font, "\u00A0");
                items.glue(w, w * STRETCH, w * SHRINK);
                from = next;
            } else if (next < end && (c == '-' && i > start && Character.isLetter(data.codePointBefore(i))
                    && Character.isLetter(data.codePointAt(next)) || c == '\u2013' || c == '\u2014'
                    || c == '/' && address)) {
                // After a hyphen in a compound, a dash, or an address's slash, a line may end.
                segment(node, from, next, font, language, hyphenate && !address, first);
                first = false;
                places.put(items.size(), new Place(List.of(), node, next, false));
                items.penalty(0, c == '/' ? SLASH_COST : c == '-' ? HYPHEN_COST : DASH_COST, c == '-');
                from = next;
            }
            i = next;
        }
        segment(node, from, end, font, language, hyphenate && !address, first);
    }

    /** A word's piece from {@code start} to {@code end}: boxes between its hyphenation points. */
    private void segment(Text node, int start, int end, FSFont font, Locale language, boolean hyphenate,
                         boolean first) {
        if (start >= end) {
            return;
        }
        String word = node.getData().substring(start, end);
        int[] points = hyphenate && hyphenation.hyphenates(language) ? points(word, language) : new int[0];
        int from = 0;
        boolean begin = first;
        for (int point : points) {
            wordStart(begin);
            begin = false;
            items.box(measure(font, word.substring(from, point)));
            places.put(items.size(), new Place(List.of(), node, start + point, true));
            items.penalty(measure(font, "-"), HYPHEN_COST, true);
            from = point;
        }
        wordStart(begin);
        items.box(measure(font, word.substring(from)));
    }

    /** The hyphenation points of the letters of a word, past any leading and before any trailing punctuation. */
    private int[] points(String word, Locale language) {
        int start = 0;
        while (start < word.length() && !Character.isLetter(word.charAt(start))) {
            start++;
        }
        int end = word.length();
        while (end > start && !Character.isLetter(word.charAt(end - 1))) {
            end--;
        }
        String letters = word.substring(start, end);
        if (letters.length() < SHORTEST_HYPHENATED || !letters.chars().allMatch(Character::isLetter)
                || letters.chars().filter(Character::isUpperCase).count() > 1) {
            return new int[0]; // numbers, addresses and acronyms are not hyphenated
        }
        int[] points = hyphenation.points(letters, language);
        for (int i = 0; i < points.length; i++) {
            points[i] += start;
        }
        return points;
    }

    /** A box that is a whole word of its own (an image, a note's call, generated text). */
    private void word(double width) {
        wordStart(true);
        items.box(width);
    }

    /** Before a new word: the white space waiting before it becomes glue, and a place where a line may end. */
    private void wordStart(boolean newWord) {
        if (newWord && !pendingSpace.isEmpty()) {
            double w = measure(pendingFont, " ");
            places.put(items.size(), new Place(List.copyOf(pendingSpace), null, 0, false));
            items.glue(w, w * STRETCH, w * SHRINK);
            pendingSpace.clear();
        }
        atLineStart = false;
    }

    private double measure(FSFont font, String text) {
        return widths.getWidth(context.getFontContext(), font, text);
    }

    /**
     * The items, ended: by glue that fills the last line, or, for the first part of a paragraph cut before a moved
     * figure, by a bare break, so that its last line is set full like the others.
     */
    Items finish(boolean cut) {
        pendingSpace.clear();
        if (cut) {
            items.penalty(0, -Items.INFINITE, false);
        } else {
            items.finish();
        }
        return items.build();
    }

    boolean isHardBreak(int itemIndex) {
        return hardBreaks.contains(itemIndex);
    }

    /** Writes the chosen breaks into the document, the last first so that earlier places in a text stay where they were. */
    void write(Lines lines) {
        for (int i = lines.count() - 2; i >= 0; i--) {
            int at = lines.breaks()[i];
            Place place = places.get(at);
            if (place == null) {
                continue; // an author's line break, already there
            }
            if (!place.spaces().isEmpty()) {
                List<Piece> spaces = place.spaces();
                for (int s = spaces.size() - 1; s > 0; s--) {
                    Piece piece = spaces.get(s);
                    piece.node().deleteData(piece.start(), piece.end() - piece.start());
                }
                Piece first = spaces.get(0);
                first.node().deleteData(first.start(), first.end() - first.start());
                insert(first.node(), first.start(), false);
            } else {
                insert(place.node(), place.offset(), place.hyphen());
            }
        }
    }

    /** A break (after a hyphen when a word breaks there) at this offset of a text node. */
    private static void insert(Text node, int offset, boolean hyphen) {
        Document document = node.getOwnerDocument();
        Text tail = node.splitText(offset);
        Node parent = node.getParentNode();
        if (hyphen) {
            parent.insertBefore(ParagraphComposer.createHyphen(document, "-"), tail);
        }
        parent.insertBefore(ParagraphComposer.createBreak(document), tail);
    }
}
