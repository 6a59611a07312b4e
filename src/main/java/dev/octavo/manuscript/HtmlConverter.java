package dev.octavo.manuscript;

import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.util.ast.Node;
import dev.octavo.SourcePosition;
import dev.octavo.model.Emphasis;
import dev.octavo.model.Inline;
import dev.octavo.model.LineBreak;
import dev.octavo.model.Strong;
import dev.octavo.model.Styled;
import dev.octavo.model.Text;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns the raw HTML of a manuscript file into model inlines, through jsoup and the {@link HtmlPolicy}.
 * Whatever the policy removes is named in a warning at the file, line and column of its tag.
 *
 * <p>In a paragraph, CommonMark hands HTML over tag by tag, with Markdown between the tags ({@code <em>}, text,
 * {@code **b**}, {@code </em>}). The tags of one run of inlines are therefore parsed together, each Markdown node
 * between them standing in as a placeholder element. jsoup builds the tree a browser would (closing what is left
 * open, mending misnested tags), so the result is always well-formed; each placeholder that survives is replaced
 * by its Markdown, converted as usual. Markdown inside a removed element (a script) is never converted, so it can
 * neither call a footnote nor pull in an image. An HTML block holds no Markdown and is parsed as it is.
 */
final class HtmlConverter {
    /** A name no HTML element has; an author who writes it gets nothing more than their own Markdown back. */
    private static final String PLACEHOLDER = "octavo-markdown";

    private final MarkdownConverter.Context context;
    private final InlineNesting nesting;
    private final HtmlPolicy policy = new HtmlPolicy();
    private final Parser parser = Parser.htmlParser().setTrackPosition(true);

    HtmlConverter(MarkdownConverter.Context context, InlineNesting nesting) {
        this.context = context;
        this.nesting = nesting;
    }

    /** A run of inline nodes, some of them HTML tags; {@code markdown} converts one of the other nodes. */
    List<Inline> inlines(List<Node> run, Function<Node, List<Inline>> markdown) {
        Fragment fragment = new Fragment(run.get(0).getStartOffset());
        List<Node> placeheld = new ArrayList<>();
        for (Node node : run) {
            if (node instanceof HtmlInlineBase) {
                fragment.source(node.getChars(), node.getStartOffset());
            } else {
                fragment.placeholder(placeheld.size());
                placeheld.add(node);
            }
        }
        Sink sink = new Sink(false, context.smartDashes());
        new Walk(fragment, placeheld, markdown).nodes(parse(fragment), sink);
        return sink.inlines();
    }

    /** An HTML block: its text as paragraphs, split where block elements (p, div, li …) begin and end. */
    List<List<Inline>> paragraphs(Node block) {
        Fragment fragment = new Fragment(block.getStartOffset());
        fragment.source(block.getChars(), block.getStartOffset());
        Sink sink = new Sink(true, context.smartDashes());
        new Walk(fragment, List.of(), node -> List.of()).nodes(parse(fragment), sink);
        sink.breakParagraph();
        return sink.paragraphs;
    }

    private List<org.jsoup.nodes.Node> parse(Fragment fragment) {
        Element body = Document.createShell("").body();
        return parser.parseFragmentInput(fragment.html.toString(), body, "");
    }

    /** One fragment's walk through jsoup's tree; warns once per element name and fragment. */
    private final class Walk {
        private final Fragment fragment;
        private final List<Node> placeheld;
        private final boolean[] used;
        private final Function<Node, List<Inline>> markdown;
        private final Set<String> warned = new HashSet<>();

        Walk(Fragment fragment, List<Node> placeheld, Function<Node, List<Inline>> markdown) {
            this.fragment = fragment;
            this.placeheld = placeheld;
            this.used = new boolean[placeheld.size()];
            this.markdown = markdown;
        }

        void nodes(List<org.jsoup.nodes.Node> nodes, Sink sink) {
            for (org.jsoup.nodes.Node node : List.copyOf(nodes)) {
                if (node instanceof TextNode text) {
                    text(text, sink);
                } else if (node instanceof Element element) {
                    element(element, sink);
                }
                // Comments, doctypes and the data of removed elements are never typeset.
            }
        }

