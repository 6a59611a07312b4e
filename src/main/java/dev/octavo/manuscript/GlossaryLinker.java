package dev.octavo.manuscript;

import dev.octavo.model.Block;
import dev.octavo.model.BlockQuote;
import dev.octavo.model.Chapter;
import dev.octavo.model.CrossRef;
import dev.octavo.model.DefinitionList;
import dev.octavo.model.Glossary;
import dev.octavo.model.GlossaryEntry;
import dev.octavo.model.GlossaryRef;
import dev.octavo.model.Inline;
import dev.octavo.model.InlineContainer;
import dev.octavo.model.Link;
import dev.octavo.model.ListBlock;
import dev.octavo.model.ListItem;
import dev.octavo.model.Paragraph;
import dev.octavo.model.Table;
import dev.octavo.model.Text;
import dev.octavo.model.Verse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the uses of glossary terms in the running text of the chapters and makes each a {@link GlossaryRef}
 * with its own id (the printed glossary lists the pages of every use); the first use in a chapter is the one
 * the EPUB links. Only plain text is searched: headings, links, code and footnotes are left alone, since a link
 * inside a heading or a link, or from a note, would be noise.
 *
 * <p>Terms match whole words, case-sensitively, longest first ("Cách mạng Tháng Mười" before a shorter term it
 * contains). A headword is capitalised by convention, so a term also matches with its first letter in the other
 * case ("Tự vệ đỏ" matches "tự vệ đỏ" inside a sentence) — unless it is an acronym such as "SR".
 */
final class GlossaryLinker {
    private final Map<String, GlossaryEntry> entries;
    /**
     * Every written form, character by character from the root. At a word start one walk along the text finds the
     * longest form there: most words leave the tree at their first or second character. A lookup by first word
     * alone was not enough: many terms may begin with the same word ("Cách mạng Tháng Hai", "Cách mạng Tháng
     * Mười", …), and each would be compared at every use of that word.
     */
    private final FormTree tree = new FormTree();
    private final IdRegistry ids;
    private final boolean links;

    GlossaryLinker(Glossary glossary, IdRegistry ids, boolean links) {
        this.entries = forms(glossary.entries());
        // One alternation of every term costs a step per term at every character: a 600-page book with hundreds
        // of terms spent seconds here. One walk of a tree at each word start does not.
        entries.keySet().forEach(tree::add);
        this.ids = ids;
        this.links = links;
    }

    /** The chapter with every use of a term marked; the same chapter when the glossary is empty. */
    Chapter link(Chapter chapter) {
        if (entries.isEmpty()) {
            return chapter;
        }
        ChapterPass pass = new ChapterPass();
        return new Chapter(chapter.id(), chapter.name(), chapter.title(), pass.blocks(chapter.blocks()),
                chapter.footnotes());
    }

    /** Each written form of each term: the term itself first, so that it wins over another term's variant. */
    private static Map<String, GlossaryEntry> forms(List<GlossaryEntry> glossary) {
        Map<String, GlossaryEntry> forms = new LinkedHashMap<>();
        glossary.forEach(entry -> forms.put(entry.term(), entry));
        glossary.forEach(entry -> otherCaseOfFirstLetter(entry.term()).ifPresent(form -> forms.putIfAbsent(form, entry)));
        return forms;
    }

    private static Optional<String> otherCaseOfFirstLetter(String term) {
        if (term.isEmpty()) {
            return Optional.empty();
        }
        int first = term.codePointAt(0);
        int rest = Character.charCount(first);
        boolean acronym = rest < term.length() && Character.isUpperCase(term.codePointAt(rest));
        int other = Character.isUpperCase(first) ? (acronym ? first : Character.toLowerCase(first))
                : Character.toUpperCase(first);
        return other == first ? Optional.empty()
                : Optional.of(new StringBuilder().appendCodePoint(other).append(term, rest, term.length()).toString());
    }

    /** One chapter's walk: remembers which entries were already linked in it. */
    private final class ChapterPass {
        private final Set<String> linked = new HashSet<>();

        List<Block> blocks(List<Block> blocks) {
            List<Block> out = new ArrayList<>(blocks.size());
            for (Block block : blocks) {
                out.add(block(block));
            }
            return out;
        }

