package dev.octavo.manuscript;

import dev.octavo.model.Book;
import dev.octavo.testing.Seed;
import dev.octavo.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The preview's parse: only changed files are parsed again, and the book is the one a fresh parse gives. */
class ParsedFilesTest {
    @TempDir
    Path dir;

    private static Book fresh(Path manuscript) {
        Diagnostics diagnostics = new Diagnostics();
        return new BookParser().parse(new ManuscriptReader().read(manuscript, diagnostics), diagnostics);
    }

    private static Book reused(Path manuscript, ParsedFiles earlier) {
        Diagnostics diagnostics = new Diagnostics();
        return new BookParser().parse(new ManuscriptReader().read(manuscript, diagnostics), diagnostics, earlier);
    }

    @Test
    void aReusedParseGivesTheBookAFreshParseGives() throws IOException {
        Path manuscript = dir.resolve("manuscript");
        Trees.copy(Seed.manuscript(), manuscript);
        ParsedFiles earlier = new ParsedFiles();
        Book first = reused(manuscript, earlier);
        int files = earlier.parsedLast();
        Book second = reused(manuscript, earlier);
        assertEquals(5, files, "four chapters and the glossary parsed the first time");
        assertEquals(0, earlier.parsedLast(), "nothing parsed again when nothing changed");
        assertEquals(fresh(manuscript), first);
        assertEquals(first, second, "a document read twice gives the same chapters (the title is passed over, not unlinked)");

        Path chapter = manuscript.resolve("03-tang-cuong-cung-co.md");
        String text = Files.readString(chapter);
        Files.writeString(chapter, text.replaceFirst("\n\n", "\n\nMột câu mới của người biên tập.\n\n"));
        Book edited = reused(manuscript, earlier);
        assertEquals(1, earlier.parsedLast(), "only the edited chapter is parsed again");
        assertNotEquals(first, edited);
        assertEquals(fresh(manuscript), edited, "the edit reaches the book as a fresh parse has it");
        assertEquals(first.chapters().get(0), edited.chapters().get(0), "a chapter before the edit is unchanged");
    }
}
