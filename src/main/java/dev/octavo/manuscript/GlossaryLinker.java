package dev.octavo.manuscript;

import dev.octavo.model.Block;
import dev.octavo.model.BlockQuote;
import dev.octavo.model.Chapter;
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

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private static final int SHAPES = 1 << 12;

    private final Map<String, GlossaryEntry> entries;
    /**
     * The written forms by the shape of their first word (its first letter and length, hashed), longest first: at
     * a word start, one look at the word's shape gives the only forms that can begin there, without making a string
     * of the word; most words of a text begin no term and find nothing. Forms of several first words may share a
     * shape, but only those with the text's word can match (see {@link #termAt}), so longest first still holds.
     */
    private final List<List<String>> formsByShape = new ArrayList<>(Collections.nCopies(SHAPES, null));
    private final IdRegistry ids;
    private final boolean links;

    GlossaryLinker(Glossary glossary, IdRegistry ids, boolean links) {
        this.entries = forms(glossary.entries());
        // One alternation of every term costs a step per term at every character: a 600-page book with hundreds
        // of terms spent seconds here. One lookup of the word at each word start does not.
        for (String form : entries.keySet()) {
            int shape = shape(form, 0, wordEnd(form, 0));
            if (formsByShape.get(shape) == null) {
                formsByShape.set(shape, new ArrayList<>());
            }
            formsByShape.get(shape).add(form);
        }
        // A stable sort: forms of the same length keep the order of entries (a term before another's variant).
        formsByShape.stream().filter(Objects::nonNull)
                .forEach(forms -> forms.sort(Comparator.comparingInt(String::length).reversed()));
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
            }
            // Headings stay as written; code blocks and breaks have no running text.
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
                        && !(inline instanceof GlossaryRef)) {
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
                String term = i == 0 || !isWordChar(text.codePointBefore(i)) ? termAt(text, i) : null;
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

    /**
     * The longest written form of a term that starts at {@code i} and ends at a word's end, or null. A form that
     * starts there begins with the word that starts there, whole: the character after that word is not part of a
     * word, in the text as in the form (or the form ends, and then so must a word in the text).
     */
    private String termAt(String text, int i) {
        int end = wordEnd(text, i);
        List<String> candidates = formsByShape.get(shape(text, i, end));
        if (candidates == null) {
            return null;
        }
        for (String form : candidates) {
            int formEnd = i + form.length();
            if (text.startsWith(form, i) && (formEnd == text.length() || !isWordChar(text.codePointAt(formEnd)))) {
                return form;
            }
        }
        return null;
    }

    /** A first word's shape: its first character and its length, hashed into {@link #SHAPES} bits. */
    private static int shape(String text, int start, int end) {
        return Math.floorMod(text.codePointAt(start) * 31 + (end - start), SHAPES);
    }

    /** Where the run of word characters that starts at {@code i} ends ({@code i} itself when there is none). */
    private static int wordEnd(String text, int i) {
        int end = i;
        while (end < text.length() && isWordChar(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
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
