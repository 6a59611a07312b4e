package dev.octavo.manuscript;

import dev.octavo.model.Block;
import dev.octavo.model.BlockQuote;
import dev.octavo.model.Book;
import dev.octavo.model.CodeBlock;
import dev.octavo.model.CodeToken;
import dev.octavo.model.DefinitionList;
import dev.octavo.model.Emphasis;
import dev.octavo.model.GlossaryRef;
import dev.octavo.model.Inline;
import dev.octavo.model.Inlines;
import dev.octavo.model.LineBreak;
import dev.octavo.model.Paragraph;
import dev.octavo.model.Strong;
import dev.octavo.model.Styled;
import dev.octavo.model.Table;
import dev.octavo.model.Text;
import dev.octavo.model.TextWalk;
import dev.octavo.model.Toc;
import dev.octavo.model.TocEntry;
import dev.octavo.model.Verse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What authors write in Markdown beyond paragraphs, read into the model: each construct and its edges. */
class MarkdownConstructsTest {
    @TempDir
    Path dir;

    private Book parseWith(String yaml, String... chapters) throws IOException {
        write("book.yaml", "title: Thử\nlanguage: vi\nidentifier: urn:uuid:00000000-0000-0000-0000-000000000001\n" + yaml);
        for (int i = 0; i < chapters.length; i++) {
            write(String.format("%02d-c.md", i + 1), chapters[i]);
        }
        Diagnostics diagnostics = new Diagnostics();
        Book book = new BookParser().parse(new ManuscriptReader().read(dir, diagnostics), diagnostics);
        assertEquals(List.of(), diagnostics.all(), "no diagnostics");
        return book;
    }

    private List<Block> blocks(String markdown) throws IOException {
        return parseWith("", "# C\n\n" + markdown).chapters().get(0).blocks();
    }

