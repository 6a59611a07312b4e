package dev.octavo.pdf;

import dev.octavo.fonts.FontSet;
import dev.octavo.model.Book;
import dev.octavo.model.Chapter;
import dev.octavo.model.PageMap;
import dev.octavo.testing.Seed;
import dev.octavo.testing.SeedBook;
import dev.octavo.xhtml.PrintPagination;
import dev.octavo.xhtml.Theme;
import dev.octavo.xhtml.XhtmlRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pagination the final pass checks itself against, on real layouts of the seed book: a layout made with the
 * right pagination bears it out, and a layout made with a wrong one tells the right one in a single step.
 */
class PrintPaginationTest {
    private static Book book;
    private static Theme theme;
    private static FontSet fonts;
    private static PrintPagination fromFirstPass;

    @BeforeAll
    static void firstPass() throws IOException {
        book = SeedBook.model();
        theme = Theme.over(Seed.projectDir().resolve("styles"));
        fonts = FontSet.fromDirectory(Seed.projectDir().resolve("fonts"));
        fromFirstPass = PrintPagination.from(book, layout(PrintPagination.FIRST_PASS));
    }

    @Test
    void theFinalLayoutBearsOutThePaginationOfTheFirstPass() throws IOException {
        assertFalse(fromFirstPass.blankBefore().isEmpty(), "the seed book needs blank pages: the test would prove little");
        assertFalse(fromFirstPass.glossaryPages().isEmpty());
        PageMap laidOut = layout(fromFirstPass);
        assertEquals(fromFirstPass, fromFirstPass.next(book, laidOut));
        for (String section : sections()) {
            assertEquals(0, laidOut.first(section).orElseThrow() % 2, section + " opens on a right-hand page");
        }
    }

    @Test
    void theDraftFirstPassLeavesOutTheGlossaryEntriesAndFindsWhatAWholeLayoutFinds() throws IOException {
        PrintPagination whole = new PrintPagination(List.of(), Map.of());
        PageMap draftLayout = layout(PrintPagination.FIRST_PASS);
        PageMap wholeLayout = layout(whole);
        assertTrue(draftLayout.pageCount() < wholeLayout.pageCount(),
                draftLayout.pageCount() + " pages in the draft, " + wholeLayout.pageCount() + " in the whole book");
        assertTrue(draftLayout.first(book.glossary().entries().get(0).id()).isEmpty(), "no glossary entry in the draft");
        assertTrue(wholeLayout.first(book.glossary().entries().get(0).id()).isPresent());
        assertEquals(PrintPagination.from(book, wholeLayout), fromFirstPass);
    }

    @Test
    void aLayoutWithoutTheBlankPagesTellsWhichAreMissing() throws IOException {
        PrintPagination none = new PrintPagination(List.of(), fromFirstPass.glossaryPages());
        assertNotEquals(fromFirstPass, none);
        assertEquals(fromFirstPass, none.next(book, layout(none)));
    }

    @Test
    void aLayoutWithABlankPageBeforeEverySectionTellsWhichAreTooMany() throws IOException {
        PrintPagination every = new PrintPagination(sections(), Map.of());
        assertNotEquals(fromFirstPass, every);
        assertEquals(fromFirstPass, every.next(book, layout(every)));
    }

    private static List<String> sections() {
        List<String> sections = new ArrayList<>(book.chapters().stream().map(Chapter::id).toList());
        sections.add(book.glossary().id());
        return sections;
    }

    private static PageMap layout(PrintPagination pagination) throws IOException {
        String xhtml = new XhtmlRenderer(theme).renderPrint(book, theme.stylesheet("print.css"), fonts.families(),
                pagination);
        return new PdfWriter().layout(xhtml, Seed.manuscript().toAbsolutePath(), fonts, message -> { });
    }
}
