package dev.octavo.xhtml;

import dev.octavo.model.Book;
import dev.octavo.model.Chapter;
import dev.octavo.testing.SeedBook;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrintPartTest {
    private final Book seed = SeedBook.model();

    @Test
    void theHalvesHoldEveryChapterOnceTheFirstWithTheFrontMatterTheSecondWithTheGlossary() {
        List<PrintPart> halves = PrintPart.halves(seed);
        assertEquals(2, halves.size());
        PrintPart first = halves.get(0);
        PrintPart second = halves.get(1);
        assertTrue(first.opensBook() && !first.closesBook());
        assertTrue(!second.opensBook() && second.closesBook());
        for (int i = 0; i < seed.chapters().size(); i++) {
            assertTrue(first.holds(i) ^ second.holds(i), "chapter " + i + " is in exactly one half");
        }
        assertFalse(first.holds(-1) || second.holds(seed.chapters().size()));
    }

    @Test
    void theHalvesSplitWhereTheTextIsMostEvenlyShared() {
        // The same chapters twice over, one of them made long: the split follows the text, not the chapter count.
        List<Chapter> chapters = new ArrayList<>(seed.chapters());
        Chapter longest = chapters.get(0);
        List<dev.octavo.model.Block> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.addAll(longest.blocks());
        }
        chapters.set(chapters.size() - 1, new Chapter("long", "long", longest.title(), many, List.of()));
        Book lopsided = new Book(seed.metadata(), seed.labels(), chapters, seed.glossary(), seed.assets(), seed.cover());
        PrintPart first = PrintPart.halves(lopsided).get(0);
        assertEquals(chapters.size() - 1, first.to(), "every short chapter goes before the one long one");
    }

    @Test
    void aBookOfOneChapterIsLaidOutWhole() {
        Book one = new Book(seed.metadata(), seed.labels(), seed.chapters().subList(0, 1), seed.glossary(),
                seed.assets(), seed.cover());
        assertEquals(List.of(PrintPart.whole(one)), PrintPart.halves(one));
        PrintPart whole = PrintPart.whole(one);
        assertTrue(whole.opensBook() && whole.closesBook() && whole.holds(0));
    }

    @Test
    void aPartOutsideTheBookIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PrintPart(2, 1, 4));
        assertThrows(IllegalArgumentException.class, () -> new PrintPart(0, 5, 4));
    }
}
