package dev.octavo;

import dev.octavo.testing.EpubText;
import dev.octavo.testing.PdfPages;
import dev.octavo.testing.PdfText;
import dev.octavo.testing.SeedBook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The EPUB's page list leads to the places where the PDF's pages begin. */
class PageListTest {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String OPS = "http://www.idpf.org/2007/ops";

    static Map<String, byte[]> epub;
    static String[] labels;
    static List<String[]> entries = new ArrayList<>();
    static PDDocument pdf;

    @BeforeAll
    static void read() throws Exception {
        Publication publication = SeedBook.publication();
        epub = EpubText.entries(publication.epub().orElseThrow());
        pdf = Loader.loadPDF(publication.pdf().orElseThrow().toFile());
        labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
        Document nav = EpubText.parse(epub.get("EPUB/nav.xhtml"));
        NodeList navs = nav.getElementsByTagNameNS(XHTML, "nav");
        for (int i = 0; i < navs.getLength(); i++) {
            Element element = (Element) navs.item(i);
            if ("page-list".equals(element.getAttributeNS(OPS, "type"))) {
                NodeList links = element.getElementsByTagNameNS(XHTML, "a");
                for (int j = 0; j < links.getLength(); j++) {
                    Element a = (Element) links.item(j);
                    entries.add(new String[] {a.getTextContent(), a.getAttribute("href")});
                }
            }
        }
    }

    @Test
    void mostPdfPagesHaveAnEntryLabelledAsInThePdf() {
        assertTrue(entries.size() >= 0.8 * labels.length, entries.size() + " entries for " + labels.length + " pages");
        List<String> listed = entries.stream().map(e -> e[0]).toList();
        assertEquals(Arrays.asList(labels).subList(0, listed.size()), listed, "labels in page order");
    }

    @Test
    void eachMarkerStandsRightBeforeTheTextThatStartsItsPage() throws Exception {
        int compared = 0;
        List<String> wrong = new ArrayList<>();
        for (int page = 0; page < labels.length; page++) {
            String label = labels[page];
            String[] entry = entries.stream().filter(e -> e[0].equals(label)).findFirst().orElse(null);
            // The type area's running text, footnotes and calls left out (they are set smaller).
            String printed = PdfText.squeeze(PdfPages.text(pdf, page,
                    p -> PdfPages.y(p) > 0.08f && PdfPages.y(p) < 0.92f && PdfPages.size(p) >= 9.5f));
            if (entry == null || printed.isEmpty() || entry[1].startsWith("titlepage")) {
                continue;
            }
            String[] target = entry[1].split("#");
            Document doc = EpubText.parse(epub.get("EPUB/" + target[0]));
            String after = PdfText.squeeze(textAfter(doc, target[1]));
            String expected = printed.substring(0, Math.min(12, printed.length()));
            if (!after.startsWith(expected)) {
                wrong.add("page " + label + ": printed '" + expected + "', EPUB marker before '"
                        + after.substring(0, Math.min(20, after.length())) + "'");
            }
            compared++;
        }
        assertEquals(List.of(), wrong);
        assertTrue(compared >= 15, "compared " + compared + " pages");
    }

    @Test
    void markersAreEmptyPageBreaksWithLabels() throws Exception {
        Document doc = EpubText.parse(epub.get("EPUB/ch02.xhtml"));
        NodeList spans = doc.getElementsByTagNameNS(XHTML, "span");
        int markers = 0;
        for (int i = 0; i < spans.getLength(); i++) {
            Element span = (Element) spans.item(i);
            if ("pagebreak".equals(span.getAttributeNS(OPS, "type"))) {
                assertEquals("doc-pagebreak", span.getAttribute("role"));
                assertEquals("", span.getTextContent());
                assertTrue(span.getAttribute("aria-label").matches("\\d+"), span.getAttribute("aria-label"));
                markers++;
            }
        }
        assertTrue(markers >= 5, "markers in chapter 2: " + markers);
    }

    /** The document's text after the element with this id, note calls left out. */
    private static String textAfter(Document doc, String id) {
        StringBuilder out = new StringBuilder();
        boolean[] found = {false};
        walk(doc.getDocumentElement(), id, found, out);
        return out.toString();
    }

    private static void walk(Node node, String id, boolean[] found, StringBuilder out) {
        if (out.length() > 200) {
            return;
        }
        if (node instanceof Element e) {
            if (id.equals(e.getAttribute("id"))) {
                found[0] = true;
                return;
            }
            if ("noteref".equals(e.getAttributeNS(OPS, "type"))) {
                return;
            }
        } else if (node.getNodeType() == Node.TEXT_NODE && found[0]) {
            out.append(node.getNodeValue());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            walk(child, id, found, out);
        }
    }
}
