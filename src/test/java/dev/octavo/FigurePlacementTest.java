package dev.octavo;

import dev.octavo.testing.EpubBook;
import dev.octavo.testing.EpubText;
import dev.octavo.testing.PdfGeometry;
import dev.octavo.testing.PdfGeometry.DrawnImage;
import dev.octavo.testing.PdfGeometry.Glyph;
import dev.octavo.testing.PdfGeometry.Page;
import dev.octavo.testing.PdfText;
import dev.octavo.testing.Seed;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A chapter of long paragraphs with a tall figure that does not fit in the rest of the page after the text before
 * it. The figure must go to the top of the next page, and the text after it must fill the page it left, as a
 * book does: the page before is full, its last line a full justified line, the paragraph it cuts reads on after
 * the figure, unindented. The EPUB has no pages: there the figure stays where the author put it, and the page list
 * still leads to the words each printed page begins with.
 */
class FigurePlacementTest {
    /** Seed paragraphs (long: 13 to 22 lines each): three before the figure, five after it. */
    private static final int[] BEFORE = {10, 12, 14};
    private static final int[] AFTER = {11, 16, 17, 18, 15};
    private static final String TITLE = "Những mặt trận đầu tiên";
    private static final String CAPTION = "Bản đồ các mặt trận của nước Nga năm 1918";

    @TempDir
    static Path project;
    static Publication publication;
    static PDDocument pdf;
    static List<Page> pages;
    static String[] labels;
    static List<String> paragraphs = new ArrayList<>();
    /** The page of the figure's image, and the image. */
    static int figurePage;
    static DrawnImage image;

