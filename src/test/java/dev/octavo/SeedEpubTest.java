package dev.octavo;

import dev.octavo.model.Book;
import dev.octavo.testing.SeedBook;
import dev.octavo.testing.EpubBook;
import dev.octavo.testing.EpubText;
import dev.octavo.testing.Seed;
import dev.octavo.testing.VietnameseOrder;
import dev.octavo.xhtml.Theme;
import dev.octavo.xhtml.XhtmlRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.octavo.testing.EpubBook.XML;
import static dev.octavo.testing.EpubBook.byId;
import static dev.octavo.testing.EpubBook.epubType;
import static dev.octavo.testing.EpubBook.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed book's EPUB, read back as XML: navigation, notes, glossary, cover, fonts and package metadata. */
class SeedEpubTest {
    private static final List<String> CHAPTERS = List.of("ch01.xhtml", "ch02.xhtml", "ch03.xhtml", "ch04.xhtml");

    @TempDir
    static Path out;
    static EpubBook epub;

    @BeforeAll
    static void publish() {
        Publication publication = Publisher.builder()
                .manuscript(Seed.manuscript())
                .styles(Seed.projectDir().resolve("styles"))
                .fonts(Seed.projectDir().resolve("fonts"))
                .formats(Set.of(Format.EPUB))
                .output(out)
                .timestamp(SeedBook.STAMP)
                .build()
                .publish();
        epub = EpubBook.open(publication.epub().orElseThrow());
    }

    @Test
    void everyNoteRefReachesItsNoteAndEveryNoteLinksBackToItsCall() {
        int notes = 0;
        for (String chapter : CHAPTERS) {
            Document doc = epub.document(chapter);
            for (Element ref : html(doc, "a")) {
                if (!epubType(ref).equals("noteref")) {
                    continue;
                }
                assertEquals("doc-noteref", ref.getAttribute("role"), chapter);
                assertTrue(html(ref, "sup").isEmpty(), "no <sup> inside a noteref (iBooks): " + chapter);
                assertTrue(ref.getTextContent().matches("\\d+"), "a noteref is the note's number: " + ref.getTextContent());
                Element note = byId(doc, ref.getAttribute("href").substring(1));
                assertNotNull(note, chapter + ": noteref " + ref.getAttribute("href") + " reaches nothing");
                assertEquals("aside", note.getLocalName());
                assertEquals("footnote", epubType(note));
                assertEquals("doc-footnote", note.getAttribute("role"));
            }
            for (Element note : html(doc, "aside")) {
                notes++;
                Element back = html(note, "a").stream().filter(a -> a.getAttribute("role").equals("doc-backlink"))
                        .findFirst().orElseThrow(() -> new AssertionError(chapter + ": note " + note.getAttribute("id")
                                + " has no back link"));
                Element call = byId(doc, back.getAttribute("href").substring(1));
                assertNotNull(call, chapter + ": the back link of " + note.getAttribute("id") + " reaches nothing");
                assertEquals("noteref", epubType(call));
                assertEquals("#" + note.getAttribute("id"), call.getAttribute("href"), "the call the note returns to calls it");
                assertEquals(call.getTextContent() + ".", back.getTextContent(), "note and call show the same number");
            }
        }
        assertEquals(32, notes, "the seed has 32 footnotes");
    }

    @Test
    void noteNumbersInTheEpubAreThoseOfThePrintDocument() throws Exception {
        Document print = printDocument();
        Map<String, String> printNumbers = new HashMap<>();
        for (Element span : html(print, "span")) {
            if (span.getAttribute("class").equals("footnote")) {
                printNumbers.put(span.getAttribute("id"), span.getAttribute("data-number"));
            }
        }
        List<String> epubCalls = new ArrayList<>();
        for (String chapter : CHAPTERS) {
            for (Element ref : html(epub.document(chapter), "a")) {
                if (epubType(ref).equals("noteref")) {
                    String id = ref.getAttribute("href").substring(1);
                    assertEquals(printNumbers.get(id), ref.getTextContent(), "note " + id + " in the EPUB and the PDF");
                    epubCalls.add(id);
                }
            }
        }
        assertEquals(printNumbers.keySet(), new HashSet<>(epubCalls));
    }

