package dev.octavo.manuscript;

import dev.octavo.Diagnostic;
import dev.octavo.model.Block;
import dev.octavo.model.Book;
import dev.octavo.model.Emphasis;
import dev.octavo.model.Inline;
import dev.octavo.model.LineBreak;
import dev.octavo.model.Paragraph;
import dev.octavo.model.Styled;
import dev.octavo.model.Text;
import dev.octavo.xhtml.Theme;
import dev.octavo.xhtml.XhtmlRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Raw HTML keeps a safe, well-formed subset; everything else goes, with a warning at its tag. */
class RawHtmlTest {
    @TempDir
    Path project;
    Path manuscript;
    private Diagnostics diagnostics;

    @BeforeEach
    void createManuscript() throws IOException {
        manuscript = Files.createDirectories(project.resolve("manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"),
                "title: Thử\nlanguage: vi\nidentifier: urn:uuid:00000000-0000-0000-0000-000000000001\n");
    }

    private Book parse(String chapter) throws IOException {
        Files.writeString(manuscript.resolve("01-a.md"), chapter, StandardCharsets.UTF_8);
        diagnostics = new Diagnostics();
        return new BookParser().parse(new ManuscriptReader().read(manuscript, diagnostics), diagnostics);
    }

    private List<String> warnings() {
        return diagnostics.all().stream().map(d -> d.format(project)).toList();
    }

    private static List<Block> blocks(Book book) {
        return book.chapters().get(0).blocks();
    }

    private static List<Inline> firstParagraph(Book book) {
        return ((Paragraph) blocks(book).get(0)).content();
    }

    @Test
    void inlineHtmlKeepsTheSafeSubsetAndRemovesScriptsAndEventHandlers() throws IOException {
        Book book = parse("# A\n\nChữ <abbr title=\"Xô viết\">Soviet</abbr>, <span lang=\"ru\">Совет</span> và "
                + "<em onclick=\"alert(1)\">nhấn</em><script>alert(2)</script>.\n");
        assertEquals(List.of(
                new Text("Chữ "),
                new Styled("abbr", Map.of("title", "Xô viết"), List.of(new Text("Soviet"))),
                new Text(", "),
                new Styled("span", Map.of("lang", "ru"), List.of(new Text("Совет"))),
                new Text(" và "),
                new Emphasis(List.of(new Text("nhấn"))),
                new Text(".")), firstParagraph(book));
        assertEquals(List.of(
                "manuscript/01-a.md:3:74: warning: raw HTML attribute onclick on <em> is not allowed; it was removed",
                "manuscript/01-a.md:3:106: warning: raw HTML <script> is not allowed; it was removed with its content"),
                warnings());
    }

    @Test
    void markdownInsideHtmlIsConvertedAndMisnestedTagsAreMended() throws IOException {
        Book book = parse("# A\n\n<b>đậm **rất đậm**</b> <i>nghiêng <sub>dưới</i> hết</sub> <mark>mở\n");
        assertEquals(List.of(
                new Styled("b", Map.of(), List.of(new Text("đậm "), new dev.octavo.model.Strong(List.of(new Text("rất đậm"))))),
                new Text(" "),
                new Styled("i", Map.of(), List.of(new Text("nghiêng "), new Styled("sub", Map.of(), List.of(new Text("dưới"))))),
                new Text(" hết "),
                new Styled("mark", Map.of(), List.of(new Text("mở")))), firstParagraph(book));
        assertEquals(List.of(), warnings());
    }

    @Test
    void anHtmlBlockBecomesParagraphsAndLosesFormsFramesAndStyles() throws IOException {
        Book book = parse("# A\n\n<div class=\"note\" style=\"color:red\">\n<p>Đoạn một <b>đậm</b>.<br>Dòng hai.</p>\n"
                + "<p>Đoạn hai.</p>\n<iframe src=\"https://example.org\"></iframe>\n"
                + "<form action=\"https://example.org\"><input name=\"q\"><button>Gửi</button></form>\n</div>\n");
        assertEquals(List.of(
                new Paragraph("ch01-p-1", List.of(new Text("Đoạn một "), new Styled("b", Map.of(), List.of(new Text("đậm"))),
                        new Text("."), new LineBreak(), new Text("Dòng hai."))),
                new Paragraph("ch01-p-2", List.of(new Text("Đoạn hai.")))), blocks(book));
        assertEquals(List.of(
                "manuscript/01-a.md:3:1: warning: raw HTML <div> is not supported; only its text is kept",
                "manuscript/01-a.md:6:1: warning: raw HTML <iframe> is not allowed; it was removed",
                "manuscript/01-a.md:7:1: warning: raw HTML <form> is not allowed; it was removed with its content"),
                warnings());
    }

    @Test
    void aLangThatIsNotALanguageTagAndAStyleAttributeAreRemoved() throws IOException {
        Book book = parse("# A\n\n<span lang=\"en_GB\" style=\"color:red\" onmouseover=\"x()\">chữ</span>\n");
        assertEquals(List.of(new Styled("span", Map.of(), List.of(new Text("chữ")))), firstParagraph(book));
        assertEquals(List.of(
                "manuscript/01-a.md:3:1: warning: raw HTML lang=\"en_GB\" on <span> is not a BCP 47 language tag; it was removed",
                "manuscript/01-a.md:3:1: warning: raw HTML attributes style, onmouseover on <span> are not allowed;"
                        + " they were removed"), warnings());
    }

    @Test
    void markdownInsideARemovedElementIsNeverConverted() throws IOException {
        Book book = parse("# A\n\nCâu <script>[^1] ![x](images/none.png)</script> tiếp.\n\n[^1]: Chú thích.\n");
        assertEquals(List.of(new Text("Câu  tiếp.")), firstParagraph(book));
        assertEquals(List.of(
                "manuscript/01-a.md:3:5: warning: raw HTML <script> is not allowed; it was removed with its content",
                "manuscript/01-a.md:5:1: warning: footnote [^1] is defined but never used"), warnings());
    }

    @Test
    void htmlCommentsVanishSilently() throws IOException {
        Book book = parse("# A\n\n<!-- ghi chú của tác giả -->\n\nCâu <!-- nữa --> này.\n");
        assertEquals(List.of(new Text("Câu  này.")), firstParagraph(book));
        assertEquals(List.of(), warnings());
    }

    @Test
    void keptHtmlIsRenderedAsWellFormedXhtmlWithXmlLang() throws IOException {
        Book book = parse("# A\n\n<q lang=\"ru\">Вся власть</q> và <abbr title=\"a &amp; b < c\">AB</abbr>"
                + "<img src=x onerror=alert(1)>\n");
        String xhtml = new XhtmlRenderer(Theme.defaults()).renderEpub(book).spine().stream()
                .filter(d -> d.name().equals("ch01")).findFirst().orElseThrow().xhtml();
        assertTrue(xhtml.contains("<q lang=\"ru\" xml:lang=\"ru\">Вся власть</q> và <abbr title=\"a &amp; b &lt; c\">AB</abbr>"),
                xhtml);
        assertFalse(xhtml.contains("onerror"), xhtml);
        assertFalse(xhtml.contains("<img"), xhtml);
        assertEquals(Diagnostic.Severity.WARNING, diagnostics.all().get(0).severity());
    }
}