    @BeforeAll
    static void publish() throws Exception {
        Path manuscript = Files.createDirectories(project.resolve("manuscript/images"));
        Files.writeString(project.resolve("manuscript/book.yaml"), "title: Hình cao giữa trang\nlanguage: vi\n"
                + "identifier: urn:uuid:9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d\nfigures: numbered\n", StandardCharsets.UTF_8);
        List<String> seed = Seed.paragraphs();
        StringBuilder chapter = new StringBuilder("# " + TITLE + "\n\n");
        for (int i : BEFORE) {
            paragraphs.add(seed.get(i));
            chapter.append(seed.get(i)).append("\n\n");
        }
        chapter.append("![").append(CAPTION).append("](images/ban-do.png)\n\n");
        for (int i : AFTER) {
            paragraphs.add(seed.get(i));
            chapter.append(seed.get(i)).append("\n\n");
        }
        Files.writeString(manuscript.getParent().resolve("01-mat-tran.md"), chapter.toString(), StandardCharsets.UTF_8);
        // 360 x 1000 pixels at 230 ppi: 40 x 110 mm, far more than the text before it leaves, and room for text under
        // it on its page.
        BufferedImage map = new BufferedImage(360, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = map.createGraphics();
        g.setColor(new Color(0xe9eef2));
        g.fillRect(0, 0, 360, 1000);
        g.setColor(new Color(0x8a3b2e));
        for (int y = 40; y < 1000; y += 120) {
            g.fillOval(60 + (y * 7) % 200, y, 60, 60);
        }
        g.dispose();
        writePng(map, 230, manuscript.resolve("ban-do.png"));

        publication = Publisher.builder()
                .manuscript(project.resolve("manuscript"))
                .styles(Seed.projectDir().resolve("styles"))
                .fonts(Seed.projectDir().resolve("fonts"))
                .output(project.resolve("dist"))
                .timestamp(Instant.parse("2026-03-01T00:00:00Z"))
                .build()
                .publish();
        pdf = Loader.loadPDF(publication.pdf().orElseThrow().toFile());
        pages = PdfGeometry.read(pdf);
        labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
        List<Page> withImages = pages.stream().filter(p -> !p.images().isEmpty()).toList();
        assertEquals(1, withImages.size(), "one page has the figure");
        figurePage = withImages.get(0).index();
        image = withImages.get(0).images().get(0);
    }

    /** A PNG that says its resolution (pHYs). */
    private static void writePng(BufferedImage image, int ppi, Path file) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        String perMetre = Long.toString(Math.round(ppi / 0.0254));
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        root.appendChild(phys);
        metadata.mergeTree("javax_imageio_png_1.0", root);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    @AfterAll
    static void close() throws Exception {
        pdf.close();
    }

    /** The lines of running text on a page: body-size glyphs inside the type area (no heads, folios, caption). */
    private static List<List<Glyph>> bodyLines(Page page) {
        return lines(page, 10.5);
    }

    /** Lines of glyphs from 9.5 pt up to {@code largest} whose baselines are inside the type area. */
    private static List<List<Glyph>> lines(Page page, double largest) {
        PdfGeometry.Box area = page.typeArea();
        return PdfGeometry.lines(page.glyphs().stream()
                .filter(g -> g.size() > 9.5 && g.size() < largest)
                .filter(g -> g.baseline() > area.y0() && g.baseline() < area.y1())
                .filter(g -> !g.text().isBlank())
                .toList());
    }

    /** The first line of running text after the figure: under it on its page, else at the top of the next. */
    private static List<Glyph> firstLineAfterTheFigure() {
        List<List<Glyph>> under = bodyLines(pages.get(figurePage)).stream()
                .filter(line -> line.get(0).baseline() < image.box().y0()).toList();
        return under.isEmpty() ? bodyLines(pages.get(figurePage + 1)).get(0) : under.get(0);
    }

    private static String text(List<Glyph> glyphs) {
        return PdfGeometry.Squeezed.of(glyphs).text();
    }

    @Test
    void theFigureIsAtTheTopOfItsPageWithNothingAboveIt() {
        Page page = pages.get(figurePage);
        double area = page.typeArea().y1();
        // The figure's own margin (4 mm) may stay at the top of the page, nothing more.
        assertTrue(area - image.box().y1() <= 4 * PdfGeometry.PT_PER_MM + 1, "the image's top is "
                + (area - image.box().y1()) + " pt below the top of the type area");
        List<Glyph> above = page.glyphs().stream()
                .filter(g -> g.baseline() < area && g.baseline() > image.box().y1() && !g.text().isBlank()).toList();
        assertEquals("", text(above), "text above the figure");
    }

    @Test
    void thePageBeforeTheFigureIsAtLeastNinetyPercentFull() {
        double fill = pages.get(figurePage - 1).fill(1.5 * PdfGeometry.BODY_LINE);
        assertTrue(fill >= 0.90, String.format("the page before the figure (%s) is %.0f %% full", labels[figurePage - 1],
                100 * fill));
    }

    /** The words on either side of the figure are one paragraph of the manuscript: the page ends mid-paragraph. */
    @Test
    void thePageBeforeTheFigureEndsMidParagraphAndTheTextAfterTheFigureContinuesIt() {
        List<List<Glyph>> lines = bodyLines(pages.get(figurePage - 1));
        String end = tail(text(lines.get(lines.size() - 1)), 20);
        String next = head(text(firstLineAfterTheFigure()), 20);
        assertTrue(paragraphs.stream().anyMatch(p -> PdfText.squeeze(p).contains(end + next)), "'" + end + "' then '"
                + next + "' are not one paragraph's words");
        assertTrue(paragraphs.stream().noneMatch(p -> PdfText.squeeze(p).endsWith(end)), "the page ends a paragraph");
    }

    /** The first part of the cut paragraph ends in a full line, justified like every other. */
    @Test
    void theLastLineBeforeTheFigureIsAFullJustifiedLine() {
        Page before = pages.get(figurePage - 1);
        List<List<Glyph>> lines = bodyLines(before);
        List<Glyph> last = lines.get(lines.size() - 1);
        PdfGeometry.Box area = before.typeArea();
        double right = last.stream().mapToDouble(g -> g.box().x1()).max().orElseThrow();
        double left = last.stream().mapToDouble(g -> g.box().x0()).min().orElseThrow();
        assertEquals(area.x0(), left, 1.0, "the last line before the figure begins at the measure's left edge: "
                + text(last));
        assertEquals(area.x1(), right, 1.0, "the last line before the figure ends at the measure's right edge: "
                + text(last));
    }

    @Test
    void theTextAfterTheFigureFilledThePageBeforeIt() {
        // The first paragraph after the figure in the manuscript begins on the page before the figure's page.
        String after = head(PdfText.squeeze(Seed.asSet(paragraphs.get(BEFORE.length))), 30);
        String before = bodyLines(pages.get(figurePage - 1)).stream().map(FigurePlacementTest::text)
                .reduce("", String::concat);
        assertTrue(before.contains(after), "the text after the figure did not move up: " + after);
    }

    @Test
    void theTextAfterTheFigureGoesOnUnindented() {
        List<Glyph> first = firstLineAfterTheFigure();
        double left = first.stream().mapToDouble(g -> g.box().x0()).min().orElseThrow();
        Page page = pages.get(figurePage);
        assertTrue(first.get(0).baseline() < image.box().y0(), "there is room for text under the figure on its page,"
                + " and the text goes on there");
        assertEquals(page.typeArea().x0(), left, 0.5, "the paragraph goes on after the figure without an indent: "
                + text(first));
    }

    @Test
    void theRunningTextReadsInTheManuscriptsOrder() {
        // From the chapter's opening page, where its title is set large (the contents page lists it too).
        int opening = pages.stream().filter(p -> !lines(p, 100).isEmpty()
                && lines(p, 100).get(0).get(0).size() > 15
                && text(lines(p, 100).get(0)).equals(PdfText.squeeze(TITLE))).findFirst().orElseThrow().index();
        StringBuilder printed = new StringBuilder();
        for (Page page : pages.subList(opening, pages.size())) {
            bodyLines(page).forEach(line -> printed.append(text(line)));
        }
        String expected = PdfText.squeeze(Seed.asSet(String.join("", paragraphs)));
        int same = 0;
        while (same < Math.min(expected.length(), printed.length()) && expected.charAt(same) == printed.charAt(same)) {
            same++;
        }
        assertEquals(expected.length(), printed.length(), "printed differs from character " + same + ": expected '"
                + expected.substring(same, Math.min(expected.length(), same + 40)) + "', printed '"
                + printed.substring(same, Math.min(printed.length(), same + 40)) + "'");
        assertEquals(expected, printed.toString());
    }

    @Test
    void theEpubKeepsTheFigureWhereTheAuthorPutIt() {
        EpubBook epub = EpubBook.open(publication.epub().orElseThrow());
        Document chapter = epub.document("ch01.xhtml");
        Element figure = EpubBook.html(chapter, "figure").get(0);
        Element previous = sibling(figure, -1);
        Element next = sibling(figure, 1);
        assertEquals("p", previous.getLocalName());
        assertEquals("p", next.getLocalName());
        assertEquals(PdfText.squeeze(Seed.asSet(paragraphs.get(BEFORE.length - 1))),
                PdfText.squeeze(previous.getTextContent()));
        assertEquals(PdfText.squeeze(Seed.asSet(paragraphs.get(BEFORE.length))), PdfText.squeeze(next.getTextContent()));
        assertEquals(1, EpubBook.html(chapter, "figure").size());
        assertEquals(paragraphs.size(), EpubBook.html(chapter, "p").size(), "no paragraph cut in the EPUB");
    }

    /** As PageListTest does for the seed: each page's marker stands right before the words the page begins with. */
    @Test
    void theEpubPageListStillLeadsToTheWordsEachPageBeginsWith() throws Exception {
        EpubBook epub = EpubBook.open(publication.epub().orElseThrow());
        Map<String, String> list = new java.util.LinkedHashMap<>();
        for (Element nav : EpubBook.html(epub.document("nav.xhtml"), "nav")) {
            if ("page-list".equals(EpubBook.epubType(nav))) {
                for (Element a : EpubBook.html(nav, "a")) {
                    list.put(a.getTextContent(), a.getAttribute("href"));
                }
            }
        }
        List<String> wrong = new ArrayList<>();
        int compared = 0;
        for (Page page : pages) {
            // Headings count here: a page may begin with one.
            List<List<Glyph>> lines = lines(page, 100);
            String href = list.get(labels[page.index()]);
            if (lines.isEmpty() || href == null || href.startsWith("titlepage")) {
                continue;
            }
            String printed = head(text(lines.get(0)), 12);
            String[] target = href.split("#");
            String after = PdfText.squeeze(textAfter(EpubText.parse(epub.bytes(target[0])), target[1]));
            if (!after.startsWith(printed)) {
                wrong.add("page " + labels[page.index()] + ": printed '" + printed + "', the EPUB's marker is before '"
                        + head(after, 20) + "'");
            }
            compared++;
        }
        assertEquals(List.of(), wrong);
        assertTrue(compared >= 4, "pages compared: " + compared);
        assertTrue(list.containsKey(labels[figurePage]), "the figure's page has a marker");
    }

    private static Element sibling(Element element, int direction) {
        Node node = direction < 0 ? element.getPreviousSibling() : element.getNextSibling();
        while (node != null && !(node instanceof Element)) {
            node = direction < 0 ? node.getPreviousSibling() : node.getNextSibling();
        }
        return (Element) node;
    }

    /** The document's text after the element with this id. */
    private static String textAfter(Document document, String id) {
        StringBuilder out = new StringBuilder();
        boolean[] found = {false};
        walk(document.getDocumentElement(), id, found, out);
        return out.toString();
    }

    private static void walk(Node node, String id, boolean[] found, StringBuilder out) {
        if (out.length() > 200) {
            return;
        }
        if (node instanceof Element e && id.equals(e.getAttribute("id"))) {
            found[0] = true;
            return;
        }
        if (node.getNodeType() == Node.TEXT_NODE && found[0]) {
            out.append(node.getNodeValue());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            walk(child, id, found, out);
        }
    }

    private static String head(String text, int n) {
        return text.substring(0, Math.min(n, text.length()));
    }

    private static String tail(String text, int n) {
        return text.substring(Math.max(0, text.length() - n));
    }
}
