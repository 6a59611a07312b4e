package dev.octavo.model;

import java.util.ArrayList;
import java.util.List;

/** Builds the nested table of contents of a book: chapters, their sections, then the glossary. */
public final class Toc {
    private Toc() {
    }

    public static List<TocEntry> of(Book book) {
        List<TocEntry> entries = new ArrayList<>();
        for (Chapter chapter : book.chapters()) {
            entries.add(new TocEntry(chapter.plainTitle(), chapter.name(), chapter.id(), 1,
                    nest(chapter.name(), chapter.headings(), 0, 2)));
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
