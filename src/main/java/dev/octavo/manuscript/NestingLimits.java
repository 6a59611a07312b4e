package dev.octavo.manuscript;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.definition.DefinitionList;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How deep a manuscript may nest its structures, and the check of a parsed file against it. Every later stage
 * (the converters, the glossary linker, the templates, the PDF layout) walks the text by recursion, so a file
 * that nests without bound would end the build in a StackOverflowError. flexmark itself parses such a file
 * (it keeps its open blocks in a list), so the check runs on flexmark's tree, by a loop rather than recursion,
 * before anything else walks it: each structure nested too deep is reported where it crosses the limit, and
 * cut out of the tree, so that nothing after meets it. The build then stops with that error.
 *
 * <p>The limits are far beyond what a book needs and far below what the stack of a default thread can follow
 * through every stage at once.
 */
final class NestingLimits {
    static final int BLOCK_QUOTES = 16;
    static final int LISTS = 16;
    /** Quotes, lists and definition lists inside each other. */
    static final int BLOCKS = 24;
    /** Emphasis, links, quotation marks, strikethrough, sub- and superscripts and HTML elements inside each other. */
    static final int INLINES = 32;
    /** A footnote calling a footnote calling a footnote … */
    static final int FOOTNOTES = 8;

    static final String INLINE_WHAT = "inline markup (emphasis, links, quotation marks, HTML …)";

    private NestingLimits() {
    }

    /** One kind of nesting: its limit, and what the message calls it. */
    private enum Kind {
        QUOTES("block quotes", BLOCK_QUOTES),
        LISTS("lists", NestingLimits.LISTS),
        BLOCKS("quotes, lists and definition lists inside each other", NestingLimits.BLOCKS),
        INLINES(INLINE_WHAT, NestingLimits.INLINES);

        final String what;
        final int limit;

        Kind(String what, int limit) {
            this.what = what;
            this.limit = limit;
        }

        /** Whether the node is one level of this kind of nesting. */
        boolean counts(Node node) {
            boolean quote = node instanceof BlockQuote;
            boolean list = node instanceof BulletList || node instanceof OrderedList;
            switch (this) {
                case QUOTES:
                    return quote;
                case LISTS:
                    return list;
                case BLOCKS:
                    return quote || list || node instanceof DefinitionList;
                default:
                    return opensInlineLevel(node) && node.hasChildren();
            }
        }
    }

    /**
     * Whether the node is one level of inline markup when it holds something: not a block, not flexmark's wrapper
     * of a text's escapes, and no part of a table (whose rows and cells flexmark does not make blocks).
     */
    static boolean opensInlineLevel(Node node) {
        return !(node instanceof Block) && !(node instanceof TextBase) && !(node instanceof TableHead)
                && !(node instanceof TableBody) && !(node instanceof TableRow) && !(node instanceof TableCell)
                && !(node instanceof TableSeparator) && !(node instanceof TableCaption);
    }

    static String message(String what, int depth, int limit) {
        return String.format(Locale.ROOT, "%s nested %d deep; at most %d are allowed", what, depth, limit);
    }

    /** When only the depth where the limit is crossed is known, not how much deeper it goes. */
    static String messageAtLeast(String what, int depth, int limit) {
        return String.format(Locale.ROOT, "%s nested at least %d deep; at most %d are allowed", what, depth, limit);
    }

    /**
     * Reports every structure of the file nested deeper than its limit, at the node where it crosses the limit,
     * and unlinks that node from the tree.
     */
    static void check(Node document, SourceText source, Diagnostics diagnostics) {
        List<Node> cut = new ArrayList<>();
        Kind[] kinds = Kind.values();
        int[] depths = new int[kinds.length];
        Node node = document.getFirstChild();
        while (node != null) {
            Kind over = enter(node, kinds, depths);
            if (over != null) {
                int depth = depths[over.ordinal()] - 1 + deepest(node, over);
                diagnostics.error(source.position(node.getStartOffset()), message(over.what, depth, over.limit));
                cut.add(node);
                leave(node, kinds, depths);
                node = next(node, document, kinds, depths);
            } else if (node.getFirstChild() != null) {
                node = node.getFirstChild();
            } else {
                leave(node, kinds, depths);
                node = next(node, document, kinds, depths);
            }
        }
        cut.forEach(Node::unlink);
    }

    /** Counts the node in the depths it adds to; the first kind whose limit it crosses, or null. */
    private static Kind enter(Node node, Kind[] kinds, int[] depths) {
        Kind over = null;
        for (Kind kind : kinds) {
            if (kind.counts(node) && ++depths[kind.ordinal()] > kind.limit && over == null) {
                over = kind;
            }
        }
        return over;
    }

    private static void leave(Node node, Kind[] kinds, int[] depths) {
        for (Kind kind : kinds) {
            if (kind.counts(node)) {
                depths[kind.ordinal()]--;
            }
        }
    }

    /** The node after this subtree in document order, leaving every ancestor that ends here; null at the end. */
    private static Node next(Node node, Node root, Kind[] kinds, int[] depths) {
        Node at = node;
        while (at.getNext() == null) {
            at = at.getParent();
            if (at == null || at == root) {
                return null;
            }
            leave(at, kinds, depths);
        }
        return at.getNext();
    }

    /** How many nodes of the kind the deepest path from this node down holds, the node itself included. */
    private static int deepest(Node top, Kind kind) {
        int deepest = 0;
        int depth = 0;
        Node node = top;
        while (node != null) {
            if (kind.counts(node)) {
                depth++;
                deepest = Math.max(deepest, depth);
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            if (kind.counts(node)) {
                depth--;
            }
            while (node != top && node.getNext() == null) {
                node = node.getParent();
                if (kind.counts(node)) {
                    depth--;
                }
            }
            node = node == top ? null : node.getNext();
        }
        return deepest;
    }
}
