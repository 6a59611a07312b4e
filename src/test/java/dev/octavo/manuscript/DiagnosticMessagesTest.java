package dev.octavo.manuscript;

import dev.octavo.Diagnostic;
import dev.octavo.ManuscriptException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One test per kind of manuscript mistake, each asserting the exact compiler-style line an author reads:
 * path relative to the project, line, column, severity and message.
 */
class DiagnosticMessagesTest {
    private static final String BOOK_YAML = "title: Thử\nlanguage: vi\nidentifier: urn:uuid:00000000-0000-0000-0000-000000000001\n";

    @TempDir
    Path project;
    Path manuscript;
    GlyphCoverage coverage = GlyphCoverage.unchecked();

    @BeforeEach
    void createManuscript() throws IOException {
        manuscript = Files.createDirectories(project.resolve("manuscript"));
        write("book.yaml", BOOK_YAML);
    }

    private void write(String name, String text) throws IOException {
        Path file = manuscript.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Every diagnostic of reading and parsing the manuscript, as the command line prints it. */
    private List<String> report() {
        return report(new BookParser(coverage));
    }

    private List<String> report(BookParser parser) {
        Diagnostics diagnostics = new Diagnostics();
        try {
            parser.parse(new ManuscriptReader().read(manuscript, diagnostics), diagnostics);
            return format(diagnostics.all());
        } catch (ManuscriptException e) {
            return format(e.diagnostics());
        }
    }

    private List<String> format(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.format(project)).toList();
    }

    // --- footnotes ---

    @Test
    void aFootnoteUsedButNeverDefinedIsAnError() throws IOException {
        write("02-x.md", "# X\n\nMột câu.\n\nHai câu[^7] nữa.\n");
        assertEquals(List.of("manuscript/02-x.md:5:8: error: footnote [^7] is used but never defined"), report());
    }

    @Test
    void aFootnoteDefinedButNeverUsedIsAWarning() throws IOException {
        write("01-a.md", "# A\n\nMột[^x].\n\n[^x]: Dùng.\n[^y]: Không dùng.\n");
        assertEquals(List.of("manuscript/01-a.md:6:1: warning: footnote [^y] is defined but never used"), report());
    }

    @Test
    void aFootnoteLabelDefinedTwiceIsAnErrorNamingTheFirstLine() throws IOException {
        write("01-a.md", "# A\n\nMột[^x].\n\n[^x]: Lần một.\n\n[^x]: Lần hai.\n");
        assertEquals(List.of("manuscript/01-a.md:7:1: error: footnote [^x] is defined twice (first at line 5)"), report());
    }

    // --- book.yaml ---

    @Test
    void bookYamlThatIsNotYamlNamesTheLineWhereReadingStopped() throws IOException {
        write("book.yaml", "title: \"Năm 1918\nlanguage: vi\n");
        write("01-a.md", "# A\n");
        assertEquals(List.of("manuscript/book.yaml:3:1: error: book.yaml is not valid YAML: found unexpected end of stream"
                + " (while scanning a quoted scalar from line 1)"), report());
    }

    @Test
    void bookYamlWithoutTitleOrLanguageIsAnError() throws IOException {
        write("book.yaml", "subtitle: x\nidentifier: urn:uuid:00000000-0000-0000-0000-000000000001\n");
        write("01-a.md", "# A\n");
        assertEquals(List.of("manuscript/book.yaml:1: error: book.yaml has no 'title'",
                "manuscript/book.yaml:1: error: book.yaml has no 'language' (a BCP 47 tag such as vi or en-GB)"), report());
    }

    @Test
    void anUnknownKeyInBookYamlIsAWarningWithASuggestion() throws IOException {
        write("book.yaml", "title: T\nlangauge: vi\nidentifier: urn:uuid:00000000-0000-0000-0000-000000000001\n");
        write("01-a.md", "# A\n");
        assertEquals(List.of(
                "manuscript/book.yaml:2:1: warning: unknown key 'langauge' in book.yaml (did you mean 'language'?)",
                "manuscript/book.yaml:1: error: book.yaml has no 'language' (a BCP 47 tag such as vi or en-GB)"), report());
    }

