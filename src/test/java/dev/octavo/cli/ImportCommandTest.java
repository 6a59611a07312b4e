package dev.octavo.cli;

import dev.octavo.backlist.HandMadeEpub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code octavo import BOOK.epub [DIR]}: its exit codes, its lines, and a folder in use or a hostile zip refused. */
class ImportCommandTest {
    @TempDir
    Path workingDirectory;

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), workingDirectory);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void importsIntoManuscriptThenRefusesTheFolderInUseUnlessForced() throws Exception {
        HandMadeEpub.write(workingDirectory.resolve("harbour.epub"), HandMadeEpub.classicEpub2());
        Run made = run("import", "harbour.epub");
        assertEquals(0, made.status(), made.err());
        assertTrue(made.out().matches("(?s)Import: 2 chapters, 5 notes, 2 glossary terms, 2 images, 9 things left"
                + " out \\(IMPORT\\.md\\) in \\d+\\.\\d\\d s\nA manuscript in manuscript; what was left out is listed"
                + " in manuscript/IMPORT\\.md\nNext: octavo build manuscript .*"), made.out());
        assertEquals("", made.err(), "quiet: what was left out is in IMPORT.md");
        assertTrue(Files.isRegularFile(workingDirectory.resolve("manuscript/01-the-first-night.md")));

        Run again = run("import", "harbour.epub");
        assertEquals(2, again.status());
        assertTrue(again.err().startsWith("octavo: ") && again.err().contains("manuscript is not empty"), again.err());

        Run forced = run("import", "harbour.epub", "manuscript", "--force", "--quiet", "--verbose");
        assertEquals(0, forced.status(), forced.err());
        assertEquals("", forced.out());
        assertTrue(forced.err().contains("harbour.epub!/OEBPS/chapter1.html:10:1: warning: a script (<script>) is"
                + " left out"), forced.err());
    }

    @Test
    void aHostileZipExitsWithOneAndItsEntry() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(HandMadeEpub.classicEpub2());
        entries.put("../../evil.sh", HandMadeEpub.bytes("rm -rf ~"));
        HandMadeEpub.write(workingDirectory.resolve("hostile.epub"), entries);
        Run refused = run("import", "hostile.epub", "book");
        assertEquals(1, refused.status());
        assertEquals("hostile.epub: error: the zip entry '../../evil.sh' points outside the book (a"
                + " '..' or an absolute path); the EPUB is refused and nothing is written\n"
                + "octavo: the EPUB cannot be imported; nothing was written\n", refused.err());
        assertFalse(Files.exists(workingDirectory.resolve("book")));
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertEquals(2, run("import").status());
        assertEquals(2, run("import", "missing.epub").status());
        assertEquals(2, run("import", "a.epub", "b", "c").status());
        Run unknown = run("import", "a.epub", "--frobnicate");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("octavo: unknown option --frobnicate for import"), unknown.err());
    }
}
