package dev.octavo;

import dev.octavo.testing.EpubBook;
import dev.octavo.testing.EpubCheckRunner;
import dev.octavo.testing.PdfPages;
import dev.octavo.testing.PdfText;
import dev.octavo.testing.VeraPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static dev.octavo.testing.EpubBook.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small book that uses every construct authors write beyond paragraphs: strikethrough, sub- and superscripts,
 * verse, definition lists, highlighted code, a table over several pages, a contents depth of 3, and glossary
 * links. Published as both outputs, checked by EPUBCheck and veraPDF, and read back from the EPUB's XHTML and the
 * PDF's text.
 */
class MarkdownConstructsBookTest {
    static final String JAVA = """
            /** A greeting. */
            public final class Hello {
                public static void main(String[] args) {
                    int n = 0x1F + 42; // the answer
                    /* a comment
                       over two lines */
                    System.out.println("Xin chào, thế giới! <&>");
                }
            }
            """;
    static final String PYTHON = "def f(x):\n    \"\"\"Docstring.\"\"\"\n    return x ** 2  # square\n";
    static final List<String> LUC_BAT = List.of(
            "Trăm năm trong cõi người ta,", "Chữ tài chữ mệnh khéo là ghét nhau.",
            "Trải qua một cuộc bể dâu,", "Những điều trông thấy mà đau đớn lòng.");
    static final int ROWS = 120;

    @TempDir
    static Path project;
    static Publication publication;
    static EpubBook epub;
    static PDDocument pdf;
    static Path manuscript;

    @BeforeAll
    static void publish() throws Exception {
        manuscript = Files.createDirectories(project.resolve("manuscript"));
        write("book.yaml", "title: Mọi cấu trúc\nlanguage: vi\nidentifier: urn:uuid:3f1c2b7a-8d4e-4a5f-9b6c-1e2d3a4b5c6d\n"
                + "publisher: Octavo\ntoc-depth: 3\n");
        StringBuilder longPoem = new StringBuilder();
        for (int i = 1; i <= 70; i++) {
            longPoem.append("| Dòng ").append(i).append(i % 2 == 0 ? " của bài thơ dài, đọc chậm.\n" : " Kulak ở làng.\n");
            if (i % 2 == 1) {
                longPoem.append("|     thụt vào, dòng ").append(i).append(" tiếp.\n");
            }
        }
        write("01-tho.md", "# Thơ và văn\n\n"
                + "Nước là H~2~O, năng lượng là mc^2^, và ~~điều này đã bị gạch~~ bỏ.\n\n"
                + "## Lục bát\n\n"
                + "| " + LUC_BAT.get(0) + "\n|     " + LUC_BAT.get(1) + "\n| " + LUC_BAT.get(2) + "\n|     "
                + LUC_BAT.get(3).replace("đau đớn", "*đau đớn*") + "\n|\n| Lạ gì bỉ sắc tư phong,\n"
                + "|     Trời xanh quen thói má hồng đánh ghen.\n\n"
                + "### An English poem\n\n"
                + "| The woods are lovely, dark and deep,\n|    But I have promises to keep,\n"
                + "| And miles to go before I sleep, and this line is long enough that it wraps in print\n"
                + "  under itself, with a hanging indent.\n\n"
                + "## Định nghĩa\n\n"
                + "Bolshevik\n: Phái đa số.\n\n"
                + "Menshevik\nPhái thiểu số\n: Phái thiểu số.\n: Một định nghĩa thứ hai, với **chữ đậm**.\n\n"
                + "### Một mục\n\n#### Một tiêu đề sâu\n\n"
                + "## Bài thơ dài\n\n" + longPoem + "\nHết.\n");
        StringBuilder table = new StringBuilder("| Số | Tên | Ghi chú |\n|---:|-----|---------|\n");
        for (int i = 1; i <= ROWS; i++) {
            table.append("| ").append(i).append(" | ").append(row(i))
                    .append(" | <https://example.org/mot/duong/dan/rat/dai/khong/co/cho/ngat/").append(i)
                    .append("/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx> |\n");
        }
        write("02-ma.md", "# Mã và bảng\n\n```java\n" + JAVA + "```\n\n```python\n" + PYTHON + "```\n\n"
                + "```klingon\nqapla' <b>&amp;</b>\n```\n\n" + table);
        write("glossary.md", "# Thuật ngữ\n\nKulak\n: Phú nông.\n");
        publication = Publisher.builder().manuscript(manuscript).output(project.resolve("dist"))
                .timestamp(Instant.EPOCH).build().publish();
        epub = EpubBook.open(publication.epub().orElseThrow());
        pdf = Loader.loadPDF(publication.pdf().orElseThrow().toFile());
    }