    private List<Inline> paragraph(String markdown) throws IOException {
        return ((Paragraph) blocks(markdown).get(0)).content();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Styled styled(String element, String text) {
        return new Styled(element, Map.of(), List.of(new Text(text)));
    }

    // --- strikethrough, subscript, superscript ---

    @Test
    void strikethroughSubscriptAndSuperscriptBecomeTheirHtmlElements() throws IOException {
        assertEquals(List.of(new Text("Nước "), styled("s", "cũ"), new Text(" là H"), styled("sub", "2"),
                        new Text("O, E = mc"), styled("sup", "2"), new Text(".")),
                paragraph("Nước ~~cũ~~ là H~2~O, E = mc^2^.\n"));
    }

    @Test
    void markdownInsideKeepsItsMeaningAndStrikethroughMaySpanWords() throws IOException {
        assertEquals(List.of(new Styled("s", Map.of(), List.of(new Text("hai "), new Emphasis(List.of(new Text("từ")))))),
                paragraph("~~hai *từ*~~\n"));
    }

    @Test
    void aSubOrSuperscriptWithWhiteSpaceInsideStaysAsWritten() throws IOException {
        // pandoc's rule: flexmark alone would pair the marks across the words.
        assertEquals(List.of(new Text("2^3 và 4^5, khoảng ~5 km tới ~10 km")),
                paragraph("2^3 và 4^5, khoảng ~5 km tới ~10 km\n"));
        assertEquals(List.of(new Text("x"), styled("sup", "n+1"), new Text(" y"), styled("sub", "i,j")),
                paragraph("x^n+1^ y~i,j~\n"));
    }

    @Test
    void superscriptsLeaveFootnoteCallsAlone() throws IOException {
        Book book = parseWith("", "# C\n\nMột[^a] hai^2^[^b].\n\n[^a]: A^3^.\n[^b]: B.\n");
        Paragraph p = (Paragraph) book.chapters().get(0).blocks().get(0);
        assertEquals(2, book.footnotes().size());
        assertTrue(p.content().contains(styled("sup", "2")), p.toString());
        Paragraph note = (Paragraph) book.footnotes().get(0).content().get(0);
        assertEquals(List.of(new Text("A"), styled("sup", "3"), new Text(".")), note.content());
    }

    // --- definition lists ---

    @Test
    void aDefinitionListInAChapterIsABlockOfTermsAndDefinitions() throws IOException {
        List<Block> blocks = blocks("Bolshevik\n: Phái đa số.\n\nMenshevik\nPhái thiểu số\n: Một.\n: Hai, **đậm**.\n");
        DefinitionList list = assertInstanceOf(DefinitionList.class, blocks.get(0));
        assertEquals(1, blocks.size(), blocks.toString());
        assertEquals(2, list.entries().size());
        assertEquals(List.of("Bolshevik"), terms(list.entries().get(0)));
        assertEquals(List.of("Menshevik", "Phái thiểu số"), terms(list.entries().get(1)));
        List<DefinitionList.Definition> second = list.entries().get(1).definitions();
        assertEquals(2, second.size());
        assertEquals(List.of(new Text("Hai, "), new Strong(List.of(new Text("đậm"))), new Text(".")),
                ((Paragraph) second.get(1).blocks().get(0)).content());
        List<String> ids = list.entries().stream().flatMap(e -> e.terms().stream()).map(DefinitionList.Term::id).toList();
        assertEquals(3, ids.stream().distinct().count(), "each term has an id of its own: " + ids);
    }

    private static List<String> terms(DefinitionList.Entry entry) {
        return entry.terms().stream().map(t -> Inlines.plainText(t.content())).toList();
    }

    @Test
    void definitionsMayHoldSeveralBlocksAndTheWalkReadsTheListInOrder() throws IOException {
        List<Block> blocks = blocks("A\n: Một.\n\n    Hai.\n\nB\n: Ba.\n");
        DefinitionList list = (DefinitionList) blocks.get(0);
        assertEquals(2, list.entries().get(0).definitions().get(0).blocks().size());
        assertEquals(List.of("A", "Một.", "Hai.", "B", "Ba."), TextWalk.inlines(blocks)
                .filter(Text.class::isInstance).map(i -> ((Text) i).text()).toList());
        assertEquals(3, TextWalk.blocks(blocks).filter(Paragraph.class::isInstance).count());
    }

    @Test
    void glossaryTermsAreFoundInDefinitionsAndVerseButNotInTheTermsOfAList() throws IOException {
        write("glossary.md", "# Thuật ngữ\n\nKulak\n: Phú nông.\n");
        List<Block> blocks = parseWith("", "# C\n\nKulak\n: Người kulak.\n\n| Dòng thơ về kulak,\n| hết.\n")
                .chapters().get(0).blocks();
        List<GlossaryRef> uses = TextWalk.inlines(blocks).filter(GlossaryRef.class::isInstance)
                .map(GlossaryRef.class::cast).toList();
        assertEquals(2, uses.size(), uses.toString());
        DefinitionList list = (DefinitionList) blocks.get(0);
        assertEquals(List.of(new Text("Kulak")), list.entries().get(0).terms().get(0).content());
        assertInstanceOf(GlossaryRef.class, ((Verse) blocks.get(1)).lines().get(0).content().get(1));
    }

    // --- verse ---

    @Test
    void verseKeepsEveryLineAndItsIndent() throws IOException {
        Verse verse = (Verse) blocks("""
                | Trăm năm trong cõi người ta,
                |     Chữ tài chữ mệnh khéo là ghét nhau.
                | Trải qua một cuộc bể dâu,
                |     Những điều trông thấy mà *đau đớn* lòng.
                |
                | Lạ gì bỉ sắc tư phong,
                |     Trời xanh quen thói má hồng đánh ghen.
                """).get(0);
        assertEquals(List.of(0, 4, 0, 4, 0, 0, 4), verse.lines().stream().map(Verse.Line::indent).toList());
        assertEquals(List.of("Trăm năm trong cõi người ta,", "Chữ tài chữ mệnh khéo là ghét nhau.",
                        "Trải qua một cuộc bể dâu,", "Những điều trông thấy mà đau đớn lòng.", "",
                        "Lạ gì bỉ sắc tư phong,", "Trời xanh quen thói má hồng đánh ghen."),
                verse.lines().stream().map(l -> Inlines.plainText(l.content())).toList());
        assertTrue(verse.lines().get(4).isEmpty(), "a bar alone is an empty line");
        assertTrue(verse.lines().get(3).content().contains(new Emphasis(List.of(new Text("đau đớn")))));
        assertEquals("\u00A0\u00A0\u00A0\u00A0", verse.lines().get(1).indentation());
    }

    @Test
    void aLineThatBeginsWithASpaceContinuesTheLineBeforeIt() throws IOException {
        List<Block> blocks = blocks("""
                | The woods are lovely, dark and deep,
                |    But I have promises to keep,
                | And miles to go
                   before I sleep.

                After the poem.
                """);
        Verse verse = (Verse) blocks.get(0);
        assertEquals(List.of("The woods are lovely, dark and deep,", "But I have promises to keep,",
                "And miles to go before I sleep."), verse.lines().stream().map(l -> Inlines.plainText(l.content())).toList());
        assertEquals(List.of(0, 3, 0), verse.lines().stream().map(Verse.Line::indent).toList());
        assertInstanceOf(Paragraph.class, blocks.get(1));
    }

    @Test
    void verseWorksInsideQuotesAndListsAndKeepsHardBreaks() throws IOException {
        // In the list item, the continuation begins with a space past the item's own indent of two.
        List<Block> blocks = blocks("> | một\n> |   hai\n\n- | ba\n  | bốn  \n   tiếp\n");
        Verse quoted = (Verse) ((BlockQuote) blocks.get(0)).blocks().get(0);
        assertEquals(List.of(0, 2), quoted.lines().stream().map(Verse.Line::indent).toList());
        assertEquals("hai", Inlines.plainText(quoted.lines().get(1).content()));
        Verse listed = (Verse) ((dev.octavo.model.ListBlock) blocks.get(1)).items().get(0).blocks().get(0);
        assertEquals(List.of(new Text("bốn"), new LineBreak(), new Text("tiếp")), listed.lines().get(1).content());
    }

    @Test
    void aPipeTableIsStillATableAndALineInsideAParagraphIsText() throws IOException {
        List<Block> blocks = blocks("| Số | Tên |\n|---:|-----|\n| 1 | Một |\n\nMột đoạn\n| không phải thơ.\n");
        Table table = assertInstanceOf(Table.class, blocks.get(0));
        assertEquals(1, table.head().size());
        assertEquals(1, table.body().size());
        assertEquals("Một đoạn | không phải thơ.", Inlines.plainText(((Paragraph) blocks.get(1)).content()));
    }

    @Test
    void versesHaveIdsOfTheirOwn() throws IOException {
        List<Block> blocks = blocks("| a\n\nđoạn\n\n| b\n");
        assertFalse(((Verse) blocks.get(0)).id().equals(((Verse) blocks.get(2)).id()));
    }

    // --- code ---

    @Test
    void codeIsHighlightedAndItsTokensAreTheCodeAsWritten() throws IOException {
        String java = "/* a\n   b */ public class A {\n  int n = 42; // note\n  String s = \"x\";\n}\n";
        CodeBlock code = (CodeBlock) blocks("```java\n" + java + "```\n").get(0);
        assertEquals(java, code.code());
        assertEquals(java, String.join("", code.tokens().stream().map(CodeToken::text).toList()));
        // A comment over two lines is highlighted on both, its state carried from the first line to the next.
        assertTrue(code.tokens().contains(new CodeToken("comment", "/* a")), code.tokens().toString());
        assertTrue(code.tokens().contains(new CodeToken("comment", "   b */")), code.tokens().toString());
        assertTrue(code.tokens().contains(new CodeToken("keyword", "public")), code.tokens().toString());
        assertTrue(code.tokens().contains(new CodeToken("number", "42")), code.tokens().toString());
        assertTrue(code.tokens().contains(new CodeToken("comment", "// note")), code.tokens().toString());
        assertTrue(code.tokens().contains(new CodeToken("string", "\"x\"")), code.tokens().toString());
    }

    @Test
    void anUnknownLanguageOrAnIndentedBlockIsPlainCode() throws IOException {
        List<Block> blocks = blocks("```klingon\nqapla' <b>\n```\n\n    int x = 1;\n");
        assertEquals(List.of(CodeToken.plain("qapla' <b>\n")), ((CodeBlock) blocks.get(0)).tokens());
        assertEquals(List.of(CodeToken.plain("int x = 1;\n")), ((CodeBlock) blocks.get(1)).tokens());
        assertEquals("klingon", ((CodeBlock) blocks.get(0)).language());
    }

    // --- nesting ---

    @Test
    void nestingUpToEachLimitIsRead() throws IOException {
        StringBuilder lists = new StringBuilder();
        for (int i = 0; i < NestingLimits.LISTS; i++) {
            lists.append("  ".repeat(i)).append("- mục\n");
        }
        String inline = "*a ".repeat(NestingLimits.INLINES) + "x" + "*".repeat(NestingLimits.INLINES);
        List<Block> blocks = blocks(">".repeat(NestingLimits.BLOCK_QUOTES) + " sâu\n\n" + lists
                + "\n" + "> - ".repeat(NestingLimits.BLOCKS / 2) + "x\n\n| a |\n|---|\n| " + inline + " |\n\n"
                + inline + "\n");
        assertEquals(5, blocks.size(), blocks.toString());
        assertInstanceOf(Table.class, blocks.get(3));
        assertEquals("a ".repeat(NestingLimits.INLINES) + "x", Inlines.plainText(((Paragraph) blocks.get(4)).content()));
    }

    // --- toc-depth ---

    @Test
    void theContentsGoDownToTocDepth() throws IOException {
        String chapter = "# A\n\n## B\n\n### C\n\n#### D\n\n## E\n";
        assertEquals(List.of("A", " B", " E"), titles(Toc.of(parseWith("", chapter)), ""), "default 2");
        assertEquals(List.of("A"), titles(Toc.of(parseWith("toc-depth: 1\n", chapter)), ""));
        assertEquals(List.of("A", " B", "  C", "   D", " E"), titles(Toc.of(parseWith("toc-depth: 6\n", chapter)), ""));
        assertEquals(3, parseWith("toc-depth: 3\n", chapter).metadata().tocDepth());
    }

    private static List<String> titles(List<TocEntry> entries, String indent) {
        return entries.stream().flatMap(e -> Stream.concat(Stream.of(indent + e.title()),
                titles(e.children(), indent + " ").stream())).toList();
    }
}
