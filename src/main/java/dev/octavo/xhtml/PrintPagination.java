package dev.octavo.xhtml;

import dev.octavo.model.Book;
import dev.octavo.model.Chapter;
import dev.octavo.model.GlossaryRef;
import dev.octavo.model.PageMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Decisions about the printed book that need a first layout: which chapters need a blank page before them to
 * open on a right-hand page, and the pages where glossary terms are used.
 *
 * <p>openhtmltopdf honours {@code page-break-before: right} but cannot style the blank pages it inserts (no
 * {@code @page :blank}), so they would carry a running head and a folio. Octavo inserts its own blank pages
 * instead, on a named page without either. A blank page shifts every later page by exactly one and changes no
 * line or page break inside a chapter, because chapters start on a fresh page and left and right pages have
 * the same text width; so one layout pass is enough to place them all, and the page of every use of a term
 * follows from where the first pass put it and the blank pages before its chapter.
 *
 * <p>That is why only the first pass marks each use of a term (a {@code span} with an id, when {@link #draft}):
 * the final pass prints the terms as plain text, which spares the renderer one inline box, one tagged span and
 * one id per use (4700 in the seed ×50), and checks only where the chapters open.
 *
 * @param blankBefore   ids of the chapter headings (and of the glossary's) preceded by a blank page
 * @param glossaryPages per glossary entry id, the page labels of its uses ("3, 7")
 * @param draft         a layout only to find where things land ({@link #FIRST_PASS}): the templates mark each use
 *                      of a term, and may leave out what comes after the last thing measured, the glossary's
 *                      entries (a sixth of the pages of the seed ×50)
 */
public record PrintPagination(List<String> blankBefore, Map<String, String> glossaryPages, boolean draft) {
    /**
     * The first pass: no blank pages, no page references, and a draft, since nothing it measures (where each
     * chapter, the glossary and each use of a term land) depends on the glossary's entries after its heading.
     */
    public static final PrintPagination FIRST_PASS = new PrintPagination(List.of(), Map.of(), true);

    public PrintPagination {
        blankBefore = List.copyOf(blankBefore);
        glossaryPages = Map.copyOf(glossaryPages);
    }

    /** A pagination to print with (not a draft). */
    public PrintPagination(List<String> blankBefore, Map<String, String> glossaryPages) {
        this(blankBefore, glossaryPages, false);
    }

    /** The pagination for the final pass, from the first pass's page map (made with {@link #FIRST_PASS}). */
    public static PrintPagination from(Book book, PageMap firstPass) {
        return withBlanks(book, FIRST_PASS.blanksFor(book, firstPass), firstPass);
    }

    /**
     * A pagination with these blank pages, and the glossary pages its uses land on then: the page of each use
     * in the first pass, moved by the blank pages up to its chapter, counted from the first chapter's page.
     */
    public static PrintPagination withBlanks(Book book, List<String> blanks, PageMap firstPass) {
        return new PrintPagination(blanks, glossaryPages(book, firstPass, blanksUpTo(sections(book), blanks)));
    }

    /** For each section, how many of these blank pages come before it, its own included. */
    private static int[] blanksUpTo(List<String> sections, List<String> blanks) {
        int[] upTo = new int[sections.size()];
        int count = 0;
        for (int i = 0; i < sections.size(); i++) {
            count += blanks.contains(sections.get(i)) ? 1 : 0;
            upTo[i] = count;
        }
        return upTo;
    }

    /**
     * The blank pages a layout made with this pagination calls for: the same list when the layout bore them out.
     * The final pass checks that before it draws (see PrintTypesetter).
     */
    public List<String> blanksFor(Book book, PageMap laidOut) {
        List<String> blanks = new ArrayList<>();
        int inserted = 0;
        int hadBefore = 0;
        for (String section : sections(book)) {
            hadBefore += blankBefore.contains(section) ? 1 : 0;
            // Where the section would start with no blank page before it at all, then with the ones it now needs.
            int start = laidOut.first(section).orElseThrow(
                    () -> new IllegalStateException("the print layout lost section " + section)) - hadBefore + inserted;
            // 0-based index: an odd index is an even, left-hand page.
            if (start % 2 == 1) {
                blanks.add(section);
                inserted++;
            }
        }
        return blanks;
    }

    /**
     * Whether a layout made with this pagination opens every section where the first pass and the blank pages
     * foretold, counted from the first section: what the glossary's page numbers rest on. A first pass laid out in
     * parts ({@link PrintPart}) is checked this way against the whole final layout.
     */
    public boolean foretold(Book book, PageMap firstPass, PageMap laidOut) {
        List<String> sections = sections(book);
        int[] blanksUpTo = blanksUpTo(sections, blankBefore);
        // Each section's laid-out page less its foretold page: one and the same number when the layout bears it out.
        Set<Integer> shifts = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            Optional<Integer> before = firstPass.first(sections.get(i));
            Optional<Integer> after = laidOut.first(sections.get(i));
            if (before.isEmpty() || after.isEmpty()) {
                return false;
            }
            shifts.add(after.get() - before.get() - blanksUpTo[i]);
        }
        return shifts.size() <= 1;
    }

    // Headings, not sections: openhtmltopdf reports a box that spans pages on its last page.
    private static List<String> sections(Book book) {
        List<String> sections = new ArrayList<>(book.chapters().stream().map(Chapter::id).toList());
        if (!book.glossary().isEmpty()) {
            sections.add(book.glossary().id());
        }
        return sections;
    }

    private static Map<String, String> glossaryPages(Book book, PageMap firstPass, int[] blanksUpTo) {
        if (book.chapters().isEmpty() || book.glossary().isEmpty()) {
            return Map.of();
        }
        int bodyStart = firstPass.first(book.chapters().get(0).id()).orElse(0) + blanksUpTo[0];
        Map<String, SortedSet<Integer>> pages = new HashMap<>();
        for (int i = 0; i < book.chapters().size(); i++) {
            int shift = blanksUpTo[i];
            for (GlossaryRef use : GlossaryUses.of(book.chapters().get(i))) {
                firstPass.first(use.id()).ifPresent(page -> pages
                        .computeIfAbsent(use.entry().id(), id -> new TreeSet<>())
                        .add(page + shift - bodyStart + 1));
            }
        }
        Map<String, String> labels = new HashMap<>();
        pages.forEach((entry, numbers) -> labels.put(entry,
                String.join(", ", numbers.stream().map(String::valueOf).toList())));
        return labels;
    }
}