        private Block block(Block block) {
            if (block instanceof Paragraph p) {
                return new Paragraph(p.id(), inlines(p.content()));
            } else if (block instanceof BlockQuote q) {
                return new BlockQuote(blocks(q.blocks()));
            } else if (block instanceof ListBlock list) {
                return new ListBlock(list.ordered(), list.start(),
                        list.items().stream().map(item -> new ListItem(blocks(item.blocks()))).toList());
            } else if (block instanceof Table table) {
                return new Table(rows(table.head()), rows(table.body()));
            } else if (block instanceof Verse verse) {
                return new Verse(verse.id(), verse.lines().stream().map(line -> line.withContent(inlines(line.content())))
                        .toList());
            } else if (block instanceof DefinitionList list) {
                return new DefinitionList(list.entries().stream().map(entry -> new DefinitionList.Entry(entry.terms(),
                        entry.definitions().stream().map(d -> new DefinitionList.Definition(blocks(d.blocks()))).toList()))
                        .toList());
            }
            // Headings and the terms of definition lists stay as written, as labels; code blocks and breaks have no
            // running text.
            return block;
        }

        private List<Table.TableRow> rows(List<Table.TableRow> rows) {
            return rows.stream().map(row -> new Table.TableRow(row.cells().stream()
                    .map(cell -> new Table.TableCell(cell.align(), inlines(cell.content()))).toList())).toList();
        }

        private List<Inline> inlines(List<Inline> inlines) {
            List<Inline> out = new ArrayList<>();
            for (Inline inline : inlines) {
                if (inline instanceof Text text) {
                    split(text.text(), out);
                } else if (inline instanceof InlineContainer container && !(inline instanceof Link)
                        && !(inline instanceof CrossRef) && !(inline instanceof GlossaryRef)) {
                    // Emphasis, strong and the HTML spans an author wrote (a quotation, a foreign word…).
                    out.add(container.withContent(inlines(container.content())));
                } else {
                    // Links, code, images, note calls (and the notes behind them) and line breaks are kept whole.
                    out.add(inline);
                }
            }
            return out;
        }

        private void split(String text, List<Inline> out) {
            int from = 0;
            int i = 0;
            while (i < text.length()) {
                String term = i == 0 || !isWordChar(text.codePointBefore(i)) ? tree.longestAt(text, i) : null;
                if (term == null) {
                    i += Character.charCount(text.codePointAt(i));
                    continue;
                }
                if (i > from) {
                    out.add(new Text(text.substring(from, i)));
                }
                GlossaryEntry entry = entries.get(term);
                boolean first = linked.add(entry.id());
                out.add(new GlossaryRef(entry, ids.allocate("", entry.id() + "-use"), List.of(new Text(term)),
                        links && first));
                i += term.length();
                from = i;
            }
            if (from < text.length()) {
                out.add(new Text(text.substring(from)));
            }
        }
    }

    /** A tree of the written forms by their characters; each node knows the form that ends at it, if one does. */
    private static final class FormTree {
        private char[] keys = new char[0];
        private FormTree[] children = new FormTree[0];
        private String form;

        void add(String written) {
            FormTree node = this;
            for (int i = 0; i < written.length(); i++) {
                node = node.childOrNew(written.charAt(i));
            }
            node.form = written.isEmpty() ? null : written;
        }

        /**
         * The longest form that the text spells from {@code start} on, followed by the text's end or by a character
         * that is not part of a word (a form ends where a word ends, in the text as in the form); or null.
         */
        String longestAt(String text, int start) {
            FormTree node = this;
            String longest = null;
            for (int i = start; i < text.length(); i++) {
                node = node.child(text.charAt(i));
                if (node == null) {
                    break;
                }
                if (node.form != null && (i + 1 == text.length() || !isWordChar(text.codePointAt(i + 1)))) {
                    longest = node.form;
                }
            }
            return longest;
        }

        /** Keys are kept sorted: the root has a child for every first letter of a term. */
        private FormTree child(char key) {
            int at = Arrays.binarySearch(keys, key);
            return at < 0 ? null : children[at];
        }

        private FormTree childOrNew(char key) {
            int at = Arrays.binarySearch(keys, key);
            if (at >= 0) {
                return children[at];
            }
            int insert = -at - 1;
            FormTree child = new FormTree();
            char[] newKeys = new char[keys.length + 1];
            FormTree[] newChildren = new FormTree[children.length + 1];
            System.arraycopy(keys, 0, newKeys, 0, insert);
            System.arraycopy(children, 0, newChildren, 0, insert);
            newKeys[insert] = key;
            newChildren[insert] = child;
            System.arraycopy(keys, insert, newKeys, insert + 1, keys.length - insert);
            System.arraycopy(children, insert, newChildren, insert + 1, children.length - insert);
            keys = newKeys;
            children = newChildren;
            return child;
        }
    }

    /** A letter, mark or digit next to a match means the match is only part of a word. */
    private static boolean isWordChar(int codePoint) {
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