    /** A row's name, one word that no other row's contains. */
    static String row(int i) {
        return String.format("R%03d", i);
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(manuscript.resolve(name), text, StandardCharsets.UTF_8);
    }

    // --- validators ---

    @Test
    void publishesWithoutWarnings() {
        assertEquals(List.of(), publication.warnings());
    }

    @Test
    void epubCheckFindsNoProblem() {
        assertEquals(List.of(), EpubCheckRunner.problems(publication.epub().orElseThrow()));
    }

    @Test
    void veraPdfFindsThePdfConformingToPdfA3uAndPdfUa1() throws Exception {
        Path file = publication.pdf().orElseThrow();
        assertEquals(List.of(), VeraPdf.failures(file, PDFAFlavour.PDFA_3_U));
        assertEquals(List.of(), VeraPdf.failures(file, PDFAFlavour.PDFUA_1));
    }

    /** Verse, definition lists, the code's colours (contrast) and the links (told apart by more than colour). */
    @Test
    void aceFindsNoAccessibilityViolation() throws Exception {
        AceTest.assumeAceRuns();
        assertEquals(List.of(), AceTest.violations(publication.epub().orElseThrow(), project.resolve("ace")));
    }

    // --- strikethrough, subscript, superscript ---

    @Test
    void strikethroughSubAndSuperscriptsAreTheirElementsInTheEpub() {
        Document chapter = epub.document("ch01.xhtml");
        assertEquals(List.of("điều này đã bị gạch"), texts(chapter, "s"));
        assertEquals(List.of("2"), texts(chapter, "sub"));
        assertEquals(List.of("2"), texts(chapter, "sup"));
        assertFalse(chapter.getDocumentElement().getTextContent().contains("~"), "no markup left");
    }

    @Test
    void strikethroughIsPrintedAsText() throws IOException {
        String body = PdfText.squeeze(bodyText(pageWith("Nước là")));
        assertTrue(body.contains(PdfText.squeeze("và điều này đã bị gạch bỏ.")), body);
        assertFalse(body.contains("~~") || body.contains("^2^"), "no markup printed");
    }

    // --- verse ---

    @Test
    void verseIsALinePerLineWithItsIndentInTheEpub() {
        Document chapter = epub.document("ch01.xhtml");
        List<Element> verses = byClass(chapter, "div", "verse");
        assertEquals(3, verses.size());
        List<Element> lines = byClass(verses.get(0), "div", "line");
        assertEquals(7, lines.size());
        assertEquals("\u00A0".repeat(4) + LUC_BAT.get(1), lines.get(1).getTextContent());
        assertEquals(LUC_BAT.get(0), lines.get(0).getTextContent());
        assertEquals(1, html(lines.get(3), "em").size(), "Markdown inside a line");
        assertEquals(List.of("br"), childNames(lines.get(4)), "the empty line between stanzas");
        List<Element> english = byClass(verses.get(1), "div", "line");
        assertEquals("And miles to go before I sleep, and this line is long enough that it wraps in print under"
                + " itself, with a hanging indent.", english.get(2).getTextContent());
        assertTrue(html(verses.get(2), "a").stream().anyMatch(a -> "glossref".equals(EpubBook.epubType(a))),
                "a glossary term in a verse line links to the glossary");
    }

    @Test
    void verseIsPrintedALinePerLine() throws IOException {
        int page = pageWith(LUC_BAT.get(0));
        List<String> printed = Arrays.stream(PdfPages.text(pdf, page, p -> true).split("\n"))
                .map(line -> line.replace('\u00A0', ' ').strip()).toList();
        for (String line : LUC_BAT) {
            assertTrue(printed.contains(line), "'" + line + "' is a printed line of its own: " + printed);
        }
        float plain = firstGlyphX(page, "Trăm");
        float indented = firstGlyphX(page, "Chữ");
        assertTrue(indented - plain > 5, "the six-syllable line is indented: " + plain + " / " + indented);
    }

    @Test
    void aLongVerseLineWrapsUnderItselfWithAHangingIndent() throws IOException {
        int page = pageWith("The woods are lovely");
        float start = firstGlyphX(page, "And");
        float wrapped = firstGlyphX(page, "under");
        assertTrue(wrapped - start > 10, "the wrapped part starts further in: " + start + " / " + wrapped);
    }

