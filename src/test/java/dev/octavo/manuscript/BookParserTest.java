package dev.octavo.manuscript;

import dev.octavo.Diagnostic;
import dev.octavo.ManuscriptException;
import dev.octavo.model.Book;
import dev.octavo.model.Chapter;
import dev.octavo.model.Heading;
import dev.octavo.model.Inlines;
import dev.octavo.model.NoteRef;
import dev.octavo.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookParserTest {
    @TempDir
    Path dir;

    private Book parse(String... chapters) throws IOException {
        return parseWith("", chapters);
    }

    /** A book whose book.yaml has the given lines after its title, language and identifier. */
    private Book parseWith(String yaml, String... chapters) throws IOException {
        write("book.yaml", "title: Thử\nlanguage: vi\nidentifier: urn:uuid:00000000-0000-0000-0000-000000000001\n" + yaml);
        for (int i = 0; i < chapters.length; i++) {
            write(String.format("%02d-c.md", i + 1), chapters[i]);
        }
        Diagnostics diagnostics = new Diagnostics();
        return new BookParser().parse(new ManuscriptReader().read(dir, diagnostics), diagnostics);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<String> messages(ManuscriptException e) {
        return e.diagnostics().stream().map(d -> d.format(dir)).toList();
    }

    @Test
    void headingIdsAreAsciiAndUniqueAcrossTheWholeBook() throws IOException {
        Book book = parse("# Mở đầu\n\n## Tự vệ đỏ\n\ntext\n", "# Hai\n\n## Tự vệ đỏ\n\n## !!!\n\ntext\n");
        List<String> ids = Stream.concat(book.chapters().stream().map(Chapter::id),
                book.chapters().stream().flatMap(c -> c.headings().stream()).map(Heading::id)).toList();
        assertEquals(List.of("mo-dau", "hai", "tu-ve-do", "tu-ve-do-2", "section-1"), ids);
    }

    @Test
    void decomposedVietnameseIsNormalisedToNfc() throws IOException {
        String nfd = Normalizer.normalize("Cách mạng Tháng Mười", Normalizer.Form.NFD);
        Book book = parse("# Chương\n\n" + nfd + "\n");
        Paragraph p = (Paragraph) book.chapters().get(0).blocks().get(0);
        assertEquals("Cách mạng Tháng Mười", Inlines.plainText(p.content()));
        assertTrue(Normalizer.isNormalized(Inlines.plainText(p.content()), Normalizer.Form.NFC));
    }

    @Test
    void straightQuotesBecomeTypographicCharactersNotEntities() throws IOException {
        Book book = parse("# C\n\nHọ hô \"Tất cả chính quyền về tay Soviet!\" -- và... \n");
        Paragraph p = (Paragraph) book.chapters().get(0).blocks().get(0);
        // The dash Markdown makes of two hyphens is held to the word before it (smart-dashes, on by default).
        assertEquals("Họ hô \u201CTất cả chính quyền về tay Soviet!\u201D\u00A0\u2013 và\u2026",
                Inlines.plainText(p.content()));
    }

    @Test
    void footnotesAreNumberedAcrossChaptersInCallOrder() throws IOException {
        Book book = parse("# A\n\nMột[^x] hai[^y].\n\n[^y]: Y.\n[^x]: X.\n", "# B\n\nBa[^z].\n\n[^z]: Z.\n");
        assertEquals(List.of(1, 2, 3), book.footnotes().stream().map(n -> n.number()).toList());
        assertEquals(List.of("x", "y", "z"), book.footnotes().stream().map(n -> n.label()).toList());
        Paragraph p = (Paragraph) book.chapters().get(0).blocks().get(0);
        assertTrue(p.content().stream().anyMatch(i -> i instanceof NoteRef r && r.note().number() == 1));
    }

    @Test
    void footnotesChapterRestartsTheNumbersInEveryChapterAndKeepsIdsUnique() throws IOException {
        Book book = parseWith("footnotes: chapter\n",
                "# A\n\nMột[^x] hai[^y].\n\n[^y]: Y.\n[^x]: X.\n", "# B\n\nBa[^z] bốn[^x].\n\n[^z]: Z.\n[^x]: X2.\n");
        assertEquals(List.of(1, 2, 1, 2), book.footnotes().stream().map(n -> n.number()).toList());
        List<String> ids = book.footnotes().stream().map(n -> n.id()).toList();
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "note ids must be unique: " + ids);
    }

    @Test
    void anUnknownFootnoteNumberingIsAnError() {
        ManuscriptException e = assertThrows(ManuscriptException.class,
                () -> parseWith("footnotes: per-page\n", "# A\n\nMột.\n"));
        assertEquals(List.of("book.yaml:4:12: error: footnotes 'per-page' is not a numbering (continuous or chapter)"),
                messages(e));
    }

    @Test
    void anIsbnWithAWrongCheckDigitIsRefusedWithTheRightOne() throws IOException {
        write("book.yaml", "title: Thử\nlanguage: vi\nidentifier: urn:isbn:978-0-306-40615-8\n");
        write("01-a.md", "# A\n");
        Diagnostics diagnostics = new Diagnostics();
        ManuscriptException e = assertThrows(ManuscriptException.class,
                () -> new BookParser().parse(new ManuscriptReader().read(dir, diagnostics), diagnostics));
        assertEquals(List.of("book.yaml:3:13: error: identifier 'urn:isbn:978-0-306-40615-8' is not a valid ISBN"
                + " (its check digit would be 7)"), messages(e));
    }

    @Test
    void isbnsAreKeptAsUrnsOfTheirDigits() throws IOException {
        for (String written : List.of("urn:isbn:978-0-306-40615-7", "ISBN 978 0 306 40615 7", "9780306406157")) {
            write("book.yaml", "title: Thử\nlanguage: vi\nidentifier: " + written + "\n");
            write("01-a.md", "# A\n");
            Diagnostics diagnostics = new Diagnostics();
            Book book = new BookParser().parse(new ManuscriptReader().read(dir, diagnostics), diagnostics);
            assertEquals("urn:isbn:9780306406157", book.metadata().identifier(), written);
        }
        assertEquals(java.util.Optional.of("0306406152"), Isbn.valid("0-306-40615-2"), "ISBN-10");
    }

    @Test
    void rolesAreMarcRelatorCodesOrCommonWords() throws IOException {
        Book book = parseWith("contributors:\n  - {name: B, role: translator}\n  - {name: C, role: ill}\n", "# A\n");
        assertEquals(List.of("trl", "ill"), book.metadata().contributors().stream().map(c -> c.role()).toList());
        ManuscriptException e = assertThrows(ManuscriptException.class,
                () -> parseWith("contributors:\n  - {name: B, role: dịch giả}\n", "# A\n"));
        assertEquals(List.of("book.yaml:5:21: error: role 'dịch giả' is not a MARC relator code (aut, edt, trl, ill,"
                + " ctb, …) nor a common role such as translator"), messages(e));
    }

    @Test
    void aSeriesHasANameAndANumericPosition() throws IOException {
        Book book = parseWith("series: {name: Tủ sách, position: 3}\n", "# A\n");
        assertEquals("Tủ sách", book.metadata().series().orElseThrow().name());
        assertEquals("3", book.metadata().series().orElseThrow().position());
        ManuscriptException e = assertThrows(ManuscriptException.class,
                () -> parseWith("series: {name: Tủ sách, position: ba}\n", "# A\n"));
        assertEquals(List.of("book.yaml:4:35: error: series position 'ba' is not a number (e.g. 2 or 2.5)"), messages(e));
    }

    @Test
    void anUndefinedFootnoteIsAnErrorWithFileLineAndColumn() {
        ManuscriptException e = assertThrows(ManuscriptException.class,
                () -> parse("# A\n\nMột câu.\n\nHai câu[^7] nữa.\n"));
        assertEquals(List.of("01-c.md:5:8: error: footnote [^7] is used but never defined"), messages(e));
    }

    @Test
    void allProblemsOfABuildAreReportedTogether() {
        ManuscriptException e = assertThrows(ManuscriptException.class,
                () -> parse("Không có tiêu đề.\n", "# B\n\nX[^a] Y[^b].\n\n[^a]: A.\n[^c]: C.\n"));
        assertEquals(List.of(
                "01-c.md:1:1: error: the chapter has no '# ' heading at its start (each chapter file begins with its title)",
                "02-c.md:3:8: error: footnote [^b] is used but never defined",
                "02-c.md:6:1: warning: footnote [^c] is defined but never used"), messages(e));
    }

    @Test
    void bookYamlWithoutTitleOrLanguageIsRefused() throws IOException {
        write("book.yaml", "subtitle: x\n");
        write("01-a.md", "# A\n");
        Diagnostics diagnostics = new Diagnostics();
        ManuscriptException e = assertThrows(ManuscriptException.class,
                () -> new BookParser().parse(new ManuscriptReader().read(dir, diagnostics), diagnostics));
        assertEquals(List.of("book.yaml:1: error: book.yaml has no 'title'",
                "book.yaml:1: error: book.yaml has no 'language' (a BCP 47 tag such as vi or en-GB)",
                "book.yaml:1: warning: book.yaml has no 'identifier'; using urn:uuid:d41d8cd9-8f00-3204-a980-0998ecf8427e"),
                messages(e));
        assertTrue(e.diagnostics().stream().anyMatch(Diagnostic::isError));
    }

    /** Found by ManuscriptFuzzTest: flexmark leaves the [*] reference with an abandoned link as its parent. */
    @Test
    void aLinkReferenceThatFlexmarkLeavesOutsideTheTreeDoesNotCrashTheParser() throws IOException {
        Book book = parse("# A\n\n[đảng[*](*</a>[^1]Mười](https://example.org)\n\n[*]: https://example.org/sao\n\n[^1]: Chú.\n");
        Paragraph p = (Paragraph) book.chapters().get(0).blocks().get(0);
        assertTrue(p.content().stream().anyMatch(i -> i instanceof dev.octavo.model.Link l
                && l.href().equals("https://example.org/sao")), p.toString());
    }
}
