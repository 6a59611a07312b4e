package dev.octavo.pdf.engine;

import com.openhtmltopdf.css.constants.CSSName;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.layout.LayoutContext;
import com.openhtmltopdf.render.FSFont;
import dev.octavo.compose.Hyphenation;
import dev.octavo.compose.Items;
import dev.octavo.compose.LineBreaker;
import dev.octavo.compose.Lines;
import dev.octavo.compose.Protrusion;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One paragraph's text as the line breaker sees it, read from the document: each word (or each part of a word
 * between hyphenation points) a box as wide as the layout will measure it in its own font, each space glue that may
 * stretch by half its width and shrink by a third, each place a line may end a penalty. It remembers where in the
 * document every break point stands, and writes the chosen breaks there; and, for optical margins, how far the
 * character before each break may hang out on the right and the one after it on the left.
 */
final class ParagraphText implements LineBreaker.Hanging {
    /** What a break inside a word costs (TeX's \hyphenpenalty), and one after a dash or a slash. */
    private static final double HYPHEN_COST = 50;
    private static final double DASH_COST = 50;
    private static final double SLASH_COST = 100;
    private static final double STRETCH = 1.0 / 2;
    private static final double SHRINK = 1.0 / 3;
    /** Words shorter than this are not hyphenated: two letters stay before a break and three go after it. */
    private static final int SHORTEST_HYPHENATED = 5;
    private static final int[] NO_POINTS = {};

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
    private final Items.Builder items;
    /** By item: where a break there stands in the document, and how far a line may hang out around it. */
    private Place[] places;
    private double[] hangAtEnd;
    private double[] hangAtStart;
    /** How far the paragraph's first line may hang out on the left. */
    private double hangAtParagraphStart;
    private final Set<Integer> hardBreaks = new HashSet<>();
    /** White space waiting for the next word: it becomes glue only between two words. */
    private final List<Piece> pendingSpace = new ArrayList<>();
    /** White space that stands at the start or the end of a line whatever the breaks: it is taken out. */
    private final List<Piece> dropped = new ArrayList<>();
    private FSFont pendingFont;
    private boolean atLineStart = true;
    private Locale askedLanguage;
    private boolean languageHyphenates;
    private FSFont spaceFont;
    private double space;
    /** The last character of the text so far and its font (-1 after an image or generated text). */
    private int lastChar = -1;
    private FSFont lastFont;
    /** The break whose line's first character is still to come. */
    private int awaitingStart = -1;
    private boolean awaiting = true;

    /** @param characters about how long the paragraph's text is: the items are made room for at once */
    ParagraphText(LayoutContext context, TabulatedWidths widths, Hyphenation hyphenation, Locale language,
                  int characters) {
        // A word and its space are two items; Vietnamese words are short.
        int expected = characters / 2 + 16;
        this.items = Items.builder(expected);
        this.places = new Place[expected];
        this.hangAtEnd = new double[expected];
        this.hangAtStart = new double[expected];
        this.context = context;
        this.widths = widths;
        this.hyphenation = hyphenation;
        this.paragraphLanguage = language;
    }

