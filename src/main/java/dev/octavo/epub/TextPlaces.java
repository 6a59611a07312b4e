package dev.octavo.epub;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The distinct places text stands in a book's XHTML, each with the characters written there: a place is an element
 * as the stylesheets' selectors can tell it apart (its name, the attributes they look at, its previous sibling, and
 * the same of every ancestor). Thousands of paragraphs that only differ by their {@code id} are one place, so that
 * the cascade runs once per place rather than once per element.
 *
 * <p>Read with a scanner over Octavo's own well-formed XHTML rather than an XML parser: building a document tree
 * for every chapter took longer than writing the whole EPUB. What a place is follows from the selectors: when they
 * look at anything the place leaves out (an element's position among its siblings, later siblings, or a sibling
 * further back), {@link #suffice} says no and the whole documents are matched instead.
 */
final class TextPlaces {
    /** Selectors the places cannot answer: positions, later siblings, any earlier sibling ({@code ~}). */
    private static final Pattern POSITIONAL = Pattern.compile("nth-|last-child|only-child|-of-type|(?<![=\\[\\s])~(?!=)"
            + "|\\s~\\s");
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final Pattern ATTRIBUTE = Pattern.compile("\\[\\s*(?:[\\w-]*\\|)?([\\w-]+)");
    private static final Pattern ATTR_FUNCTION = Pattern.compile("attr\\(\\s*(?:[\\w-]*\\|)?([\\w-]+)");

    /** An element as selectors see it: its name, namespace and the attributes they look at, sorted by name. */
    record Element(String name, String namespace, Map<String, String> attributes) {
    }

    /**
     * A place: an element under its parent's place, after its previous sibling ({@code null} for a first child).
     * Compared by the parent's identity: places are interned.
     */
    static final class Place {
        final Place parent;
        final Element element;
        final Element previous;
        /** The characters of the Basic Multilingual Plane written here, a bit each (a BitSet costs more per bit). */
        private final long[] plane = new long[1024];
        private final BitSet beyond = new BitSet();

        Place(Place parent, Element element, Element previous) {
            this.parent = parent;
            this.element = element;
            this.previous = previous;
        }

        void add(int codePoint) {
            if (codePoint < 0x10000) {
                plane[codePoint >>> 6] |= 1L << codePoint;
            } else {
                beyond.set(codePoint);
            }
        }

        /** The characters written here. */
        BitSet text() {
            BitSet text = BitSet.valueOf(plane);
            text.or(beyond);
            return text;
        }
    }

    private record Key(Place parent, Element element, Element previous) {
    }

    private final Set<String> attributes;
    private final boolean hrefValues;
    private final Map<Key, Place> places = new LinkedHashMap<>();

    private TextPlaces(Set<String> attributes, boolean hrefValues) {
        this.attributes = attributes;
        this.hrefValues = hrefValues;
    }

    /**
     * Whether places tell every element apart as these stylesheets can.
     *
     * @param stylesheets the CSS texts, the reading system's own among them
     */
    static boolean suffice(List<String> stylesheets) {
        return stylesheets.stream().map(TextPlaces::selectors).noneMatch(s -> POSITIONAL.matcher(s).find());
    }

    /** The places of these documents, keyed by what the stylesheets' selectors and generated content look at. */
    static List<Place> of(List<String> documents, List<String> stylesheets) {
        Set<String> names = new java.util.HashSet<>(Set.of("class", "lang", "xmlns"));
        boolean ids = false;
        for (String css : stylesheets) {
            String selectors = selectors(css);
            Matcher attribute = ATTRIBUTE.matcher(selectors);
            while (attribute.find()) {
                names.add(attribute.group(1));
            }
            Matcher function = ATTR_FUNCTION.matcher(css);
            while (function.find()) {
                names.add(function.group(1));
            }
            ids |= selectors.contains("#");
        }
        if (ids) {
            names.add("id");
        }
        TextPlaces places = new TextPlaces(names, names.contains("href"));
        documents.forEach(places::scan);
        return new ArrayList<>(places.places.values());
    }

    /** The CSS without its comments and declaration blocks: selectors and at-rules' preludes. */
    static String selectors(String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        String before;
        do {
            before = text;
            text = text.replaceAll("\\{[^{}]*}", " ");
        } while (!text.equals(before));
        return text;
    }

    /** One frame per open element: its place (null outside the body), and its last child element so far. */
    private static final class Open {
        final Place place;
        final boolean inBody;
        final String namespace;
        Element lastChild;

        Open(Place place, boolean inBody, String namespace) {
            this.place = place;
            this.inBody = inBody;
            this.namespace = namespace;
        }
    }

    private void scan(String xhtml) {
        List<Open> stack = new ArrayList<>();
        stack.add(new Open(null, false, XHTML));
        int n = xhtml.length();
        int i = 0;
        while (i < n) {
            int lt = xhtml.indexOf('<', i);
            int end = lt < 0 ? n : lt;
            Open top = stack.get(stack.size() - 1);
            if (end > i && top.inBody) {
                text(xhtml, i, end, top.place);
            }
            if (lt < 0) {
                break;
            }
            if (xhtml.startsWith("<!--", lt)) {
                i = after(xhtml, "-->", lt);
            } else if (xhtml.startsWith("<![CDATA[", lt)) {
                int close = xhtml.indexOf("]]>", lt);
                close = close < 0 ? n : close;
                if (top.inBody) {
                    xhtml.substring(lt + 9, close).codePoints().forEach(top.place::add);
                }
                i = Math.min(n, close + 3);
            } else if (xhtml.startsWith("<!", lt) || xhtml.startsWith("<?", lt)) {
                i = after(xhtml, ">", lt);
            } else if (xhtml.startsWith("</", lt)) {
                if (stack.size() > 1) {
                    stack.remove(stack.size() - 1);
                }
                i = after(xhtml, ">", lt);
            } else {
                i = startTag(xhtml, lt, stack);
            }
        }
    }

    /** Reads a start tag at {@code lt}, opens its element (and closes it at once when empty); returns where it ends. */
    private int startTag(String xhtml, int lt, List<Open> stack) {
        int n = xhtml.length();
        int j = lt + 1;
        while (j < n && !isSpace(xhtml.charAt(j)) && xhtml.charAt(j) != '>' && xhtml.charAt(j) != '/') {
            j++;
        }
        String name = xhtml.substring(lt + 1, j);
        Map<String, String> kept = new TreeMap<>();
        String namespace = null;
        boolean empty = false;
        while (j < n) {
            char c = xhtml.charAt(j);
            if (c == '>') {
                j++;
                break;
            } else if (c == '/') {
                empty = true;
                j++;
            } else if (isSpace(c)) {
                j++;
            } else {
                int nameStart = j;
                while (j < n && xhtml.charAt(j) != '=' && !isSpace(xhtml.charAt(j)) && xhtml.charAt(j) != '>') {
                    j++;
                }
                String attribute = xhtml.substring(nameStart, j);
                while (j < n && (isSpace(xhtml.charAt(j)) || xhtml.charAt(j) == '=')) {
                    j++;
                }
                String value = "";
                if (j < n && (xhtml.charAt(j) == '"' || xhtml.charAt(j) == '\'')) {
                    int close = xhtml.indexOf(xhtml.charAt(j), j + 1);
                    close = close < 0 ? n : close;
                    value = decode(xhtml, j + 1, close);
                    j = close + 1;
                }
                if (attribute.equals("xmlns")) {
                    namespace = value;
                }
                String local = attribute.substring(attribute.indexOf(':') + 1);
                if (attributes.contains(local) || attribute.equals("xml:lang")) {
                    kept.put(attribute, value);
                } else if (attribute.equals("href")) {
                    kept.put(attribute, hrefValues ? value : ""); // links match :link whatever their target
                }
            }
        }
        Open parent = stack.get(stack.size() - 1);
        String ns = namespace != null ? namespace : parent.namespace;
        boolean inBody = parent.inBody || name.equals("body");
        Place place = null;
        Element element = new Element(name, ns, kept);
        if (inBody || name.equals("html")) {
            Key key = new Key(parent.place, element, parent.lastChild);
            place = places.computeIfAbsent(key, k -> new Place(k.parent(), k.element(), k.previous()));
        }
        parent.lastChild = element;
        if (!empty) {
            stack.add(new Open(place, inBody, ns));
        }
        return j;
    }

    /** The characters of text between {@code from} and {@code to}, references resolved. */
    private static void text(String xhtml, int from, int to, Place into) {
        int i = from;
        while (i < to) {
            char c = xhtml.charAt(i);
            if (c != '&' && !Character.isSurrogate(c)) {
                into.plane[c >>> 6] |= 1L << c;
                i++;
                continue;
            }
            if (c == '&') {
                int semicolon = xhtml.indexOf(';', i);
                if (semicolon > i && semicolon < to) {
                    int codePoint = reference(xhtml.substring(i + 1, semicolon));
                    if (codePoint >= 0 && Character.isValidCodePoint(codePoint)) {
                        into.add(codePoint);
                        i = semicolon + 1;
                        continue;
                    }
                }
            }
            int codePoint = xhtml.codePointAt(i);
            into.add(codePoint);
            i += Character.charCount(codePoint);
        }
    }

    private static String decode(String xhtml, int from, int to) {
        String raw = xhtml.substring(from, to);
        if (raw.indexOf('&') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < raw.length(); ) {
            int semicolon = raw.indexOf(';', i);
            int codePoint = raw.charAt(i) == '&' && semicolon > i ? reference(raw.substring(i + 1, semicolon)) : -1;
            if (codePoint >= 0 && Character.isValidCodePoint(codePoint)) {
                out.appendCodePoint(codePoint);
                i = semicolon + 1;
            } else {
                out.append(raw.charAt(i++));
            }
        }
        return out.toString();
    }

    /** The code point of a character reference's name ({@code amp}, {@code #233}, {@code #xE9}); -1 if unknown. */
    private static int reference(String name) {
        try {
            return switch (name) {
                case "amp" -> '&';
                case "lt" -> '<';
                case "gt" -> '>';
                case "quot" -> '"';
                case "apos" -> '\'';
                default -> name.startsWith("#x") || name.startsWith("#X") ? Integer.parseInt(name.substring(2), 16)
                        : name.startsWith("#") ? Integer.parseInt(name.substring(1)) : -1;
            };
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int after(String text, String token, int from) {
        int at = text.indexOf(token, from);
        return at < 0 ? text.length() : at + token.length();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }
}
