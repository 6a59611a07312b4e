package dev.octavo.pdf;

import dev.octavo.fonts.FontSet;
import dev.octavo.model.Book;
import dev.octavo.model.Chapter;
import dev.octavo.model.GlossaryRef;
import dev.octavo.model.TextWalk;
import dev.octavo.model.PageMap;
import dev.octavo.testing.Seed;
import dev.octavo.testing.SeedBook;
import dev.octavo.xhtml.PrintPagination;
import dev.octavo.xhtml.PrintPart;
import dev.octavo.xhtml.Theme;
import dev.octavo.xhtml.XhtmlRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pagination the final pass checks itself against, on real layouts of the seed book: a layout made with the
 * right blank pages bears them out, a layout made with wrong ones tells the right ones in a single step, and the
 * glossary's page numbers worked out from the first pass are those where the final layout prints each use.
 */
class PrintPaginationTest {
    private static Book book;
    private static Theme theme;
    private static FontSet fonts;
    private static PageMap firstPassLayout;
    private static PrintPagination fromFirstPass;

    @BeforeAll
    static void firstPass() throws IOException {
        book = SeedBook.model();
        theme = Theme.over(Seed.projectDir().resolve("styles"));
        fonts = FontSet.fromDirectory(Seed.projectDir().resolve("fonts"));
        firstPassLayout = layout(PrintPagination.FIRST_PASS);
        fromFirstPass = PrintPagination.from(book, firstPassLayout);
    }

    @Test
    void theFinalLayoutBearsOutTheBlankPagesOfTheFirstPass() throws IOException {
        assertFalse(fromFirstPass.blankBefore().isEmpty(), "the seed book needs blank pages: the test would prove little");
        PageMap laidOut = layout(fromFirstPass);
        assertEquals(fromFirstPass.blankBefore(), fromFirstPass.blanksFor(book, laidOut));
        for (String section : sections()) {
            assertEquals(0, laidOut.first(section).orElseThrow() % 2, section + " opens on a right-hand page");
        }
    }

    /**
     * The final pass does not mark the uses of terms, so this lays out the final pagination with marks (a draft
     * with the blank pages) and reads each use's page label from it, independently of PrintPagination's arithmetic.
     */
    @Test
    void theGlossaryPagesFromTheFirstPassAreWhereTheFinalLayoutPrintsEachUse() throws IOException {
        assertFalse(fromFirstPass.glossaryPages().isEmpty());
        PageMap marked = layout(new PrintPagination(fromFirstPass.blankBefore(), Map.of(), true));
        int bodyStart = marked.first(book.chapters().get(0).id()).orElseThrow();
        Map<String, SortedSet<Integer>> pages = new HashMap<>();
        for (Chapter chapter : book.chapters()) {
            uses(chapter).forEach(use -> pages.computeIfAbsent(use.entry().id(), id -> new TreeSet<>())
                    .add(marked.first(use.id()).orElseThrow() - bodyStart + 1));
        }
        Map<String, String> labels = new HashMap<>();
        pages.forEach((entry, numbers) -> labels.put(entry, String.join(", ", numbers.stream().map(String::valueOf).toList())));
        assertEquals(labels, fromFirstPass.glossaryPages());
    }

    @Test
    void onlyTheDraftMarksTheUsesOfTermsAndOnlyTheFinalDocumentHasTheEntries() throws IOException {
        PageMap finalLayout = layout(fromFirstPass);
        String use = uses(book.chapters().get(0)).get(0).id();
        String entry = book.glossary().entries().get(0).id();
        assertTrue(firstPassLayout.first(use).isPresent(), "the draft marks " + use);
        assertTrue(firstPassLayout.first(entry).isEmpty(), "no glossary entry in the draft");
        assertTrue(finalLayout.first(use).isEmpty(), "the final document prints " + use + " as plain text");
        assertTrue(finalLayout.first(entry).isPresent());
        assertTrue(firstPassLayout.pageCount() < finalLayout.pageCount(),
                firstPassLayout.pageCount() + " pages in the draft, " + finalLayout.pageCount() + " in the whole book");
    }

