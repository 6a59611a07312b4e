package dev.octavo.xhtml;

import dev.octavo.model.Block;
import dev.octavo.model.BlockQuote;
import dev.octavo.model.Book;
import dev.octavo.model.Chapter;
import dev.octavo.model.Code;
import dev.octavo.model.DefinitionList;
import dev.octavo.model.Glossary;
import dev.octavo.model.GlossaryEntry;
import dev.octavo.model.Heading;
import dev.octavo.model.Inline;
import dev.octavo.model.ListBlock;
import dev.octavo.model.ListItem;
import dev.octavo.model.PageBreak;
import dev.octavo.model.PageMap;
import dev.octavo.model.PageNumbering;
import dev.octavo.model.PageStart;
import dev.octavo.model.PageTarget;
import dev.octavo.model.Paragraph;
import dev.octavo.model.TextWalk;
import dev.octavo.model.Verse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts the printed edition's page breaks into the EPUB: a marker where each PDF page's text begins, and the
 * page list that leads to them. Pages without text of their own (blank pages) share the marker place of the
 * next page; front matter pages are marked on the EPUB's title page.
 *
 * <p>Places are counted in non-space characters of a block's text, as {@link PageStart} gives them: white space
 * at the ends of printed lines is collapsed, so only the other characters can be matched one to one.
 */
public final class PageBreaks {
    /** The EPUB document that stands for the printed front matter. */
    static final String FRONT_MATTER = XhtmlRenderer.TITLE_PAGE;

    private PageBreaks() {
    }

    /**
     * The book with page-break markers in its text, the page list in page order, and the markers that stand
     * before blocks with no inline text of their own (the glossary's title and terms), by block id.
     */
    public record Marked(Book book, List<PageTarget> pageList, Map<String, List<PageTarget>> beforeBlocks) {
    }

    /**
     * Ids of the blocks the EPUB can carry a marker in: paragraphs, headings, verse, the terms of definition lists,
     * chapter titles, glossary terms.
     */
    public static Set<String> markable(Book book) {
        return documentsOf(book).keySet();
    }

    /** Ids of the paragraphs, headings, verse and terms among these blocks, nested ones included. */
    private static void collect(List<Block> blocks, Set<String> ids) {
        TextWalk.blocks(blocks).forEach(block -> {
            if (block instanceof Paragraph p) {
                ids.add(p.id());
            } else if (block instanceof Heading h) {
                ids.add(h.id());
            } else if (block instanceof Verse v) {
                ids.add(v.id());
            } else if (block instanceof DefinitionList list) {
                list.entries().forEach(entry -> entry.terms().forEach(term -> ids.add(term.id())));
            }
        });
    }

    public static Marked mark(Book book, PageMap pages, PageNumbering numbering) {
        Map<Integer, PageStart> starts = new HashMap<>();
        pages.starts().forEach(start -> starts.put(start.pageIndex(), start));
        Map<String, String> documents = documentsOf(book);

        List<PageTarget> pageList = new ArrayList<>();
        Map<String, List<Mark>> marks = new LinkedHashMap<>();
        List<PageTarget> waiting = new ArrayList<>();
        for (int page = 0; page < pages.pageCount(); page++) {
            String label = numbering.label(page);
            String id = "print-page-" + label;
            PageStart start = starts.get(page);
            if (start == null && page < numbering.bodyStart()) {
                pageList.add(new PageTarget(label, FRONT_MATTER, id));
                continue;
            }
            waiting.add(new PageTarget(label, start == null ? "" : documents.get(start.blockId()), id));
            if (start != null) {
                for (PageTarget target : waiting) {
                    PageTarget placed = new PageTarget(target.label(), documents.get(start.blockId()), target.id());
                    pageList.add(placed);
                    marks.computeIfAbsent(start.blockId(), b -> new ArrayList<>()).add(new Mark(start.charsBefore(), placed));
                }
                waiting.clear();
            }
        }
        // Blank pages after the last text (none in a book that ends with text) have nowhere to point.
        return apply(book, pageList, marks);
    }

