package dev.octavo.manuscript;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.definition.DefinitionList;
import com.vladsch.flexmark.ext.definition.DefinitionTerm;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.strikethrough.Subscript;
import com.vladsch.flexmark.ext.superscript.Superscript;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.octavo.SourcePosition;
import dev.octavo.model.Block;
import dev.octavo.model.CodeBlock;
import dev.octavo.model.Inline;
import dev.octavo.model.LineBreak;
import dev.octavo.model.ListBlock;
import dev.octavo.model.Strong;
import dev.octavo.model.Styled;
import dev.octavo.model.Table;
import dev.octavo.model.Verse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns flexmark's AST of one file into model blocks and inlines. Footnote calls and images are resolved
 * through the {@link Context} of the file, so that the model holds resolved references, never labels.
 */
final class MarkdownConverter {

    /** What a converter needs from the file it works in. */
    interface Context {
        SourceText source();

        /**
         * The file's parsed document, where link references are defined. Asked of the context rather than of a
         * node: flexmark can leave a node whose parent is an abandoned link, outside the document's tree.
         */
        com.vladsch.flexmark.util.ast.Document document();

        Diagnostics diagnostics();

        /** A book-wide unique id for a block, e.g. a paragraph. */
        String blockId(String text, String fallback);

        /** Resolves a footnote call; null when the label is not defined (the context reports it). */
        dev.octavo.model.NoteRef noteRef(Footnote call);

        /**
         * Resolves an image; null when it cannot be used (the context reports why).
         *
         * @param attributes   what the author wrote in braces after it ({@code {#id width=60%}})
         * @param captionChars the length of a figure's caption; -1 for an image in a line of text
         */
        dev.octavo.model.Image image(String url, String alt, java.util.Map<String, String> attributes,
                                     int captionChars, SourcePosition at);

        /** The anchor named for a heading or figure before conversion; empty for one the index does not know. */
        java.util.Optional<Anchors.Anchor> anchor(Node node);

        /**
         * A link into the book ({@code 02-x.md#slug}, {@code #slug}) as a cross-reference; empty when it leads
         * nowhere in the book (the context reports why).
         */
        java.util.Optional<Inline> crossReference(String url, List<Inline> content, SourcePosition at);

        /** Where references of the manuscript lead. */
        ManuscriptPaths paths();

        /** Receives every piece of typeset text with the source range it came from. */
        GlyphCheck glyphs();

        /** Whether a hyphen between spaces is set as a dash ({@code smart-dashes} in book.yaml). */
        boolean smartDashes();
    }

    private final Context context;
    private final HtmlConverter html;
    /** Inline containers open around the node being converted, Markdown and HTML alike (NestingLimits.INLINES). */
    private final InlineNesting nesting = new InlineNesting();

    MarkdownConverter(Context context) {
        this.context = context;
        this.html = new HtmlConverter(context, nesting);
    }

    SourcePosition position(Node node) {
        return context.source().position(node.getStartOffset());
    }

    List<Block> blocks(Node parent) {
        return blocks(parent, null);
    }

