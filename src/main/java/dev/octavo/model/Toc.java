package dev.octavo.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the nested table of contents of a book: chapters, their sections down to the book's contents depth
 * ({@code toc-depth}), then the glossary. The EPUB's nav and NCX, the printed contents and the PDF's bookmarks are
 * all made from it, so they list the same headings.
 */
public final class Toc {
    private Toc() {
    }

    /**
     * The contents of a book.
     *
     * @param book the book
     * @return one entry of level 1 per chapter, each with its listed sections nested by level, then one for the
     *         glossary unless it is empty
     */
    public static List<TocEntry> of(Book book) {
        int depth = book.metadata().tocDepth();
        List<TocEntry> entries = new ArrayList<>();
        for (Chapter chapter : book.chapters()) {
            List<Heading> listed = chapter.headings().stream().filter(heading -> heading.level() <= depth).toList();
            entries.add(new TocEntry(chapter.plainTitle(), chapter.name(), chapter.id(), 1,
                    nest(chapter.name(), listed, 0, 2)));
        }
        if (!book.glossary().isEmpty()) {
            entries.add(new TocEntry(book.glossary().title(), book.glossary().id(), book.glossary().id(), 1, List.of()));
        }
        return entries;
    }

    /** Headings from {@code from} on that belong at {@code level}, each with its deeper headings nested. */
    private static List<TocEntry> nest(String document, List<Heading> headings, int from, int level) {
        List<TocEntry> entries = new ArrayList<>();
        int i = from;
        while (i < headings.size() && headings.get(i).level() >= level) {
            Heading heading = headings.get(i);
            int next = i + 1;
            while (next < headings.size() && headings.get(next).level() > heading.level()) {
                next++;
            }
            entries.add(new TocEntry(heading.plainText(), document, heading.id(), heading.level(),
                    nest(document, headings, i + 1, heading.level() + 1)));
            i = next;
        }
        return entries;
    }
}