    @Test
    void aLanguageThatIsNotBcp47IsAnErrorAtItsValue() throws IOException {
        write("01-a.md", "# A\n");
        write("book.yaml", "title: T\nlanguage: vn\nidentifier: urn:uuid:00000000-0000-0000-0000-000000000001\n");
        assertEquals(List.of("manuscript/book.yaml:2:11: error: language 'vn' is not a BCP 47 language tag (e.g. vi, en-GB)"),
                report());
        write("book.yaml", "title: T\nlanguage: en_GB\nidentifier: urn:uuid:00000000-0000-0000-0000-000000000001\n");
        assertEquals(List.of("manuscript/book.yaml:2:11: error: language 'en_GB' is not a BCP 47 language tag"
                + " (did you mean 'en-GB'?)"), report());
        write("book.yaml", "title: T\nlanguage: Vietnamese\nidentifier: urn:uuid:00000000-0000-0000-0000-000000000001\n");
        assertEquals(List.of("manuscript/book.yaml:2:11: error: language 'Vietnamese' is not a BCP 47 language tag"
                + " (did you mean 'vi'?)"), report());
    }

    @Test
    void aTocDepthThatIsNotALevelFromOneToSixIsAnErrorAtItsValue() throws IOException {
        write("01-a.md", "# A\n");
        for (String depth : List.of("7", "0", "hai")) {
            write("book.yaml", BOOK_YAML + "toc-depth: " + depth + "\n");
            assertEquals(List.of("manuscript/book.yaml:4:12: error: toc-depth '" + depth + "' is not a heading level"
                    + " from 1 to 6 (1: chapters only, 2: chapters and ## sections, …)"), report());
        }
        write("book.yaml", BOOK_YAML + "tocdepth: 3\n");
        assertEquals(List.of("manuscript/book.yaml:4:1: warning: unknown key 'tocdepth' in book.yaml"
                + " (did you mean 'toc-depth'?)"), report());
    }

    @Test
    void anIdentifierThatIsNotAUuidIsAWarning() throws IOException {
        write("01-a.md", "# A\n");
        write("book.yaml", "title: T\nlanguage: vi\nidentifier: urn:uuid:1918\n");
        assertEquals(List.of("manuscript/book.yaml:3:13: warning: identifier 'urn:uuid:1918' is not a valid UUID"
                + " (urn:uuid: and 32 hex digits as 8-4-4-4-12)"), report());
    }