    /** Each markable block's id and the EPUB document it stands in. */
    private static Map<String, String> documentsOf(Book book) {
        Map<String, String> documents = new HashMap<>();
        for (Chapter chapter : book.chapters()) {
            Set<String> ids = new HashSet<>();
            ids.add(chapter.id());
            collect(chapter.blocks(), ids);
            ids.forEach(id -> documents.put(id, chapter.name()));
        }
        Set<String> glossaryIds = new HashSet<>();
        glossaryIds.add(book.glossary().id());
        for (GlossaryEntry entry : book.glossary().entries()) {
            glossaryIds.add(entry.id());
            collect(entry.definition(), glossaryIds);
        }
        glossaryIds.forEach(id -> documents.put(id, book.glossary().id()));
        return documents;
    }

    private record Mark(int charsBefore, PageTarget target) {
        PageBreak inline() {
            return new PageBreak(target.label(), target.id());
        }
    }

    private static Marked apply(Book book, List<PageTarget> pageList, Map<String, List<Mark>> marks) {
        List<Chapter> chapters = new ArrayList<>();
        for (Chapter chapter : book.chapters()) {
            List<Inline> title = inlines(chapter.title(), marks.get(chapter.id()));
            chapters.add(new Chapter(chapter.id(), chapter.name(), title, blocks(chapter.blocks(), marks),
                    chapter.footnotes()));
        }
        Map<String, List<PageTarget>> beforeBlocks = new HashMap<>();
        Glossary glossary = book.glossary();
        List<GlossaryEntry> entries = new ArrayList<>();
        before(glossary.id(), marks, beforeBlocks);
        for (GlossaryEntry entry : glossary.entries()) {
            before(entry.id(), marks, beforeBlocks);
            entries.add(new GlossaryEntry(entry.term(), entry.id(), blocks(entry.definition(), marks)));
        }
        Book marked = new Book(book.metadata(), book.labels(), chapters,
                new Glossary(glossary.id(), glossary.title(), entries), book.assets(), book.cover(), book.print());
        return new Marked(marked, pageList, beforeBlocks);
    }

    private static void before(String id, Map<String, List<Mark>> marks, Map<String, List<PageTarget>> out) {
        List<Mark> here = marks.get(id);
        if (here != null) {
            out.put(id, here.stream().map(Mark::target).toList());
        }
    }

    private static List<Block> blocks(List<Block> blocks, Map<String, List<Mark>> marks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (block instanceof Paragraph p && marks.containsKey(p.id())) {
                out.add(new Paragraph(p.id(), inlines(p.content(), marks.get(p.id()))));
            } else if (block instanceof Heading h && marks.containsKey(h.id())) {
                out.add(new Heading(h.level(), h.id(), inlines(h.content(), marks.get(h.id()))));
            } else if (block instanceof BlockQuote q) {
                out.add(new BlockQuote(blocks(q.blocks(), marks)));
            } else if (block instanceof ListBlock l) {
                out.add(new ListBlock(l.ordered(), l.start(),
                        l.items().stream().map(item -> new ListItem(blocks(item.blocks(), marks))).toList()));
            } else if (block instanceof Verse v && marks.containsKey(v.id())) {
                out.add(new Verse(v.id(), lines(v.lines(), marks.get(v.id()))));
            } else if (block instanceof DefinitionList list) {
                out.add(new DefinitionList(list.entries().stream().map(entry -> new DefinitionList.Entry(
                        entry.terms().stream().map(term -> new DefinitionList.Term(term.id(),
                                inlines(term.content(), marks.get(term.id())))).toList(),
                        entry.definitions().stream().map(definition ->
                                new DefinitionList.Definition(blocks(definition.blocks(), marks))).toList())).toList()));
            } else {
                out.add(block);
            }
        }
        return out;
    }

    /**
     * Verse lines with the marks of their verse: the count runs on from line to line, as the printed lines of the
     * poem follow each other in its block. A mark past the last character goes at the end of the last line.
     */
    private static List<Verse.Line> lines(List<Verse.Line> lines, List<Mark> marks) {
        List<List<Inline>> marked = CountedInsertion.insertAcross(lines.stream().map(Verse.Line::content).toList(),
                marks.stream().map(mark -> new CountedInsertion.Insert(mark.charsBefore(), mark.inline())).toList());
        List<Verse.Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(lines.get(i).withContent(marked.get(i)));
        }
        return out;
    }

    /** The inlines with each mark inserted before the first character past its count of non-space characters. */
    static List<Inline> inlines(List<Inline> content, List<Mark> marks) {
        return marks == null ? content : CountedInsertion.insert(content,
                marks.stream().map(mark -> new CountedInsertion.Insert(mark.charsBefore(), mark.inline())).toList());
    }
}
