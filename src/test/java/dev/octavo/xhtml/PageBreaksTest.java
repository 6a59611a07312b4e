package dev.octavo.xhtml;

import dev.octavo.manuscript.BookParser;
import dev.octavo.manuscript.Diagnostics;
import dev.octavo.manuscript.ManuscriptReader;
import dev.octavo.model.Book;
import dev.octavo.model.DefinitionList;
import dev.octavo.model.Inline;
import dev.octavo.model.PageBreak;
import dev.octavo.model.PageMap;
import dev.octavo.model.PageNumbering;
import dev.octavo.model.PageStart;
import dev.octavo.model.PageTarget;
import dev.octavo.model.Text;
import dev.octavo.model.Verse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A printed page may begin inside a poem or at a term of a definition list: the EPUB is marked there. */
class PageBreaksTest {
    @TempDir
    Path dir;

    private Book book() throws Exception {
        Files.writeString(dir.resolve("book.yaml"), "title: T\nlanguage: vi\nidentifier: urn:uuid:00000000-0000-0000-0000-000000000001\n");
        Files.writeString(dir.resolve("01-a.md"), "# A\n\n| Một hai,\n|    ba bốn năm.\n\nThuật ngữ\n: Định nghĩa.\n",
                StandardCharsets.UTF_8);
        Diagnostics diagnostics = new Diagnostics();
        return new BookParser().parse(new ManuscriptReader().read(dir, diagnostics), diagnostics);
    }

    @Test
    void aPageThatBeginsInsideAPoemOrAtATermIsMarkedThere() throws Exception {
        Book book = book();
        Verse verse = (Verse) book.chapters().get(0).blocks().get(0);
        DefinitionList list = (DefinitionList) book.chapters().get(0).blocks().get(1);
        String term = list.entries().get(0).terms().get(0).id();
        assertTrue(PageBreaks.markable(book).containsAll(List.of(verse.id(), term)));

        // Page 2 begins at "bốn": the count runs on from the first line ("Mộthai," is 7) into the second ("ba", 2).
        PageMap pages = new PageMap(3, Map.of(), List.of(new PageStart(0, book.chapters().get(0).id(), 0),
                new PageStart(1, verse.id(), 9), new PageStart(2, term, 0)));
        PageBreaks.Marked marked = PageBreaks.mark(book, pages, new PageNumbering(0));

        Verse markedVerse = (Verse) marked.book().chapters().get(0).blocks().get(0);
        assertEquals(List.of(new Text("Một hai,")), markedVerse.lines().get(0).content());
        assertEquals(List.of(new Text("ba "), new PageBreak("2", "print-page-2"), new Text("bốn năm.")),
                markedVerse.lines().get(1).content());
        assertEquals(3, markedVerse.lines().get(1).indent(), "the indent is kept (four spaces, the first the bar's own)");
        DefinitionList markedList = (DefinitionList) marked.book().chapters().get(0).blocks().get(1);
        List<Inline> markedTerm = markedList.entries().get(0).terms().get(0).content();
        assertEquals(List.of(new PageBreak("3", "print-page-3"), new Text("Thuật ngữ")), markedTerm);
        assertEquals(List.of(new PageTarget("1", "ch01", "print-page-1"), new PageTarget("2", "ch01", "print-page-2"),
                new PageTarget("3", "ch01", "print-page-3")), marked.pageList());
    }
}