        private void text(TextNode node, Sink sink) {
            String text = node.getWholeText().replaceAll("[ \t\n\r\f]+", " ");
            Range range = node.sourceRange();
            int start = range.isTracked() ? fragment.sourceOffset(range.startPos()) : fragment.fallback;
            int end = range.isTracked() ? start + (range.endPos() - range.startPos()) : start;
            context.glyphs().check(text, context.source(), start, end);
            sink.text(text);
        }

        /**
         * An element, unless it opens one level too many of nesting: that is an error, and its content is left out.
         * A placeholder is no level of its own: the Markdown it stands for counts its own.
         */
        private void element(Element element, Sink sink) {
            if (element.normalName().equals(PLACEHOLDER)) {
                placeholder(element, sink);
                return;
            }
            try {
                if (nesting.enter()) {
                    convert(element, sink);
                } else {
                    // The HTML below is known, the Markdown inside it is not yet: hence "at least".
                    int depth = nesting.depth() - 1 + elementDepth(element);
                    context.diagnostics().error(position(element),
                            NestingLimits.messageAtLeast(NestingLimits.INLINE_WHAT, depth, NestingLimits.INLINES));
                }
            } finally {
                nesting.leave();
            }
        }

        private void convert(Element element, Sink sink) {
            String name = element.normalName();
            if (policy.keeps(element)) {
                kept(element, sink);
            } else if (policy.removesWithContent(element)) {
                warnOnce(element, "raw HTML <" + name + "> is not allowed; it was removed"
                        + (element.childNodeSize() > 0 ? " with its content" : ""));
            } else {
                if (!(name.equals("p") && sink.splits)) {
                    // In an HTML block a p is what it says, a paragraph; anywhere else its tags are lost.
                    warnOnce(element, "raw HTML <" + name + "> is not supported; only its text is kept");
                }
                boolean block = element.isBlock();
                if (block) {
                    sink.breakParagraph();
                }
                nodes(element.childNodes(), sink);
                if (block) {
                    sink.breakParagraph();
                }
            }
        }

        private void placeholder(Element element, Sink sink) {
            int index;
            try {
                index = Integer.parseInt(element.attr("n"));
            } catch (NumberFormatException e) {
                return;
            }
            if (index >= 0 && index < placeheld.size() && !used[index]) {
                used[index] = true;
                markdown.apply(placeheld.get(index)).forEach(sink::add);
            }
        }

        private void kept(Element element, Sink sink) {
            String name = element.normalName();
            Map<String, String> attributes = attributes(element);
            if (name.equals("br")) {
                sink.add(new LineBreak());
                return;
            }
            Sink inner = new Sink(false, context.smartDashes());
            nodes(element.childNodes(), inner);
            List<Inline> content = inner.inlines();
            if (attributes.isEmpty() && name.equals("em")) {
                sink.add(new Emphasis(content));
            } else if (attributes.isEmpty() && name.equals("strong")) {
                sink.add(new Strong(content));
            } else {
                sink.add(new Styled(name, attributes, content));
            }
        }

        /** The element's allowed attributes; the others are named in one warning. */
        private Map<String, String> attributes(Element element) {
            Map<String, String> kept = new TreeMap<>();
            List<String> removed = new ArrayList<>();
            for (Attribute attribute : element.attributes()) {
                if (!policy.keeps(element, attribute)) {
                    removed.add(attribute.getKey());
                } else if (attribute.getKey().equals(Styled.LANG)) {
                    Optional<Locale> language = LanguageTags.parse(attribute.getValue().strip());
                    if (language.isPresent()) {
                        kept.put(Styled.LANG, language.get().toLanguageTag());
                    } else {
                        warn(element, "raw HTML lang=\"" + attribute.getValue() + "\" on <" + element.normalName()
                                + "> is not a BCP 47 language tag; it was removed");
                    }
                } else {
                    kept.put(attribute.getKey(), attribute.getValue());
                }
            }
            if (!removed.isEmpty()) {
                boolean one = removed.size() == 1;
                warn(element, "raw HTML " + (one ? "attribute " : "attributes ") + String.join(", ", removed)
                        + " on <" + element.normalName() + "> " + (one ? "is not allowed; it was" : "are not allowed; they were")
                        + " removed");
            }
            return kept;
        }