    /** The blocks of a node's children but one (a chapter's title, read on its own). */
    List<Block> blocks(Node parent, Node passedOver) {
        List<Block> blocks = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child != passedOver) {
                block(child, blocks);
            }
        }
        return blocks;
    }

    private void block(Node node, List<Block> out) {
        if (node instanceof Paragraph paragraph && context.anchor(paragraph).isPresent()) {
            figure(paragraph, context.anchor(paragraph).get(), out);
        } else if (node instanceof Paragraph) {
            List<Inline> content = inlines(node);
            out.add(new dev.octavo.model.Paragraph(context.blockId("", "p"), content));
        } else if (node instanceof Heading heading) {
            List<Inline> content = inlines(heading);
            String text = dev.octavo.model.Inlines.plainText(content);
            String id = context.anchor(heading).map(Anchors.Anchor::id).orElseGet(() -> context.blockId(text, "section"));
            out.add(new dev.octavo.model.Heading(heading.getLevel(), id, content));
        } else if (node instanceof BlockQuote) {
            out.add(new dev.octavo.model.BlockQuote(blocks(node)));
        } else if (node instanceof BulletList || node instanceof OrderedList) {
            List<dev.octavo.model.ListItem> items = new ArrayList<>();
            for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    items.add(new dev.octavo.model.ListItem(blocks(item)));
                }
            }
            int start = node instanceof OrderedList ordered ? ordered.getStartNumber() : 1;
            out.add(new ListBlock(node instanceof OrderedList, start, items));
        } else if (node instanceof FencedCodeBlock fenced) {
            String info = fenced.getInfo().toString().trim();
            String code = typeset(fenced.getContentChars().toString(), node);
            out.add(new CodeBlock(info, code, CodeHighlighter.tokens(info, code)));
        } else if (node instanceof IndentedCodeBlock indented) {
            out.add(new CodeBlock("", typeset(indented.getContentChars().toString(), node)));
        } else if (node instanceof ThematicBreak) {
            out.add(new dev.octavo.model.ThematicBreak());
        } else if (node instanceof TableBlock) {
            out.add(table(node));
        } else if (node instanceof DefinitionList) {
            out.add(definitionList(node));
        } else if (node instanceof LineBlock) {
            out.add(verse(node));
        } else if (node instanceof HtmlBlockBase) {
            for (List<Inline> paragraph : html.paragraphs(node)) {
                out.add(new dev.octavo.model.Paragraph(context.blockId("", "p"), paragraph));
            }
        } else if (node instanceof FootnoteBlock || node instanceof Reference || node instanceof BlankLine) {
            // Footnote and link definitions are resolved where they are used.
        } else {
            context.diagnostics().warning(position(node),
                    "unsupported Markdown (" + node.getNodeName() + "); its text is kept as a paragraph");
            out.add(new dev.octavo.model.Paragraph(context.blockId("", "p"),
                    List.of(new dev.octavo.model.Text(typeset(node.getChars().toString().trim(), node)))));
        }
    }

    /**
     * An image alone in its paragraph, with the caption its brackets hold: the words are typeset under it, and are
     * its text alternative unless the author gave one ({@code {alt="…"}}).
     */
    private void figure(Paragraph paragraph, Anchors.Anchor anchor, List<Block> out) {
        Node node = FigureShape.imageOf(paragraph).orElseThrow();
        List<Inline> caption = inlines(node);
        String words = dev.octavo.model.Inlines.plainText(caption).strip();
        dev.octavo.model.Image image = context.image(imageUrl(node), words, NodeAttributes.of(node),
                words.length(), position(node));
        if (image != null) {
            out.add(new dev.octavo.model.Figure(anchor.id(), image, anchor.label(), caption));
        }
    }

    /** The address of an image, written inline or by reference (FigureShape only takes defined references). */
    private String imageUrl(Node node) {
        if (node instanceof Image image) {
            return image.getUrl().unescape();
        }
        return ((ImageRef) node).getReferenceNode(context.document()).getUrl().unescape();
    }

    /** Terms and definitions in the order written: each run of terms shares the definitions that follow it. */
    private dev.octavo.model.DefinitionList definitionList(Node list) {
        List<dev.octavo.model.DefinitionList.Entry> entries = new ArrayList<>();
        List<dev.octavo.model.DefinitionList.Term> terms = new ArrayList<>();
        List<dev.octavo.model.DefinitionList.Definition> definitions = new ArrayList<>();
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof DefinitionTerm) {
                if (!definitions.isEmpty()) {
                    entries.add(new dev.octavo.model.DefinitionList.Entry(terms, definitions));
                    terms = new ArrayList<>();
                    definitions = new ArrayList<>();
                }
                terms.add(new dev.octavo.model.DefinitionList.Term(context.blockId("", "term"), inlinesOf(child)));
            } else if (child instanceof DefinitionItem) {
                definitions.add(new dev.octavo.model.DefinitionList.Definition(blocks(child)));
            }
        }
        if (!terms.isEmpty() || !definitions.isEmpty()) {
            entries.add(new dev.octavo.model.DefinitionList.Entry(terms, definitions));
        }
        return new dev.octavo.model.DefinitionList(entries);
    }

    private Verse verse(Node lineBlock) {
        List<Verse.Line> lines = new ArrayList<>();
        for (Node child = lineBlock.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof LineBlockLine line) {
                Verse.Line verseLine = new Verse.Line(line.indent(), inlines(line));
                typeset(verseLine.indentation(), line);
                lines.add(verseLine);
            }
        }
        return new Verse(context.blockId("", "verse"), lines);
    }

    private Table table(Node tableBlock) {
        List<Table.TableRow> head = new ArrayList<>();
        List<Table.TableRow> body = new ArrayList<>();
        for (Node section = tableBlock.getFirstChild(); section != null; section = section.getNext()) {
            List<Table.TableRow> target = section instanceof TableHead ? head : section instanceof TableBody ? body : null;
            if (target == null) {
                continue;
            }
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    List<Table.TableCell> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell tableCell) {
                            String align = tableCell.getAlignment() == null ? ""
                                    : tableCell.getAlignment().name().toLowerCase(Locale.ROOT);
                            cells.add(new Table.TableCell(align, inlines(cell)));
                        }
                    }
                    target.add(new Table.TableRow(cells));
                }
            }
        }
        return new Table(head, body);
    }

    /** Inline content of a block; a block wrapping a single paragraph (a term, a list item) is unwrapped. */
    List<Inline> inlinesOf(Node node) {
        if (node.getFirstChild() instanceof Paragraph paragraph && paragraph.getNext() == null) {
            return inlines(paragraph);
        }
        return inlines(node);
    }

    List<Inline> inlines(Node parent) {
        if (!NestingLimits.opensInlineLevel(parent)) {
            return inlinesWithin(parent);
        }
        // Markdown alone never gets here too deep (NestingLimits cut it out); mixed with HTML elements it may.
        if (!nesting.enter()) {
            try {
                context.diagnostics().error(position(parent),
                        NestingLimits.messageAtLeast(NestingLimits.INLINE_WHAT, nesting.depth(), NestingLimits.INLINES));
                return List.of();
            } finally {
                nesting.leave();
            }
        }
        try {
            return inlinesWithin(parent);
        } finally {
            nesting.leave();
        }
    }

    private List<Inline> inlinesWithin(Node parent) {
        List<Node> children = new ArrayList<>();
        boolean hasHtml = false;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
            hasHtml |= child instanceof HtmlInlineBase;
        }
        if (hasHtml) {
            return html.inlines(children, this::inlinesOfOne);
        }
        InlineBuffer out = new InlineBuffer(context.smartDashes());
        children.forEach(child -> inline(child, out));
        return out.finish();
    }

    private List<Inline> inlinesOfOne(Node node) {
        InlineBuffer out = new InlineBuffer(context.smartDashes());
        inline(node, out);
        return out.finish();
    }

    /** Text that will be typeset, as it came from {@code origin}: checked against the fonts on its way in. */
    private String typeset(String text, Node origin) {
        context.glyphs().check(text, context.source(), origin.getStartOffset(), origin.getEndOffset());
        return text;
    }

    private void inline(Node node, InlineBuffer out) {
        if (node instanceof Text || node instanceof HtmlEntity) {
            out.text(typeset(unescaped(node), node));
        } else if (node instanceof TextBase) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                inline(child, out);
            }
        } else if (node instanceof SoftLineBreak) {
            out.text(" ");
        } else if (node instanceof HardLineBreak) {
            out.add(new LineBreak());
        } else if (node instanceof StrongEmphasis) {
            out.add(new Strong(inlines(node)));
        } else if (node instanceof Emphasis) {
            out.add(new dev.octavo.model.Emphasis(inlines(node)));
        } else if (node instanceof Code code) {
            out.add(new dev.octavo.model.Code(typeset(code.getText().toString(), node)));
        } else if (node instanceof Strikethrough) {
            out.add(new Styled("s", Map.of(), inlines(node)));
        } else if (node instanceof Subscript || node instanceof Superscript) {
            subOrSuperscript((DelimitedNode) node, node instanceof Subscript ? "sub" : "sup", out);
        } else if (node instanceof TypographicQuotes quotes) {
            out.text(typeset(Escaping.unescapeString(quotes.getTypographicOpening()), node));
            inlines(node).forEach(out::add);
            out.text(typeset(Escaping.unescapeString(quotes.getTypographicClosing()), node));
        } else if (node instanceof TypographicSmarts smarts) {
            // Dashes and ellipses arrive as HTML entities whatever the options say: decode them here, once.
            out.text(typeset(Escaping.unescapeString(smarts.getTypographicText()), node));
        } else if (node instanceof Footnote call) {
            dev.octavo.model.NoteRef ref = context.noteRef(call);
            if (ref != null) {
                out.add(ref);
            }
        } else if (node instanceof Image image) {
            addImage(image.getUrl().unescape(), node, out);
        } else if (node instanceof ImageRef ref) {
            Reference reference = ref.getReferenceNode(context.document());
            if (reference == null) {
                out.text(typeset(node.getChars().toString(), node));
            } else {
                addImage(reference.getUrl().unescape(), node, out);
            }
        } else if (node instanceof AttributesNode attributes) {
            // Braces after a heading or an image are its attributes; anywhere else they are the author's words.
            if (!NodeAttributes.belongsToPrevious(attributes)) {
                out.text(typeset(node.getChars().toString(), node));
            }
        } else if (node instanceof Link link) {
            link(link.getUrl().unescape(), inlines(node), node, out);
        } else if (node instanceof LinkRef ref) {
            Reference reference = ref.getReferenceNode(context.document());
            if (reference == null) {
                out.text(typeset(node.getChars().unescape(), node));
            } else {
                link(reference.getUrl().unescape(), inlines(node), node, out);
            }
        } else if (node instanceof AutoLink autoLink) {
            String url = autoLink.getText().toString();
            link(url, List.of(new dev.octavo.model.Text(typeset(url, node))), node, out);
        } else if (node instanceof MailLink mail) {
            String address = mail.getText().toString();
            link("mailto:" + address, List.of(new dev.octavo.model.Text(typeset(address, node))), node, out);
        } else if (node instanceof HtmlInlineBase) {
            html.inlines(List.of(node), this::inlinesOfOne).forEach(out::add);
        } else {
            out.text(typeset(node.getChars().unescape(), node));
        }
    }

    /**
     * H~2~O and mc^2^. flexmark pairs any two marks of a paragraph, however far apart; pandoc takes no white space
     * between them, and neither does Octavo, so that "2^3 and 4^5" or "~5 km … ~10 km" stay as written.
     */
    private void subOrSuperscript(DelimitedNode node, String element, InlineBuffer out) {
        Node origin = (Node) node;
        boolean spaced = node.getText().chars().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
        if (!spaced) {
            out.add(new Styled(element, Map.of(), inlines(origin)));
            return;
        }
        out.text(typeset(node.getOpeningMarker().toString(), origin));
        inlines(origin).forEach(out::add);
        out.text(typeset(node.getClosingMarker().toString(), origin));
    }

    /**
     * The node's text with its backslash escapes and entities decoded. flexmark looks for either with a regular
     * expression over every text node; most have neither, which a plain search tells sooner (a tenth of the
     * reading of a book went to that expression).
     */
    private static String unescaped(Node node) {
        String text = node.getChars().toString();
        return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : node.getChars().unescape();
    }

    private void addImage(String url, Node node, InlineBuffer out) {
        dev.octavo.model.Image image = context.image(url, FlexmarkText.plain(node), NodeAttributes.of(node), -1,
                position(node));
        if (image != null) {
            out.add(image);
        }
    }

    /**
     * Web and mail links are kept. A relative link leads into the book: to a chapter, a heading or a figure
     * (CrossReferences), or it is an error. A local file URL is refused as an error: the reader of the book has no
     * such file, and it is never read. Any other scheme keeps its text only, since it has no target in the book.
     */
    private void link(String url, List<Inline> content, Node node, InlineBuffer out) {
        String scheme = ManuscriptPaths.scheme(url);
        if (scheme.equals("https") || scheme.equals("http") || scheme.equals("mailto")) {
            out.add(new dev.octavo.model.Link(url, content));
            return;
        }
        if (scheme.isEmpty() && !url.startsWith("//")) {
            java.util.Optional<Inline> reference = context.crossReference(url, content, position(node));
            if (reference.isPresent()) {
                out.add(reference.get());
            } else {
                content.forEach(out::add);
            }
            return;
        }
        if (scheme.equals("file")) {
            context.diagnostics().error(position(node), "link '" + url + "' names a local file; it was refused"
                    + " (only web and mail links are kept)");
        } else {
            context.diagnostics().warning(position(node),
                    "link target '" + url + "' is not a web or mail address; only the link text is kept");
        }
        content.forEach(out::add);
    }
}