    /** The page where the poem breaks: its marker sits inside the verse, before the words that start the page. */
    @Test
    void aPageThatBeginsInsideAPoemIsMarkedThereInTheEpub() throws IOException {
        Document chapter = epub.document("ch01.xhtml");
        List<Element> markers = html(byClass(chapter, "div", "verse").get(2), "span").stream()
                .filter(span -> "pagebreak".equals(EpubBook.epubType(span))).toList();
        assertFalse(markers.isEmpty(), "a page of the PDF begins inside the long poem");
        for (Element marker : markers) {
            int page = Integer.parseInt(marker.getAttribute("aria-label")) - 1 + bodyStart();
            String printed = PdfText.squeeze(bodyText(page));
            String after = PdfText.squeeze(textAfter(chapter, marker));
            assertTrue(after.startsWith(printed.substring(0, 12)), "page " + marker.getAttribute("aria-label")
                    + " begins with '" + printed.substring(0, 12) + "', the EPUB's marker stands before '"
                    + after.substring(0, Math.min(20, after.length())) + "'");
        }
    }

    // --- definition lists ---

    @Test
    void aDefinitionListIsADlInTheEpub() {
        Document chapter = epub.document("ch01.xhtml");
        List<Element> lists = html(chapter, "dl");
        assertEquals(1, lists.size());
        assertEquals(List.of("Bolshevik", "Menshevik", "Phái thiểu số"), texts(lists.get(0), "dt"));
        assertEquals(3, html(lists.get(0), "dd").size());
        assertEquals(1, html(html(lists.get(0), "dd").get(2), "strong").size());
        html(lists.get(0), "dt").forEach(dt -> assertFalse(dt.getAttribute("id").isEmpty(), "each term has an id"));
    }

    @Test
    void aDefinitionListIsPrintedTermThenDefinitions() throws IOException {
        int page = pageWith("Menshevik");
        String text = PdfText.squeeze(bodyText(page) + bodyText(page + 1));
        assertTrue(text.contains(PdfText.squeeze("Menshevik Phái thiểu số Phái thiểu số. Một định nghĩa thứ hai, với chữ đậm.")),
                text);
    }

    // --- code ---

    @Test
    void codeIsHighlightedInTheEpubAndItsTextIsTheCodeAsWritten() {
        Document chapter = epub.document("ch02.xhtml");
        List<Element> blocks = html(chapter, "code");
        assertEquals(List.of(JAVA, PYTHON, "qapla' <b>&amp;</b>\n"), blocks.stream().map(Element::getTextContent).toList());
        assertEquals("language-java", blocks.get(0).getAttribute("class"));
        List<Element> spans = html(blocks.get(0), "span");
        assertTrue(spans.stream().anyMatch(s -> s.getAttribute("class").equals("tok-keyword")
                && s.getTextContent().equals("public")), "keywords");
        assertTrue(spans.stream().anyMatch(s -> s.getAttribute("class").equals("tok-comment")
                && s.getTextContent().equals("// the answer")), "comments");
        assertTrue(spans.stream().anyMatch(s -> s.getAttribute("class").equals("tok-comment")
                && s.getTextContent().strip().equals("over two lines */")), "a comment's second line");
        assertTrue(spans.stream().anyMatch(s -> s.getAttribute("class").equals("tok-string")
                && s.getTextContent().equals("\"Xin chào, thế giới! <&>\"")), "strings");
        assertEquals(0, html(blocks.get(2), "span").size(), "a language without a lexer is plain");
        String css = new String(epub.bytes("css/epub.css"), StandardCharsets.UTF_8);
        assertTrue(css.contains(".tok-keyword") && css.contains(".tok-comment"), "the colours are in the stylesheet");
    }

    @Test
    void codeIsPrintedAsWritten() throws IOException {
        // In page order: the renderer paints a line's highlighted runs after its plain ones.
        String page = PdfText.squeeze(bodyText(pageWith("A greeting.")));
        assertTrue(page.contains(PdfText.squeeze(JAVA)), page);
        assertTrue(page.contains(PdfText.squeeze(PYTHON)), page);
    }

    // --- tables ---