    /** A box of this width (the first line's indent). */
    void box(double width) {
        awaiting = false;
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
                // The theme says where words may break: hyphens: auto (inherited), as in CSS.
                text(text, composer.font(style), language,
                        hyphenate && style.isIdent(CSSName.HYPHENS, IdentValue.AUTO));
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
            dropped.addAll(pendingSpace);
            pendingSpace.clear();
            items.glue(0, Items.INFINITE * Items.INFINITE, 0);
            hardBreaks.add(items.size());
            breakAt(items.size(), 0);
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
                if (atLineStart) {
                    dropped.add(new Piece(node, i, end));
                } else {
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
        int scheme = data.indexOf("://", start);
        boolean address = scheme >= 0 && scheme + 3 <= end || data.startsWith("www.", start);
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
                place(items.size(), new Place(List.of(), node, next, false));
                breakAt(items.size(), hang(Protrusion.atEnd(c), font, c));
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
        int[] points = hyphenate && hyphenates(language) ? points(word, language) : NO_POINTS;
        int from = 0;
        boolean begin = first;
        for (int point : points) {
            wordStart(begin);
            begin = false;
            textBox(word.substring(from, point), font);
            place(items.size(), new Place(List.of(), node, start + point, true));
            breakAt(items.size(), hang(Protrusion.atEnd('-'), font, '-'));
            items.penalty(measure(font, "-"), HYPHEN_COST, true);
            from = point;
        }
        wordStart(begin);
        textBox(word.substring(from), font);
    }

    /** A box of text; its first character may hang into the left margin when a line starts with it. */
    private void textBox(String text, FSFont font) {
        if (awaiting) {
            int first = text.codePointAt(0);
            double hang = hang(Protrusion.atStart(first), font, first);
            if (awaitingStart < 0) {
                hangAtParagraphStart = hang;
            } else {
                room(awaitingStart);
                hangAtStart[awaitingStart] = hang;
            }
            awaiting = false;
        }
        items.box(measure(font, text));
        lastChar = text.codePointBefore(text.length());
        lastFont = font;
    }

    /** A break at this item, after which a line's first character may hang out; {@code end}: how far its last may. */
    private void breakAt(int item, double end) {
        if (end > 0) {
            room(item);
            hangAtEnd[item] = end;
        }
        awaitingStart = item;
        awaiting = true;
    }

    private void place(int item, Place place) {
        room(item);
        places[item] = place;
    }

    /** Makes the arrays by item long enough for this one. */
    private void room(int item) {
        if (item >= places.length) {
            int size = Math.max(item + 1, places.length * 2);
            places = Arrays.copyOf(places, size);
            hangAtEnd = Arrays.copyOf(hangAtEnd, size);
            hangAtStart = Arrays.copyOf(hangAtStart, size);
        }
    }

    private double hang(double share, FSFont font, int c) {
        return share == 0 ? 0 : share * measure(font, new String(Character.toChars(c)));
    }

    @Override
    public double atEnd(int breakIndex) {
        return breakIndex < hangAtEnd.length ? hangAtEnd[breakIndex] : 0;
    }

    @Override
    public double atStart(int breakIndex) {
        return breakIndex < 0 ? hangAtParagraphStart : breakIndex < hangAtStart.length ? hangAtStart[breakIndex] : 0;
    }

    /** Whether words of this language are hyphenated; the last answer kept (a paragraph is mostly one language). */
    private boolean hyphenates(Locale language) {
        if (!language.equals(askedLanguage)) {
            askedLanguage = language;
            languageHyphenates = hyphenation.hyphenates(language);
        }
        return languageHyphenates;
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
        awaiting = false;
        items.box(width);
        lastChar = -1;
    }

    /** Before a new word: the white space waiting before it becomes glue, and a place where a line may end. */
    private void wordStart(boolean newWord) {
        if (newWord && !pendingSpace.isEmpty()) {
            double w = spaceWidth(pendingFont);
            place(items.size(), new Place(List.copyOf(pendingSpace), null, 0, false));
            breakAt(items.size(), lastChar < 0 ? 0 : hang(Protrusion.atEnd(lastChar), lastFont, lastChar));
            items.glue(w, w * STRETCH, w * SHRINK);
            pendingSpace.clear();
        }
        atLineStart = false;
    }

    /** A space's width in a font: the last font's kept, since a paragraph's spaces are mostly in one. */
    private double spaceWidth(FSFont font) {
        if (font != spaceFont) {
            spaceFont = font;
            space = measure(font, " ");
        }
        return space;
    }

    private double measure(FSFont font, String text) {
        return widths.getWidth(context.getFontContext(), font, text);
    }

    /**
     * The items, ended: by glue that fills the last line, or, for the first part of a paragraph cut before a moved
     * figure, by a bare break, so that its last line is set full like the others.
     */
    Items finish(boolean cut) {
        dropped.addAll(pendingSpace);
        pendingSpace.clear();
        if (cut) {
            breakAt(items.size(), lastChar < 0 ? 0 : hang(Protrusion.atEnd(lastChar), lastFont, lastChar));
            items.penalty(0, -Items.INFINITE, false);
        } else {
            items.finish();
        }
        return items.build();
    }

    boolean isHardBreak(int itemIndex) {
        return hardBreaks.contains(itemIndex);
    }

    /**
     * Writes the chosen lines into the document, which openhtmltopdf then lays out as they are ({@code white-space:
     * pre}): each space between words becomes one space, or a line end where a line breaks; a word that breaks gets
     * a hyphen (an element of its own, which the page list does not count); the white space that would start or
     * end a line goes. Every text node is edited from its end, so that the offsets of earlier places still hold.
     */
    void write(Lines lines) {
        boolean[] breaks = new boolean[places.length];
        for (int i = 0; i < lines.count() - 1; i++) {
            if (lines.breaks()[i] < breaks.length) {
                breaks[lines.breaks()[i]] = true;
            }
        }
        Map<Text, List<Edit>> byNode = new IdentityHashMap<>();
        for (Piece piece : dropped) {
            edit(byNode, new Edit(piece.start(), piece.end(), "", false), piece.node());
        }
        for (int item = 0; item < places.length; item++) {
            Place place = places[item];
            if (place == null) {
                continue;
            }
            boolean breaksHere = breaks[item];
            if (!place.spaces().isEmpty()) {
                List<Piece> spaces = place.spaces();
                Piece first = spaces.get(0);
                edit(byNode, new Edit(first.start(), first.end(), breaksHere ? LINE_END : " ", false), first.node());
                for (Piece other : spaces.subList(1, spaces.size())) {
                    edit(byNode, new Edit(other.start(), other.end(), "", false), other.node());
                }
            } else if (breaksHere) {
                edit(byNode, new Edit(place.offset(), place.offset(), LINE_END, place.hyphen()), place.node());
            }
        }
        byNode.forEach(ParagraphText::rewrite);
    }

    private static void edit(Map<Text, List<Edit>> byNode, Edit edit, Text node) {
        byNode.computeIfAbsent(node, n -> new ArrayList<>()).add(edit);
    }

    /**
     * A text node's new text, made in one go (each edit of a DOM text copies all of it): the edits in order; at each
     * hyphen the text goes on in a new node after the hyphen's element.
     */
    private static void rewrite(Text node, List<Edit> edits) {
        edits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        String data = node.getData();
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder(data.length() + 8);
        int at = 0;
        for (Edit edit : edits) {
            part.append(data, at, edit.start());
            if (edit.hyphen()) {
                parts.add(part.toString());
                part.setLength(0);
            }
            part.append(edit.replacement());
            at = edit.end();
        }
        part.append(data, at, data.length());
        parts.add(part.toString());
        node.setData(parts.get(0));
        Node after = node;
        for (String text : parts.subList(1, parts.size())) {
            Node hyphen = ParagraphComposer.createHyphen(node.getOwnerDocument(), "-");
            node.getParentNode().insertBefore(hyphen, after.getNextSibling());
            Text tail = node.getOwnerDocument().createTextNode(text);
            node.getParentNode().insertBefore(tail, hyphen.getNextSibling());
            after = tail;
        }
    }

    /** What a line end is in a paragraph set {@code white-space: pre-wrap}. */
    private static final String LINE_END = "\n";

    /** Text {@code [start, end)} of a node replaced; after a hyphen (the composer's element) when {@code hyphen}. */
    private record Edit(int start, int end, String replacement, boolean hyphen) {
    }
}