    @Test
    void everyUseOfATermIsASpanWithItsOwnIdInThePrintedBody() throws Exception {
        Document print = printDocument();
        List<Element> spans = html(print, "span").stream().filter(s -> s.getAttribute("class").equals("glossref")).toList();
        Set<String> ids = spans.stream().map(s -> s.getAttribute("id")).collect(Collectors.toSet());
        assertEquals(spans.size(), ids.size(), "ids of term uses must be unique");
        assertTrue(ids.stream().allMatch(id -> byId(print, id) != null && !id.isBlank()));
        int linked = 0;
        for (String chapter : CHAPTERS) {
            linked += (int) html(epub.document(chapter), "a").stream().filter(a -> epubType(a).equals("glossref")).count();
        }
        assertTrue(spans.size() > linked, "every use is marked for print, not only the linked first ones: "
                + spans.size() + " spans, " + linked + " links");
    }

    private static Document printDocument() throws Exception {
        Book book = SeedBook.model();
        Theme theme = Theme.over(Seed.projectDir().resolve("styles"));
        return EpubText.parse(new XhtmlRenderer(theme).renderPrintBody(book, "", java.util.List.of()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theGlossaryHasTenTermsOrMoreInVietnameseOrder() {
        Document glossary = epub.document("glossary.xhtml");
        Element section = html(glossary, "section").get(0);
        assertEquals("glossary", epubType(section));
        assertEquals("doc-glossary", section.getAttribute("role"));
        List<String> terms = html(glossary, "dt").stream().map(dt -> html(dt, "dfn").get(0).getTextContent()).toList();
        assertTrue(terms.size() >= 10, "terms: " + terms);
        List<String> sorted = new ArrayList<>(terms);
        sorted.sort(new VietnameseOrder());
        assertEquals(sorted, terms);
    }

    @Test
    void theFirstUseOfATermInEachChapterLinksToItsEntryAndNoOtherUseDoes() {
        Document glossary = epub.document("glossary.xhtml");
        Map<String, String> termIds = new LinkedHashMap<>();
        html(glossary, "dt").forEach(dt -> termIds.put(dt.getTextContent(), dt.getAttribute("id")));
        int links = 0;
        for (String chapter : CHAPTERS) {
            Document doc = epub.document(chapter);
            List<Element> glossrefs = html(doc, "a").stream().filter(a -> epubType(a).equals("glossref")).toList();
            links += glossrefs.size();
            Set<String> hrefs = new HashSet<>();
            for (Element link : glossrefs) {
                assertEquals("doc-glossref", link.getAttribute("role"));
                assertTrue(hrefs.add(link.getAttribute("href")), chapter + ": a term linked twice: " + link.getAttribute("href"));
                String id = link.getAttribute("href").replaceFirst("^glossary\\.xhtml#", "");
                assertNotNull(byId(glossary, id), chapter + ": " + link.getAttribute("href") + " reaches no entry");
            }
            // Independently of Octavo's matcher: the first paragraph of the running text that uses a term holds
            // its link.
            for (Map.Entry<String, String> term : termIds.entrySet()) {
                Pattern use = wholeWord(term.getKey());
                for (Element p : runningParagraphs(doc)) {
                    if (use.matcher(p.getTextContent()).find()) {
                        String href = "glossary.xhtml#" + term.getValue();
                        assertTrue(html(p, "a").stream().anyMatch(a -> a.getAttribute("href").equals(href)),
                                chapter + ": the first use of '" + term.getKey() + "' is not linked: " + p.getAttribute("id"));
                        break;
                    }
                }
            }
        }
        assertTrue(links >= 15, "glossary links: " + links);
    }

    private static Pattern wholeWord(String term) {
        String lowerFirst = term.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + term.substring(1);
        boolean acronym = term.length() > 1 && Character.isUpperCase(term.charAt(1));
        String alternatives = acronym ? Pattern.quote(term) : Pattern.quote(term) + "|" + Pattern.quote(lowerFirst);
        return Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{M}\\p{N}])");
    }

    /** Paragraphs of the chapter's text, not of its notes. */
    private static List<Element> runningParagraphs(Document chapter) {
        return html(chapter, "p").stream().filter(p -> !((Element) p.getParentNode()).getLocalName().equals("aside"))
                .toList();
    }

    @Test
    void theNavHasTheNestedTocAndTheLandmarks() {
        Document nav = epub.document("nav.xhtml");
        Map<String, Element> navs = html(nav, "nav").stream().collect(Collectors.toMap(EpubBook::epubType, n -> n));
        assertEquals(Set.of("toc", "landmarks", "page-list"), navs.keySet());
        List<String> tocTitles = html(navs.get("toc"), "a").stream().map(Element::getTextContent).toList();
        for (String heading : Seed.headings()) {
            assertTrue(tocTitles.contains(heading), "toc lacks " + heading);
        }
        assertTrue(html(navs.get("toc"), "ol").size() > 1, "sections are nested under their chapters");
        Map<String, String> landmarks = new LinkedHashMap<>();
        html(navs.get("landmarks"), "a").forEach(a -> landmarks.put(epubType(a), a.getAttribute("href")));
        assertEquals(List.of("cover", "titlepage", "toc", "bodymatter", "glossary"), List.copyOf(landmarks.keySet()));
        assertEquals("cover.xhtml", landmarks.get("cover"));
        assertEquals("glossary.xhtml", landmarks.get("glossary"));
        assertTrue(epub.entries().containsKey("EPUB/toc.ncx"), "an NCX for EPUB 2 reading systems");
        Document ncx = epub.document("toc.ncx");
        for (Element content : EpubBook.elements(ncx, "http://www.daisy.org/z3986/2005/ncx/", "content")) {
            String[] src = content.getAttribute("src").split("#");
            assertNotNull(byId(epub.document(src[0]), src[1]), "NCX target " + content.getAttribute("src"));
        }
    }

    @Test
    void theCoverComesFirstAndIsAGeneratedImageWithItsTextAsAlternative() throws Exception {
        assertEquals("cover.xhtml", epub.spine().get(0));
        Document opf = epub.packageDocument();
        Element item = EpubBook.elements(opf, EpubBook.OPF, "item").stream()
                .filter(i -> i.getAttribute("properties").equals("cover-image")).findFirst().orElseThrow();
        assertEquals("image/png", item.getAttribute("media-type"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(epub.bytes(item.getAttribute("href"))));
        assertEquals(List.of(1600, 2400), List.of(image.getWidth(), image.getHeight()));
        Document cover = epub.document("cover.xhtml");
        Element img = html(cover, "img").get(0);
        assertEquals(item.getAttribute("href"), img.getAttribute("src"));
        assertTrue(img.getAttribute("alt").contains("Năm 1918: năm đầu tiên của Cách mạng Nga"), img.getAttribute("alt"));
        assertTrue(img.getAttribute("alt").contains("Derek Gunby"), img.getAttribute("alt"));
        assertEquals("cover", epubType(html(cover, "section").get(0)));
    }

    @Test
    void everyDocumentNamesItsLanguage() {
        for (String name : epub.entries().keySet()) {
            if (name.endsWith(".xhtml")) {
                Element root = epub.document(name.substring("EPUB/".length())).getDocumentElement();
                assertEquals("vi", root.getAttribute("lang"), name);
                assertEquals("vi", root.getAttributeNS(XML, "lang"), name);
            }
        }
        assertEquals("vi", epub.packageDocument().getDocumentElement().getAttributeNS(XML, "lang"));
    }

    @Test
    void fontsAreEmbeddedAndBoundWithFontFace() {
        String css = new String(epub.bytes("css/fonts.css"), java.nio.charset.StandardCharsets.UTF_8);
        Matcher url = Pattern.compile("src: url\\(\"\\.\\./([^\"]+)\"\\)").matcher(css);
        Set<String> fonts = new HashSet<>();
        while (url.find()) {
            fonts.add(url.group(1));
            assertTrue(epub.entries().containsKey("EPUB/" + url.group(1)), "font file " + url.group(1));
        }
        // The faces the house style sets the seed's text in; no code, so no JetBrains Mono, and no bold in the text.
        assertEquals(Set.of("fonts/literata-400.ttf", "fonts/literata-400-italic.ttf", "fonts/literata-700-italic.ttf",
                "fonts/be-vietnam-pro-700.ttf"), fonts, css);
        Set<String> manifestFonts = EpubBook.elements(epub.packageDocument(), EpubBook.OPF, "item").stream()
                .filter(i -> i.getAttribute("media-type").equals("font/ttf")).map(i -> i.getAttribute("href"))
                .collect(Collectors.toSet());
        assertEquals(fonts, manifestFonts);
    }

    @Test
    void thePackageHasAccessibilityMetadataInTheBooksLanguage() {
        assertEquals(List.of("textual"), epub.meta("schema:accessMode"));
        assertEquals(List.of("textual"), epub.meta("schema:accessModeSufficient"));
        assertTrue(epub.meta("schema:accessibilityFeature").containsAll(List.of("tableOfContents",
                "structuralNavigation", "readingOrder", "displayTransformability", "alternativeText")));
        assertTrue(epub.meta("schema:accessibilityFeature").contains("pageNavigation"), "the print edition's pages");
        assertFalse(epub.meta("pageBreakSource").isEmpty(), "the page list's source is named");
        assertFalse(epub.meta("schema:accessibilityHazard").isEmpty());
        String summary = epub.meta("schema:accessibilitySummary").get(0);
        assertTrue(summary.contains("mục lục") && summary.contains("chú thích") && summary.contains("thuật ngữ"), summary);
        assertEquals(List.of("EPUB Accessibility 1.1 - WCAG 2.2 Level AA"), epub.meta("dcterms:conformsTo"));
        assertEquals(List.of("Octavo"), epub.meta("a11y:certifiedBy"));
    }

    @Test
    void thePackageHasEveryFieldOfBookYaml() {
        Document opf = epub.packageDocument();
        Map<String, List<String>> dc = new HashMap<>();
        for (String name : List.of("identifier", "title", "language", "creator", "publisher", "date", "rights",
                "description", "subject")) {
            dc.put(name, EpubBook.elements(opf, "http://purl.org/dc/elements/1.1/", name).stream()
                    .map(Element::getTextContent).toList());
        }
        assertEquals(List.of("urn:uuid:ecd0a5f2-5d5e-48cd-8d3f-fe98cb6cc453"), dc.get("identifier"));
        assertEquals(List.of("Năm 1918: năm đầu tiên của Cách mạng Nga"), dc.get("title"));
        assertEquals(List.of("vi"), dc.get("language"));
        assertEquals(List.of("Derek Gunby"), dc.get("creator"));
        assertEquals(List.of("aut"), epub.meta("role"));
        assertEquals(List.of("Octavo"), dc.get("publisher"));
        assertEquals(List.of("2018-01-01"), dc.get("date"));
        assertEquals(1, dc.get("rights").size());
        assertTrue(dc.get("description").get(0).startsWith("Bài phân tích của Derek Gunby"));
        assertEquals(List.of("Cách mạng Nga", "Lịch sử Nga", "Năm 1918"), dc.get("subject"));
    }
}