    @Test
    void aLayoutWithoutTheBlankPagesTellsWhichAreMissing() throws IOException {
        PrintPagination none = new PrintPagination(List.of(), fromFirstPass.glossaryPages());
        assertNotEquals(fromFirstPass.blankBefore(), none.blankBefore());
        assertEquals(fromFirstPass.blankBefore(), none.blanksFor(book, layout(none)));
    }

    @Test
    void aLayoutWithABlankPageBeforeEverySectionTellsWhichAreTooMany() throws IOException {
        PrintPagination every = new PrintPagination(sections(), Map.of());
        assertNotEquals(fromFirstPass.blankBefore(), every.blankBefore());
        assertEquals(fromFirstPass.blankBefore(), every.blanksFor(book, layout(every)));
    }

    @Test
    void otherBlankPagesMoveTheGlossaryPagesOfTheChaptersAfterThem() {
        assertEquals(fromFirstPass, PrintPagination.withBlanks(book, fromFirstPass.blankBefore(), firstPassLayout));
        String lastChapter = book.chapters().get(book.chapters().size() - 1).id();
        List<String> oneMore = new ArrayList<>(fromFirstPass.blankBefore());
        assertFalse(oneMore.contains(lastChapter), "the test adds a blank page before the last chapter");
        oneMore.add(lastChapter);
        PrintPagination moved = PrintPagination.withBlanks(book, oneMore, firstPassLayout);
        Set<String> inLastChapter = new HashSet<>();
        uses(book.chapters().get(book.chapters().size() - 1)).forEach(use -> inLastChapter.add(use.entry().id()));
        assertFalse(inLastChapter.isEmpty(), "the last chapter uses terms: the test would prove little");
        int changed = 0;
        for (Map.Entry<String, String> entry : fromFirstPass.glossaryPages().entrySet()) {
            if (!entry.getValue().equals(moved.glossaryPages().get(entry.getKey()))) {
                changed++;
                assertTrue(inLastChapter.contains(entry.getKey()), entry.getKey() + " moved, and is not used in the last chapter");
            }
        }
        assertTrue(changed > 0, "some entry lists a page of the last chapter");
    }

    /** Cut anywhere between chapters, the draft's two parts lay out the whole draft's pages, page for page. */
    @Test
    void theFirstPassInTwoPartsLaysOutTheWholeBooksPages() throws IOException {
        int chapters = book.chapters().size();
        for (int split = 1; split < chapters; split++) {
            PageMap opening = layout(PrintPagination.FIRST_PASS, new PrintPart(0, split, chapters));
            PageMap closing = layout(PrintPagination.FIRST_PASS, new PrintPart(split, chapters, chapters));
            assertTrue(opening.first("toc").isPresent() && closing.first("toc").isEmpty(), "front matter once");
            assertEquals(firstPassLayout, opening.followedBy(closing), "split before chapter " + split);
        }
    }

    @Test
    void aFinalLayoutTellsWhetherItOpensTheSectionsWhereTheFirstPassForetold() throws IOException {
        assertTrue(fromFirstPass.foretold(book, firstPassLayout, layout(fromFirstPass)));
        PrintPagination none = new PrintPagination(List.of(), fromFirstPass.glossaryPages());
        assertFalse(fromFirstPass.foretold(book, firstPassLayout, layout(none)), "the blank pages are missing");
    }

    private static List<GlossaryRef> uses(Chapter chapter) {
        return TextWalk.inlines(chapter.blocks()).filter(GlossaryRef.class::isInstance).map(GlossaryRef.class::cast)
                .toList();
    }

    private static List<String> sections() {
        List<String> sections = new ArrayList<>(book.chapters().stream().map(Chapter::id).toList());
        sections.add(book.glossary().id());
        return sections;
    }

    private static PageMap layout(PrintPagination pagination) throws IOException {
        return layout(pagination, PrintPart.whole(book));
    }

    private static PageMap layout(PrintPagination pagination, PrintPart part) throws IOException {
        String xhtml = new XhtmlRenderer(theme).renderPrint(book, theme.stylesheet("print.css"), fonts.families(),
                pagination, part);
        return new PdfWriter().layout(xhtml, Seed.manuscript().toAbsolutePath(), fonts, message -> { });
    }
}
