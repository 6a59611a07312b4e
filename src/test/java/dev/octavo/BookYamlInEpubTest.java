package dev.octavo;

import dev.octavo.testing.SeedBook;
import dev.octavo.testing.EpubBook;
import dev.octavo.testing.EpubCheckRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static dev.octavo.testing.EpubBook.epubType;
import static dev.octavo.testing.EpubBook.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small book that uses every key of book.yaml: its cover image, ISBN, people with roles, series, per-chapter
 * footnote numbers, no glossary links and contents of chapters only. Everything lands in the EPUB, and EPUBCheck is content.
 */
class BookYamlInEpubTest {
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    @TempDir
    static Path dir;
    static Path epubFile;
    static EpubBook epub;

    @BeforeAll
    static void publish() throws Exception {
        Path manuscript = Files.createDirectories(dir.resolve("manuscript"));
        write(manuscript, "book.yaml", """
                title: Sách thử nghiệm
                subtitle: Một cuốn sách nhỏ
                language: vi
                authors:
                  - name: Nguyễn Văn A
                    role: aut
                contributors:
                  - name: Trần Thị B
                    role: translator
                  - name: Lê C
                    role: edt
                identifier: ISBN 978-0-306-40615-7
                publisher: Nhà xuất bản Thử
                date: 2026-01-01
                rights: © 2026 Nguyễn Văn A
                description: Một cuốn sách để thử mọi khóa của book.yaml.
                subjects: [Thử nghiệm, Sách điện tử]
                series:
                  name: Tủ sách Thử
                  position: 2
                cover: images/bia.png
                footnotes: chapter
                glossary-links: false
                toc-depth: 1
                """);
        write(manuscript, "01-mot.md", "# Chương một\n\n## Một mục\n\nSoviet là hội đồng[^a]. Lại một chú thích[^b].\n\n"
                + "[^a]: A.\n[^b]: B.\n");
        write(manuscript, "02-hai.md", "# Chương hai\n\nSoviet lần nữa[^c].\n\n[^c]: C.\n");
        write(manuscript, "glossary.md", "# Thuật ngữ\n\nSoviet\n: Hội đồng.\n");
        Files.createDirectories(manuscript.resolve("images"));
        BufferedImage cover = new BufferedImage(600, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = cover.createGraphics();
        g.setColor(new Color(0x884422));
        g.fillRect(0, 0, 600, 900);
        g.dispose();
        ImageIO.write(cover, "png", manuscript.resolve("images/bia.png").toFile());

        epubFile = Publisher.builder().manuscript(manuscript).output(dir.resolve("dist")).formats(Set.of(Format.EPUB))
                .timestamp(SeedBook.STAMP).build().publish().epub().orElseThrow();
        epub = EpubBook.open(epubFile);
    }

    private static void write(Path dir, String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void epubCheckFindsNothing() {
        assertEquals(List.of(), EpubCheckRunner.problems(epubFile));
    }

    @Test
    void theCoverImageOfBookYamlIsTheCover() {
        Document opf = epub.packageDocument();
        Element item = EpubBook.elements(opf, EpubBook.OPF, "item").stream()
                .filter(i -> i.getAttribute("properties").equals("cover-image")).findFirst().orElseThrow();
        assertEquals("images/img-1.png", item.getAttribute("href"));
        assertFalse(epub.entries().containsKey("EPUB/images/cover.png"), "no typographic cover when book.yaml has one");
        assertEquals("cover.xhtml", epub.spine().get(0));
        assertEquals("images/img-1.png", html(epub.document("cover.xhtml"), "img").get(0).getAttribute("src"));
    }

    @Test
    void thePackageHasEveryKeyOfBookYaml() {
        Document opf = epub.packageDocument();
        assertEquals(List.of("urn:isbn:9780306406157"), dc(opf, "identifier"));
        assertEquals(List.of("15"), epub.meta("identifier-type"), "ONIX: ISBN-13");
        assertEquals(List.of("Sách thử nghiệm", "Một cuốn sách nhỏ"), dc(opf, "title"));
        assertEquals(List.of("main", "subtitle").stream().sorted().toList(),
                epub.meta("title-type").stream().sorted().toList());
        assertEquals(List.of("Nguyễn Văn A"), dc(opf, "creator"));
        assertEquals(List.of("Trần Thị B", "Lê C"), dc(opf, "contributor"));
        assertEquals(List.of("aut", "trl", "edt"), epub.meta("role"), "MARC relators, words turned into codes");
        assertEquals(List.of("Nhà xuất bản Thử"), dc(opf, "publisher"));
        assertEquals(List.of("2026-01-01"), dc(opf, "date"));
        assertEquals(List.of("© 2026 Nguyễn Văn A"), dc(opf, "rights"));
        assertEquals(List.of("Một cuốn sách để thử mọi khóa của book.yaml."), dc(opf, "description"));
        assertEquals(List.of("Thử nghiệm", "Sách điện tử"), dc(opf, "subject"));
        assertEquals(List.of("Tủ sách Thử"), epub.meta("belongs-to-collection"));
        assertEquals(List.of("series"), epub.meta("collection-type"));
        assertEquals(List.of("2"), epub.meta("group-position"));
        assertEquals(List.of("Nhà xuất bản Thử"), epub.meta("a11y:certifiedBy"));
    }

    @Test
    void footnotesChapterNumbersTheNotesOfEachChapterFromOne() {
        assertEquals(List.of("1", "2"), noteNumbers("ch01.xhtml"));
        assertEquals(List.of("1"), noteNumbers("ch02.xhtml"));
    }

    @Test
    void glossaryLinksFalseLeavesTheTextUnlinked() {
        for (String chapter : List.of("ch01.xhtml", "ch02.xhtml")) {
            assertTrue(html(epub.document(chapter), "a").stream().noneMatch(a -> epubType(a).equals("glossref")));
        }
        assertFalse(epub.meta("schema:accessibilitySummary").get(0).contains("Thuật ngữ"),
                "the summary promises no glossary links");
    }

    @Test
    void tocDepthOneListsTheChaptersAndTheGlossaryOnly() {
        List<String> listed = html(epub.document("nav.xhtml"), "a").stream()
                .filter(a -> a.getAttribute("href").contains("#") && !a.getAttribute("href").startsWith("nav.xhtml"))
                .map(Element::getTextContent).toList();
        assertEquals(List.of("Chương một", "Chương hai", "Thuật ngữ"), listed.subList(0, 3));
        assertFalse(listed.contains("Một mục"), listed.toString());
    }

    private List<String> noteNumbers(String chapter) {
        return html(epub.document(chapter), "a").stream().filter(a -> epubType(a).equals("noteref"))
                .map(Element::getTextContent).toList();
    }

    private static List<String> dc(Document opf, String name) {
        return EpubBook.elements(opf, DC, name).stream().map(Element::getTextContent).toList();
    }
}