    /** The header row is repeated at the top of every page the table runs onto, and nowhere else. */
    @Test
    void aLongTableRepeatsItsHeaderRowOnEveryPageItSpans() throws IOException {
        int first = pageWith(row(1));
        int last = pageWith(row(ROWS));
        assertTrue(last - first >= 2, "the table spans pages " + first + " to " + last);
        for (int page = first; page <= last; page++) {
            List<String> lines = Arrays.stream(bodyText(page).split("\n")).map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
            int header = lines.indexOf("Số Tên Ghi chú");
            assertTrue(header >= 0, "no header row on page " + (page + 1) + ": " + lines);
            if (page > first) {
                assertEquals(0, header, "the header row tops page " + (page + 1) + ": " + lines);
            }
            assertEquals(header, lines.lastIndexOf("Số Tên Ghi chú"), "once on page " + (page + 1));
        }
    }

    /** Every glyph on the table's pages stays inside the type area: long addresses wrap, the table fills the measure. */
    @Test
    void aLongTableStaysInsideTheMeasure() throws IOException {
        int first = pageWith(row(1));
        int last = pageWith(row(ROWS));
        float mm = 72f / 25.4f;
        for (int page = first; page <= last; page++) {
            // Recto pages (even index) have the outer margin of 14 mm on the right, versos the inner one of 19 mm.
            float width = pdf.getPage(page).getMediaBox().getWidth();
            float left = (page % 2 == 0 ? 19 : 14) * mm;
            float right = width - (page % 2 == 0 ? 14 : 19) * mm;
            float[] extent = {Float.MAX_VALUE, 0};
            glyphs(page).stream().filter(p -> PdfPages.y(p) > 0.08f && PdfPages.y(p) < 0.92f).forEach(p -> {
                extent[0] = Math.min(extent[0], p.getXDirAdj());
                extent[1] = Math.max(extent[1], p.getXDirAdj() + p.getWidthDirAdj());
            });
            assertTrue(extent[0] >= left - 1 && extent[1] <= right + 1, "page " + (page + 1) + ": text from "
                    + extent[0] / mm + " mm to " + extent[1] / mm + " mm, the measure " + left / mm + "-" + right / mm);
        }
    }

    @Test
    void aTableHasItsHeaderRowInATheadInTheEpub() {
        Document chapter = epub.document("ch02.xhtml");
        Element table = html(chapter, "table").get(0);
        assertEquals(List.of("Số", "Tên", "Ghi chú"), texts(html(table, "thead").get(0), "th"));
        assertEquals(ROWS, html(html(table, "tbody").get(0), "tr").size());
    }

    // --- toc-depth ---

    @Test
    void theContentsListHeadingsDownToTocDepthEverywhere() throws Exception {
        String h3 = "An English poem";
        String h4 = "Một tiêu đề sâu";
        String nav = epub.document("nav.xhtml").getDocumentElement().getTextContent();
        String ncx = epub.document("toc.ncx").getDocumentElement().getTextContent();
        List<String> bookmarks = new ArrayList<>();
        collect(pdf.getDocumentCatalog().getDocumentOutline().children(), bookmarks);
        String contents = bodyText(pageWith("Mục lục"));
        for (String where : List.of(nav, ncx, String.join("\n", bookmarks), contents)) {
            assertTrue(where.contains(h3), "level 3 is listed: " + where);
            assertFalse(where.contains(h4), "level 4 is not: " + where);
        }
    }

    private static void collect(Iterable<PDOutlineItem> items, List<String> titles) {
        for (PDOutlineItem item : items) {
            titles.add(item.getTitle());
            collect(item.children(), titles);
        }
    }

    // --- links ---

    @Test
    void linksLookLikeABooksAndGlossaryLinksAreDottedInTheEpub() {
        String css = new String(epub.bytes("css/epub.css"), StandardCharsets.UTF_8);
        assertTrue(css.contains("@namespace epub \"http://www.idpf.org/2007/ops\";"), css);
        assertTrue(css.matches("(?s).*\\na \\{ color: inherit; text-decoration: underline;[^}]*}.*"), "links: " + css);
        assertTrue(css.matches("(?s).*a\\[epub\\|type~=\"glossref\"] \\{ text-decoration-style: dotted;.*"), css);
        Document chapter = epub.document("ch01.xhtml");
        assertTrue(html(chapter, "a").stream().anyMatch(a -> "glossref".equals(EpubBook.epubType(a))));
    }

    // --- nesting ---