        /** Elements on the deepest path down from this one, itself included; by jsoup's traversal, not recursion. */
        private static int elementDepth(Element element) {
            int[] deepest = {0};
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof Element e && !e.normalName().equals(PLACEHOLDER)) {
                    deepest[0] = Math.max(deepest[0], depth + 1);
                }
            }, element);
            return deepest[0];
        }

        private void warnOnce(Element element, String message) {
            // Elements the parser made up (a tbody around table rows) were not written by the author.
            if (!element.sourceRange().isImplicit() && warned.add(element.normalName())) {
                warn(element, message);
            }
        }

        private void warn(Element element, String message) {
            context.diagnostics().warning(position(element), message);
        }

        private SourcePosition position(Element element) {
            Range range = element.sourceRange();
            return context.source().position(range.isTracked() ? fragment.sourceOffset(range.startPos()) : fragment.fallback);
        }
    }

    /** The HTML handed to jsoup, and where each stretch of it came from in the source file. */
    private static final class Fragment {
        private final StringBuilder html = new StringBuilder();
        /** {fragment offset, source offset, length} of each stretch copied from the source. */
        private final List<int[]> stretches = new ArrayList<>();
        private final int fallback;

        Fragment(int fallback) {
            this.fallback = fallback;
        }

        void source(CharSequence raw, int sourceOffset) {
            stretches.add(new int[] {html.length(), sourceOffset, raw.length()});
            html.append(raw);
        }

        void placeholder(int index) {
            html.append('<').append(PLACEHOLDER).append(" n=\"").append(index).append("\"></").append(PLACEHOLDER).append('>');
        }

        int sourceOffset(int fragmentOffset) {
            for (int[] stretch : stretches) {
                if (fragmentOffset >= stretch[0] && fragmentOffset < stretch[0] + stretch[2]) {
                    return stretch[1] + fragmentOffset - stretch[0];
                }
            }
            return fallback;
        }
    }

    /** Collects inlines, joining text runs; a splitting sink also cuts them into paragraphs. */
    private static final class Sink {
        private final boolean splits;
        private final boolean smartDashes;
        private final List<List<Inline>> paragraphs = new ArrayList<>();
        private InlineBuffer current;

        Sink(boolean splits, boolean smartDashes) {
            this.splits = splits;
            this.smartDashes = smartDashes;
            this.current = new InlineBuffer(smartDashes);
        }

        void text(String chars) {
            current.text(chars);
        }

        void add(Inline inline) {
            current.add(inline);
        }

        void breakParagraph() {
            if (!splits) {
                return;
            }
            List<Inline> paragraph = trimmed(current.finish());
            if (!paragraph.isEmpty() && !paragraph.stream().allMatch(LineBreak.class::isInstance)) {
                paragraphs.add(paragraph);
            }
            current = new InlineBuffer(smartDashes);
        }

        List<Inline> inlines() {
            return current.finish();
        }

        /** A paragraph made of HTML keeps no whitespace at its edges, as a browser would show it. */
        private static List<Inline> trimmed(List<Inline> inlines) {
            List<Inline> out = new ArrayList<>(inlines);
            if (!out.isEmpty() && out.get(0) instanceof Text first) {
                out.set(0, new Text(first.text().stripLeading()));
            }
            int last = out.size() - 1;
            if (last >= 0 && out.get(last) instanceof Text end) {
                out.set(last, new Text(end.text().stripTrailing()));
            }
            out.removeIf(inline -> inline instanceof Text t && t.text().isEmpty());
            return out;
        }
    }
}
