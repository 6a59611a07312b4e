package dev.octavo.xhtml;

import dev.octavo.model.Book;
import dev.octavo.model.Chapter;
import dev.octavo.model.GlossaryRef;
import dev.octavo.model.PageMap;
import dev.octavo.model.PageNumbering;
import dev.octavo.testing.SeedBook;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The glossary's page references, from a page map made up here for the seed book's uses of its terms. */
class GlossaryPagesTest {
    private final Book book = SeedBook.model();

    @Test
    void eachEntryListsTheLabelsOfThePagesOfItsUsesOnceEachInNumericOrder() {
        Map<String, List<GlossaryRef>> usesByEntry = new HashMap<>();
        for (Chapter chapter : book.chapters()) {
            GlossaryUses.of(chapter).forEach(use -> usesByEntry.computeIfAbsent(use.entry().id(), id -> new ArrayList<>()).add(use));
        }
        String often = usesByEntry.entrySet().stream().filter(e -> e.getValue().size() >= 3).map(Map.Entry::getKey)
                .sorted().findFirst().orElseThrow(() -> new AssertionError("no term of the seed is used three times"));
        String once = usesByEntry.entrySet().stream().filter(e -> !e.getKey().equals(often)).map(Map.Entry::getKey)
                .sorted().findFirst().orElseThrow();
        List<GlossaryRef> uses = usesByEntry.get(often);
        // Body from page index 6: index 15 is page 10, index 9 page 4; 10 before 4 as text, after it as a number.
        Map<String, List<Integer>> pages = new HashMap<>();
        pages.put(uses.get(0).id(), List.of(15));
        pages.put(uses.get(1).id(), List.of(9));
        pages.put(uses.get(2).id(), List.of(15, 16)); // a use broken over two pages counts where it starts
        pages.put(usesByEntry.get(once).get(0).id(), List.of(6));
        PageMap map = new PageMap(20, pages, List.of());

        Map<String, String> listed = GlossaryPages.of(book, map, new PageNumbering(6));

        assertEquals(Map.of(often, "4, 10", once, "1"), listed,
                "uses left out of the layout are not listed, nor entries without a use laid out");
    }

    @Test
    void aTermUsedNowhereIsNotListed() {
        Map<String, String> listed = GlossaryPages.of(book, new PageMap(3, Map.of(), List.of()), new PageNumbering(0));
        assertTrue(listed.isEmpty(), listed.toString());
        assertEquals(book.glossary().entries().size(), book.glossary().entries().stream()
                .map(entry -> entry.id()).collect(Collectors.toSet()).size(), "entry ids are distinct");
    }
}