    /**
     * Quotes and lists as deep as allowed together, inline markup of every kind as deep as allowed inside, a chain
     * of footnotes as long as allowed: every stage after the parser walks that by recursion, on ordinary threads.
     */
    @Test
    void theDeepestNestingAllowedIsPublished(@TempDir Path work) throws Exception {
        Path deep = Files.createDirectories(work.resolve("manuscript"));
        Files.writeString(deep.resolve("book.yaml"), "title: Sâu\nlanguage: vi\n"
                + "identifier: urn:uuid:3f1c2b7a-8d4e-4a5f-9b6c-1e2d3a4b5c6e\n", StandardCharsets.UTF_8);
        String[] open = {"*a ", "<span>b ", "[c ", "~~d "};
        String[] close = {"*", "</span>", "](https://example.org)", "~~"};
        StringBuilder inline = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            inline.append(open[i % 4]);
        }
        inline.append("x");
        for (int i = 31; i >= 0; i--) {
            inline.append(close[i % 4]);
        }
        String quotes = "> ".repeat(16);
        StringBuilder chapter = new StringBuilder("# Sâu\n\n");
        for (int level = 0; level < 8; level++) {
            chapter.append(quotes).append("  ".repeat(level)).append("- mục ").append(level).append('\n');
        }
        chapter.append(quotes).append("  ".repeat(8)).append(inline).append("[^1]\n");
        for (int i = 1; i <= 8; i++) {
            chapter.append("\n[^").append(i).append("]: Chú ").append(i).append(i < 8 ? "[^" + (i + 1) + "]" : "")
                    .append(".\n");
        }
        Files.writeString(deep.resolve("01-a.md"), chapter.toString(), StandardCharsets.UTF_8);
        Publication deepest = Publisher.builder().manuscript(deep).output(work.resolve("dist"))
                .timestamp(Instant.EPOCH).build().publish();
        assertEquals(List.of(), deepest.warnings());
        assertEquals(List.of(), EpubCheckRunner.problems(deepest.epub().orElseThrow()));
        assertTrue(PdfText.all(deepest.pdf().orElseThrow()).contains("Chú 8"));
    }

    // --- helpers ---

    private static List<String> texts(Node root, String element) {
        return html(root, element).stream().map(Element::getTextContent).toList();
    }

    private static List<Element> byClass(Node root, String element, String cssClass) {
        return html(root, element).stream()
                .filter(e -> Arrays.asList(e.getAttribute("class").split(" ")).contains(cssClass)).toList();
    }

    private static List<String> childNames(Element element) {
        List<String> names = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            names.add(child.getLocalName() == null ? "#text" : child.getLocalName());
        }
        return names;
    }

    /** The 0-based index of the first page whose text contains this. */
    private static int pageWith(String text) throws IOException {
        for (int page = 0; page < pdf.getNumberOfPages(); page++) {
            if (PdfPages.text(pdf, page, p -> true).contains(text)) {
                return page;
            }
        }
        throw new AssertionError("no page prints '" + text + "'");
    }

    /** A page's running text: no running head or folio. */
    private static String bodyText(int page) throws IOException {
        return PdfPages.text(pdf, page, p -> PdfPages.y(p) > 0.08f && PdfPages.y(p) < 0.92f);
    }

    private static List<TextPosition> glyphs(int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        stripper.getText(pdf);
        return glyphs;
    }

    /** Where the first glyph of the first printed occurrence of the word sits on the page. */
    private static float firstGlyphX(int page, String word) throws IOException {
        List<TextPosition> glyphs = glyphs(page);
        String text = glyphs.stream().map(TextPosition::getUnicode).collect(Collectors.joining());
        int at = text.indexOf(word);
        assertTrue(at >= 0, word + " on page " + (page + 1));
        return glyphs.get(at).getXDirAdj();
    }

    private static int bodyStart() throws IOException {
        String[] labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
        return Arrays.asList(labels).indexOf("1");
    }

    /** The document's text after this element, in document order. */
    private static String textAfter(Document document, Element marker) {
        StringBuilder out = new StringBuilder();
        boolean[] found = {false};
        walk(document.getDocumentElement(), marker, found, out);
        return out.toString();
    }

    private static void walk(Node node, Element marker, boolean[] found, StringBuilder out) {
        if (out.length() > 200) {
            return;
        }
        if (node == marker) {
            found[0] = true;
            return;
        }
        if (node.getNodeType() == Node.TEXT_NODE && found[0]) {
            out.append(node.getNodeValue());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            walk(child, marker, found, out);
        }
    }
}
