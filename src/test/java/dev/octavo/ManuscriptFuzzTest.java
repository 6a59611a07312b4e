package dev.octavo;

import dev.octavo.fonts.FontSet;
import dev.octavo.manuscript.BookParser;
import dev.octavo.manuscript.Diagnostics;
import dev.octavo.manuscript.GlyphCoverage;
import dev.octavo.manuscript.Manuscript;
import dev.octavo.manuscript.ManuscriptReader;
import dev.octavo.model.Book;
import dev.octavo.pdf.PrintTypesetter;
import dev.octavo.testing.MarkdownGenerator;
import dev.octavo.xhtml.EpubDocuments;
import dev.octavo.xhtml.Theme;
import dev.octavo.xhtml.XhtmlDocument;
import dev.octavo.xhtml.XhtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * 2000 generated books, a chapter each and a glossary for about half (some 3000 Markdown files; seeded, so a
 * failure names the seed that reproduces it), go through decoding, parsing and XHTML rendering. Whatever the input, the only exception is a ManuscriptException whose
 * diagnostics point into the files, and every rendered document is well-formed XML in NFC without scripts,
 * frames, forms, event handlers or style attributes. A few of them are typeset as PDFs as well.
 */
class ManuscriptFuzzTest {
    private static final long FIRST_SEED = 1918_1107L;
    private static final int BOOKS = 2000;
    private static final int PDFS = 3;
    private static final String BOOK_YAML =
            "title: Thử nghiệm\nlanguage: vi\nidentifier: urn:uuid:00000000-0000-0000-0000-000000000001\n";
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "iframe", "form", "input", "button",
            "textarea", "select", "object", "embed", "style", "svg", "math", "frame", "frameset", "plaintext");

    /** The sizes Octavo writes on an image: its printed width and height, or the EPUB's share of the text. */
    private static final java.util.regex.Pattern IMAGE_SIZE = java.util.regex.Pattern.compile(
            "width: [0-9.]+mm; height: [0-9.]+mm|width: [0-9.]+%");

    @TempDir
    Path project;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void generatedManuscriptsFailOnlyWithDiagnosticsAndRenderWellFormedSafeXhtml() throws Exception {
        Path manuscript = Files.createDirectories(project.resolve("manuscript/images")).getParent();
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", manuscript.resolve("images/a.png").toFile());
        byte[] bookYaml = BOOK_YAML.getBytes(StandardCharsets.UTF_8);
        FontSet fonts = FontSet.defaults();
        XhtmlRenderer renderer = new XhtmlRenderer(Theme.defaults());
        String printCss = Theme.defaults().stylesheet("print.css");
        DocumentBuilder xml = secureBuilder();
        // Half the books treat missing glyphs as warnings, so that astral characters reach the renderer too.
        BookParser strict = new BookParser(new GlyphCoverage(fonts::covers, Diagnostic.Severity.ERROR));
        BookParser lenient = new BookParser(new GlyphCoverage(fonts::covers, Diagnostic.Severity.WARNING));

        int published = 0;
        int refused = 0;
        int pdfs = 0;
        long start = System.nanoTime();
        long pdfNanos = 0;
        for (long seed = FIRST_SEED; seed < FIRST_SEED + BOOKS; seed++) {
            MarkdownGenerator generator = new MarkdownGenerator(seed);
            Map<String, String> files = new HashMap<>();
            files.put("01-a.md", generator.chapter());
            String glossary = generator.glossary();
            if (glossary != null) {
                files.put("glossary.md", glossary);
            }
            byte[] chapter = files.get("01-a.md").getBytes(StandardCharsets.UTF_8);
            if (seed % 199 == 0) {
                chapter = Arrays.copyOf(chapter, chapter.length + 1);
                chapter[chapter.length - 1] = (byte) 0xC3;
            }
            try {
                // The files go through the reader's own decoding (UTF-8, line ends, NFC), without the disk.
                Diagnostics diagnostics = new Diagnostics();
                Manuscript read = new Manuscript(manuscript,
                        ManuscriptReader.decode(manuscript.resolve("book.yaml"), bookYaml, diagnostics),
                        List.of(ManuscriptReader.decode(manuscript.resolve("01-a.md"), chapter, diagnostics)),
                        Optional.ofNullable(glossary).map(text -> ManuscriptReader.decode(manuscript.resolve("glossary.md"),
                                text.getBytes(StandardCharsets.UTF_8), diagnostics)));
                Book book = (seed % 2 == 0 ? strict : lenient).parse(read, diagnostics);
                assertPointIntoTheFiles(diagnostics.all(), manuscript, files);
                EpubDocuments epub = renderer.renderEpub(book);
                List<XhtmlDocument> documents = new ArrayList<>(epub.spine());
                documents.add(epub.nav());
                for (XhtmlDocument document : documents) {
                    assertWellFormedAndSafe(xml, document.xhtml());
                }
                assertWellFormedAndSafe(xml, renderer.renderPrintBody(book, printCss, List.of()));
                assertWellFormedAndSafe(xml, renderer.renderPrintGlossary(book, printCss, List.of(), java.util.Map.of(),
                        java.util.Map.of()));
                if (pdfs < PDFS && book.chapters().get(0).blocks().size() > 3) {
                    long pdfStart = System.nanoTime();
                    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                    new PrintTypesetter(renderer, printCss, fonts).typeset(book, manuscript, Instant.EPOCH, pdf,
                            line -> { }, pages -> { });
                    assertEquals("%PDF", pdf.toString(StandardCharsets.ISO_8859_1).substring(0, 4));
                    pdfs++;
                    pdfNanos += System.nanoTime() - pdfStart;
                }
                published++;
            } catch (ManuscriptException e) {
                refused++;
                try {
                    assertFalse(e.errors().isEmpty(), "a ManuscriptException without an error");
                    assertPointIntoTheFiles(e.diagnostics(), manuscript, files);
                } catch (AssertionError failure) {
                    fail(report(seed, files, failure), failure);
                }
            } catch (Throwable t) {
                fail(report(seed, files, t), t);
            }
        }
        System.out.printf(Locale.ROOT, "%d books: %d rendered, %d refused with diagnostics; %d PDFs in %.1f s; all in %.1f s%n",
                BOOKS, published, refused, pdfs, pdfNanos / 1e9, (System.nanoTime() - start) / 1e9);
        // The generator must let a fair share through to rendering, or this test would prove little.
        assertTrue(published >= BOOKS / 3, published + " published, " + refused + " refused");
        assertEquals(PDFS, pdfs);
    }

    /** Every diagnostic names a file of the manuscript, and a line and column that exist in it. */
    private static void assertPointIntoTheFiles(List<Diagnostic> diagnostics, Path manuscript, Map<String, String> files)
            throws IOException {
        for (Diagnostic diagnostic : diagnostics) {
            SourcePosition at = diagnostic.position();
            assertTrue(at.file().toAbsolutePath().normalize().startsWith(manuscript.toAbsolutePath().normalize()),
                    diagnostic.toString());
            if (at.line() == 0) {
                continue;
            }
            String name = at.file().getFileName().toString();
            String text = files.containsKey(name) ? files.get(name)
                    : name.equals("book.yaml") ? BOOK_YAML : Files.readString(at.file(), StandardCharsets.UTF_8);
            String[] lines = text.replace("\r\n", "\n").split("\n", -1);
            assertTrue(at.line() <= lines.length, diagnostic + " (the file has " + lines.length + " lines)");
            assertTrue(at.column() <= lines[at.line() - 1].length() + 1, diagnostic + ": " + lines[at.line() - 1]);
        }
    }

    private static void assertWellFormedAndSafe(DocumentBuilder xml, String xhtml) throws Exception {
        assertTrue(Normalizer.isNormalized(xhtml, Normalizer.Form.NFC), "not NFC");
        Document document = xml.parse(new InputSource(new StringReader(xhtml)));
        NodeList bodies = document.getElementsByTagNameNS("*", "body");
        assertEquals(1, bodies.getLength());
        NodeList elements = ((Element) bodies.item(0)).getElementsByTagNameNS("*", "*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            assertFalse(FORBIDDEN_ELEMENTS.contains(element.getLocalName()), "<" + element.getLocalName() + ">");
            NamedNodeMap attributes = element.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                String name = ((Attr) attributes.item(a)).getName();
                assertFalse(name.startsWith("on"), name + " on <" + element.getLocalName() + ">");
                if (name.equals("style")) {
                    // Octavo's own sizes of an image, never a style the manuscript wrote.
                    String style = ((Attr) attributes.item(a)).getValue();
                    assertTrue(element.getLocalName().equals("img") && IMAGE_SIZE.matcher(style).matches(),
                            "style on <" + element.getLocalName() + ">: " + style);
                }
            }
            if (element.getLocalName().equals("img")) {
                String src = element.getAttribute("src");
                assertTrue(src.startsWith("images/") || src.startsWith("file:"), src);
            }
        }
    }

    /** Parses with DTDs and external entities off; the EPUB documents' bare {@code <!DOCTYPE html>} is allowed. */
    private static DocumentBuilder secureBuilder() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                throw e;
            }
        });
        return builder;
    }

    private static String report(long seed, Map<String, String> files, Throwable failure) {
        StringBuilder out = new StringBuilder("seed " + seed + ": " + failure + "\n");
        files.forEach((name, text) -> out.append("--- ").append(name).append(" ---\n").append(text).append('\n'));
        return out.toString();
    }
}