    @Test
    void anAliasBombInBookYamlIsRefusedBeforeItExpands() throws IOException {
        write("01-a.md", "# A\n");
        StringBuilder yaml = new StringBuilder("title: T\nlanguage: vi\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 9; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        write("book.yaml", yaml.toString());
        assertEquals(List.of("manuscript/book.yaml:1: error: book.yaml is refused:"
                + " Number of aliases for non-scalar nodes exceeds the specified max=10"), report());
    }

    // --- chapters and the manuscript folder ---

    @Test
    void aChapterWithoutAHeadingIsAnError() throws IOException {
        write("01-a.md", "Không có tiêu đề.\n");
        assertEquals(List.of("manuscript/01-a.md:1:1: error: the chapter has no '# ' heading at its start"
                + " (each chapter file begins with its title)"), report());
    }

    @Test
    void aManuscriptWithoutChapterFilesIsAnError() throws IOException {
        write("notes.md", "# Không phải chương\n");
        assertEquals(List.of("manuscript: error: the manuscript has no chapter files (NN-name.md)"), report());
    }

    // --- images and links ---

    @Test
    void aMissingImageIsAnError() throws IOException {
        write("01-a.md", "# A\n\n![Bản đồ](images/ban-do.png)\n");
        assertEquals(List.of("manuscript/01-a.md:3:1: error: image 'images/ban-do.png' does not exist"), report());
    }

    @Test
    void anImageOutsideTheManuscriptIsRefusedEvenThroughASymbolicLink() throws IOException {
        Files.write(project.resolve("secret.png"), new byte[] {1, 2, 3});
        Files.createDirectories(manuscript.resolve("images"));
        Files.createSymbolicLink(manuscript.resolve("images/link.png"), project.resolve("secret.png"));
        write("01-a.md", "# A\n\n![x](../secret.png)\n\n![y](images/link.png)\n");
        assertEquals(List.of(
                "manuscript/01-a.md:3:1: error: image '../secret.png' lies outside the manuscript directory; it was not read",
                "manuscript/01-a.md:5:1: error: image 'images/link.png' lies outside the manuscript directory; it was not read"),
                report());
    }

    @Test
    void aRemoteImageIsAnErrorAndIsNeverFetched() throws IOException {
        write("01-a.md", "# A\n\nẢnh: ![x](https://example.org/a.png)\n");
        assertEquals(List.of("manuscript/01-a.md:3:6: error: image 'https://example.org/a.png' is not a file of the"
                + " manuscript (remote images are never fetched)"), report());
    }

    @Test
    void aLinkThatLeavesTheManuscriptOrNamesALocalFileIsRefused() throws IOException {
        write("01-a.md", "# A\n\nXem [ghi chú](../notes.md) và [mật khẩu](file:///etc/passwd) hay [chương 2](02-b.md).\n");
        assertEquals(List.of(
                "manuscript/01-a.md:3:5: error: link '../notes.md' leads outside the manuscript directory; it was refused",
                "manuscript/01-a.md:3:31: error: link 'file:///etc/passwd' names a local file; it was refused"
                        + " (only web and mail links are kept)",
                "manuscript/01-a.md:3:66: error: link '02-b.md' leads to 02-b.md, which is not in the manuscript"),
                report());
    }

    // --- nesting ---

    @Test
    void blockQuotesNestedTooDeepAreAnErrorWhereTheyCrossTheLimit() throws IOException {
        write("02-x.md", "# X\n\n" + ">".repeat(1001) + " Sâu quá.\n");
        assertEquals(List.of("manuscript/02-x.md:3:17: error: block quotes nested 1001 deep; at most 16 are allowed"),
                report());
    }

    @Test
    void listsNestedTooDeepAreAnError() throws IOException {
        StringBuilder list = new StringBuilder("# X\n\n");
        for (int i = 0; i < 20; i++) {
            list.append("  ".repeat(i)).append("- mục\n");
        }
        write("02-x.md", list.toString());
        assertEquals(List.of("manuscript/02-x.md:19:33: error: lists nested 20 deep; at most 16 are allowed"), report());
    }

    @Test
    void quotesAndListsInsideEachOtherCountTogether() throws IOException {
        // Thirteen quotes, each holding a list: each kind within its limit, 26 levels in all.
        write("02-x.md", "# X\n\n" + "> - ".repeat(13) + "x\n");
        assertEquals(List.of("manuscript/02-x.md:3:49: error: quotes, lists and definition lists inside each other"
                + " nested 26 deep; at most 24 are allowed"), report());
    }

    @Test
    void emphasisNestedTooDeepIsAnError() throws IOException {
        write("02-x.md", "# X\n\nCâu " + "*a ".repeat(40) + "x" + "*".repeat(40) + ".\n");
        assertEquals(List.of("manuscript/02-x.md:3:101: error: inline markup (emphasis, links, quotation marks, HTML …)"
                + " nested 40 deep; at most 32 are allowed"), report());
    }

    @Test
    void htmlElementsNestedTooDeepAreAnErrorEvenBetweenMarkdown() throws IOException {
        // Each level an HTML element around Markdown emphasis: 40 in all, neither 20 alone too many.
        write("02-x.md", "# X\n\nCâu " + "<span>*a ".repeat(20) + "x" + "*</span>".repeat(20) + ".\n");
        assertEquals(List.of("manuscript/02-x.md:3:149: error: inline markup (emphasis, links, quotation marks, HTML …)"
                + " nested at least 33 deep; at most 32 are allowed"), report());
    }

    @Test
    void footnotesCallingFootnotesTooDeepAreAnError() throws IOException {
        StringBuilder chapter = new StringBuilder("# X\n\nMột[^1].\n\n");
        for (int i = 1; i <= 12; i++) {
            chapter.append("[^").append(i).append("]: Chú ").append(i).append("[^").append(i + 1).append("].\n\n");
        }
        chapter.append("[^13]: Cuối.\n");
        write("02-x.md", chapter.toString());
        // The ninth call, in the eighth note; the notes after it are never reached, which goes without saying.
        assertEquals(List.of("manuscript/02-x.md:19:12: error: footnotes called from inside footnotes nested 9 deep;"
                + " at most 8 are allowed"), report());
    }

    @Test
    void aLineThatOverflowsTheMarkdownParsersStackIsAnErrorNotACrash() throws IOException {
        // flexmark's thematic-break pattern recurses once per asterisk; a 1 MB stack (a default thread's) overflows.
        write("02-x.md", "# X\n\nMở đầu.\n\n" + "*".repeat(20_000) + " x\ntiếp\n\nKết.\n");
        assertEquals(List.of("manuscript/02-x.md:5:1: error: the Markdown parser ran out of stack space in this file;"
                + " the likeliest cause is the passage of 20008 characters without a blank line that starts here"
                + " (break it up with blank lines, or shorten what runs on in it)"), report(new BookParser(coverage, 1 << 20)));
        assertEquals(List.of(), report(), "the parser's own stack takes it");
    }

    // --- glossary ---

    @Test
    void aGlossaryTermWithoutDefinitionOrDefinedTwiceIsAnError() throws IOException {
        write("01-a.md", "# A\n");
        write("glossary.md", "# Thuật ngữ\n\nBolshevik\n: Phái đa số.\n\nKulak\n\nBolshevik\n: Lặp lại.\n");
        assertEquals(List.of(
                "manuscript/glossary.md:6:1: error: glossary term 'Kulak' has no definition"
                        + " (write it on the next line as ': definition')",
                "manuscript/glossary.md:8:1: error: glossary term 'Bolshevik' is defined twice (first at line 3)"), report());
    }

    @Test
    void twoTermsInARowLeaveTheFirstWithoutDefinition() throws IOException {
        write("01-a.md", "# A\n");
        write("glossary.md", "# Thuật ngữ\n\nKulak\nSoviet\n: Hội đồng.\n");
        assertEquals(List.of("manuscript/glossary.md:3:1: error: glossary term 'Kulak' has no definition"
                + " (write it on the next line as ': definition')"), report());
    }

    // --- glyphs ---

    @Test
    void aCharacterNoFontHasIsAnErrorAtItsFirstUseWithItsCodePoint() throws IOException {
        coverage = new GlyphCoverage(codePoint -> codePoint < 0x2E80, Diagnostic.Severity.ERROR);
        write("01-a.md", "# Tập 𝔸\n\nChữ 漢 và 漢 nữa.\n");
        assertEquals(List.of(
                "manuscript/01-a.md:1:7: error: no font of the book has a glyph for '𝔸' (U+1D538)",
                "manuscript/01-a.md:3:5: error: no font of the book has a glyph for '漢' (U+6F22), used 2 times (first here)"),
                report());
    }

    @Test
    void aMissingGlyphCanBeAWarningInstead() throws IOException {
        coverage = new GlyphCoverage(codePoint -> codePoint != 0x6F22, Diagnostic.Severity.WARNING);
        write("01-a.md", "# A\n\nChữ 漢.\n");
        assertEquals(List.of("manuscript/01-a.md:3:5: warning: no font of the book has a glyph for '漢' (U+6F22)"), report());
    }

    @Test
    void typographicCharactersAreCheckedWhereTheirAsciiSourceStands() throws IOException {
        coverage = new GlyphCoverage(codePoint -> codePoint != 0x2013, Diagnostic.Severity.ERROR);
        write("01-a.md", "# A\n\nMột -- hai.\n");
        assertEquals(List.of("manuscript/01-a.md:3:5: error: no font of the book has a glyph for '–' (U+2013)"), report());
    }

    @Test
    void theTitleInBookYamlAndTextInHtmlAreCheckedToo() throws IOException {
        coverage = new GlyphCoverage(codePoint -> codePoint < 0x2E80, Diagnostic.Severity.ERROR);
        write("book.yaml", "title: Sách 漢\nlanguage: vi\nidentifier: urn:uuid:00000000-0000-0000-0000-000000000001\n");
        write("01-a.md", "# A\n\n<p>Chữ 字</p>\n\nLink [không in](https://example.org/字) ra.\n");
        assertEquals(List.of(
                "manuscript/book.yaml:1:13: error: no font of the book has a glyph for '漢' (U+6F22)",
                "manuscript/01-a.md:3:8: error: no font of the book has a glyph for '字' (U+5B57)"), report());
    }

    @Test
    void aGlyphOnlyOctavosOwnHeadingsNeedIsReportedAtTheLanguage() throws IOException {
        coverage = new GlyphCoverage(codePoint -> codePoint != 0x1EE5, Diagnostic.Severity.ERROR);
        write("01-a.md", "# A\n\nKhông có chữ đó.\n");
        assertEquals(List.of("manuscript/book.yaml:2:11: error: no font of the book has a glyph for 'ụ' (U+1EE5),"
                + " which the heading 'Mục lục' that Octavo adds for this language needs"), report());
        write("01-a.md", "# A\n\nCó chữ Mục.\n");
        assertEquals(List.of("manuscript/01-a.md:3:9: error: no font of the book has a glyph for 'ụ' (U+1EE5)"), report());
    }
}
