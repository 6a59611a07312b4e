package dev.octavo.epub;

import dev.octavo.Diagnostic;
import dev.octavo.Format;
import dev.octavo.ManuscriptException;
import dev.octavo.Publication;
import dev.octavo.Publisher;
import dev.octavo.testing.EpubBook;
import dev.octavo.testing.EpubCheckRunner;
import dev.octavo.testing.Seed;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The EPUB's fonts: each face the text uses, subset to its characters (read back with fontbox), faces no text uses
 * left out, the licences carried, {@code fonts: whole}, and a font whose licence reserves its name kept whole.
 */
class EpubFontsTest {
    private static final Instant STAMP = Instant.parse("2026-01-01T00:00:00Z");
    private static final Path FONTS = Seed.projectDir().resolve("fonts");

    @TempDir
    static Path dir;
    static Path seedEpub;
    static EpubBook seed;

    @BeforeAll
    static void publishTheSeed() {
        seedEpub = publish(Seed.manuscript(), dir.resolve("seed"), null).epub().orElseThrow();
        seed = EpubBook.open(seedEpub);
    }

    private static Publication publish(Path manuscript, Path output, Path fonts) {
        Publisher.Builder builder = Publisher.builder().manuscript(manuscript).output(output)
                .formats(Set.of(Format.EPUB)).timestamp(STAMP).force(true);
        if (fonts != null) {
            builder.fonts(fonts);
        }
        return builder.build().publish();
    }

    @Test
    void theSeedsEpubIsSmallAndValid() throws IOException {
        long fonts = 0;
        try (ZipFile zip = new ZipFile(seedEpub.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (entry.getName().endsWith(".ttf")) {
                    fonts += entry.getSize();
                }
            }
        }
        long size = Files.size(seedEpub);
        assertTrue(size <= 250 * 1024, "the EPUB: " + size + " bytes");
        assertTrue(fonts <= 150 * 1024, "its fonts, uncompressed: " + fonts + " bytes");
        assertEquals(List.of(), EpubCheckRunner.problems(seedEpub));
    }

    @Test
    void theSeedCarriesTheFacesItsStylesheetChoosesAndNoOther() {
        // The house style: text in Literata, emphasis in its italic, headings in Be Vietnam Pro bold, the glossary's
        // terms (bold dt, italic dfn) in Literata bold italic. No code, no bold in running text.
        assertEquals(List.of("fonts/be-vietnam-pro-700.ttf", "fonts/literata-400-italic.ttf", "fonts/literata-400.ttf",
                "fonts/literata-700-italic.ttf"), manifest(seed, "font/ttf"));
        assertEquals(List.of("fonts/be-vietnam-pro-ofl.txt", "fonts/literata-ofl.txt"), manifest(seed, "text/plain"));
        assertArrayEquals(bytes(FONTS.resolve("literata/OFL.txt")), seed.bytes("fonts/literata-ofl.txt"));
        assertArrayEquals(bytes(FONTS.resolve("be-vietnam-pro/OFL.txt")), seed.bytes("fonts/be-vietnam-pro-ofl.txt"));
        String css = seed.text("css/fonts.css");
        assertFalse(css.contains("JetBrains Mono"), css);
        for (String font : manifest(seed, "font/ttf")) {
            assertTrue(css.contains("url(\"../" + font + "\")"), font + " in " + css);
            assertTrue(seed.bytes(font).length < 40_000, font + " is a subset");
        }
    }

    @Test
    void everyCharacterOfEveryDocumentIsInAnEmbeddedFont() throws IOException {
        Map<String, CmapLookup> cmaps = cmaps(seed);
        Map<String, String> missing = new TreeMap<>();
        for (String document : documents(seed)) {
            Element body = (Element) seed.document(document).getElementsByTagNameNS(EpubBook.XHTML, "body").item(0);
            body.getTextContent().codePoints().filter(EpubFontsTest::drawn)
                    .filter(c -> cmaps.values().stream().noneMatch(cmap -> cmap.getGlyphId(c) != 0))
                    .forEach(c -> missing.merge(Character.toString(c), document, (a, b) -> a));
        }
        assertEquals(Map.of(), missing, "characters no embedded font has, and the first document that uses each");
    }

    @Test
    void eachKindOfTextIsInTheFaceTheHouseStyleSetsItIn() throws IOException {
        Map<String, CmapLookup> cmaps = cmaps(seed);
        Map<String, Set<String>> missing = new TreeMap<>();
        for (String document : documents(seed)) {
            walk(seed.document(document).getDocumentElement(), false, false, false, (text, heading, bold, italic) -> {
                String face = heading ? "fonts/be-vietnam-pro-700.ttf"
                        : "fonts/literata-" + (bold ? 700 : 400) + (italic ? "-italic" : "") + ".ttf";
                CmapLookup cmap = cmaps.get(face);
                text.codePoints().filter(EpubFontsTest::drawn).filter(c -> cmap == null || cmap.getGlyphId(c) == 0)
                        .forEach(c -> missing.computeIfAbsent(face, f -> new TreeSet<>()).add(Character.toString(c)));
            });
        }
        assertEquals(Map.of(), missing);
        // Not everything: a subset is cut to its text. Literata's bold italic draws only the glossary's terms.
        assertEquals(0, cmaps.get("fonts/literata-700-italic.ttf").getGlyphId('Z'), "no Z in the glossary's terms");
        assertTrue(cmaps.get("fonts/literata-700-italic.ttf").getGlyphId('Q') != 0, "Quốc tế thứ hai");
    }

    @Test
    void aRebuildGivesTheSameBytes() throws IOException {
        Path again = publish(Seed.manuscript(), dir.resolve("again"), null).epub().orElseThrow();
        assertArrayEquals(Files.readAllBytes(seedEpub), Files.readAllBytes(again));
    }

    @Test
    void aBookWithCodeAndStrongTextGetsTheMonospacedAndTheBoldFaces() throws IOException {
        Path manuscript = Files.createDirectories(dir.resolve("code/manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"), "title: Mã\nlanguage: vi\n");
        Files.writeString(manuscript.resolve("01-ma.md"), """
                # Mã nguồn

                Một đoạn **đậm** và `printf("%d", x)`.

                ```java
                int tổng = a + b; // cộng
                ```
                """);
        Publication publication = publish(manuscript, dir.resolve("code/out"), null);
        EpubBook book = EpubBook.open(publication.epub().orElseThrow());
        List<String> fonts = manifest(book, "font/ttf");
        assertTrue(fonts.contains("fonts/jetbrains-mono-400.ttf"), fonts.toString());
        assertTrue(fonts.contains("fonts/literata-700.ttf"), fonts.toString());
        assertTrue(manifest(book, "text/plain").contains("fonts/jetbrains-mono-ofl.txt"));
        CmapLookup mono = cmap(book.bytes("fonts/jetbrains-mono-400.ttf"));
        "printf(\"%d\", x)int tổng = a + b; // cộng".codePoints()
                .forEach(c -> assertTrue(mono.getGlyphId(c) != 0, Character.toString(c)));
        CmapLookup bold = cmap(book.bytes("fonts/literata-700.ttf"));
        "đậm".codePoints().forEach(c -> assertTrue(bold.getGlyphId(c) != 0, Character.toString(c)));
        assertEquals(List.of(), EpubCheckRunner.problems(publication.epub().orElseThrow()));
    }

    @Test
    void fontsWholeEmbedsEveryFontFileAsItIs() throws IOException {
        Path manuscript = Files.createDirectories(dir.resolve("whole/manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"), "title: Nguyên vẹn\nlanguage: vi\nfonts: whole\n");
        Files.writeString(manuscript.resolve("01-a.md"), "# Một\n\nChữ.\n");
        EpubBook book = EpubBook.open(publish(manuscript, dir.resolve("whole/out"), null).epub().orElseThrow());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("fonts/be-vietnam-pro-400.ttf", "be-vietnam-pro/BeVietnamPro-Regular.ttf");
        expected.put("fonts/be-vietnam-pro-700.ttf", "be-vietnam-pro/BeVietnamPro-Bold.ttf");
        expected.put("fonts/jetbrains-mono-400.ttf", "jetbrains-mono/JetBrainsMono-Regular.ttf");
        expected.put("fonts/literata-700.ttf", "literata/Literata-Bold.ttf");
        expected.put("fonts/literata-700-italic.ttf", "literata/Literata-BoldItalic.ttf");
        expected.put("fonts/literata-400-italic.ttf", "literata/Literata-Italic.ttf");
        expected.put("fonts/literata-400.ttf", "literata/Literata-Regular.ttf");
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(manifest(book, "font/ttf")));
        expected.forEach((href, file) -> assertArrayEquals(bytes(FONTS.resolve(file)), book.bytes(href), href));
    }

    @Test
    void aFontWhoseLicenceReservesItsNameIsEmbeddedWholeWithAWarning() throws IOException {
        Path fonts = Files.createDirectories(dir.resolve("reserved/fonts"));
        Path literata = Files.createDirectories(fonts.resolve("literata"));
        Files.copy(FONTS.resolve("literata/Literata-Regular.ttf"), literata.resolve("Literata-Regular.ttf"));
        Files.writeString(literata.resolve("OFL.txt"), "Copyright 2017 The Literata Project Authors,\n"
                + "with Reserved Font Name \"Literata\".\n\n"
                + Files.readString(FONTS.resolve("literata/OFL.txt")).split("\n", 2)[1]);
        Path sans = Files.createDirectories(fonts.resolve("sans"));
        Files.copy(FONTS.resolve("be-vietnam-pro/BeVietnamPro-Bold.ttf"), sans.resolve("BeVietnamPro-Bold.ttf"));
        Files.copy(FONTS.resolve("be-vietnam-pro/OFL.txt"), sans.resolve("OFL.txt"));
        Path manuscript = Files.createDirectories(dir.resolve("reserved/manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"), "title: Dành riêng\nlanguage: vi\n");
        Files.writeString(manuscript.resolve("01-a.md"), "# Một\n\nChữ.\n");
        Publication publication = publish(manuscript, dir.resolve("reserved/out"), fonts);
        EpubBook book = EpubBook.open(publication.epub().orElseThrow());
        assertArrayEquals(bytes(literata.resolve("Literata-Regular.ttf")), book.bytes("fonts/literata-400.ttf"),
                "Literata whole");
        assertTrue(book.bytes("fonts/be-vietnam-pro-700.ttf").length < 40_000, "Be Vietnam Pro reserves no name: a subset");
        List<String> warnings = publication.warnings().stream().map(Diagnostic::toString)
                .filter(w -> w.contains("licence")).toList();
        assertTrue(warnings.stream().anyMatch(w -> w.contains("OFL.txt:2:6: warning: the font licence reserves the name"
                + " 'Literata', which a subset (a Modified Version) may not carry: the EPUB embeds Literata-Regular.ttf"
                + " whole")), warnings.toString());
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(List.of(), EpubCheckRunner.problems(publication.epub().orElseThrow()));
    }

    @Test
    void anUnknownFontsSettingIsAnErrorAtItsPlace() throws IOException {
        Path manuscript = Files.createDirectories(dir.resolve("bad/manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"), "title: Sai\nlanguage: vi\nfonts: all of them\n");
        Files.writeString(manuscript.resolve("01-a.md"), "# Một\n\nChữ.\n");
        ManuscriptException e = org.junit.jupiter.api.Assertions.assertThrows(ManuscriptException.class,
                () -> publish(manuscript, dir.resolve("bad/out"), null));
        assertEquals(List.of("book.yaml:3:8: error: fonts 'all of them' is not a choice (subset or whole)"),
                e.diagnostics().stream().filter(Diagnostic::isError)
                        .map(d -> d.toString().substring(d.toString().indexOf("book.yaml"))).toList());
        assertFalse(Files.exists(dir.resolve("bad/out")), "nothing written");
    }

    @Test
    void changingTheFontsSettingMakesTheEpubAgain() throws IOException {
        Path manuscript = Files.createDirectories(dir.resolve("again-whole/manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"), "title: Lại\nlanguage: vi\n");
        Files.writeString(manuscript.resolve("01-a.md"), "# Một\n\nChữ.\n");
        Publisher publisher = Publisher.builder().manuscript(manuscript).output(dir.resolve("again-whole/out"))
                .formats(Set.of(Format.EPUB)).timestamp(STAMP).build();
        long subset = Files.size(publisher.publish().epub().orElseThrow());
        assertTrue(publisher.upToDate().isPresent(), "nothing changed");
        Files.writeString(manuscript.resolve("book.yaml"), "title: Lại\nlanguage: vi\nfonts: whole\n");
        assertTrue(publisher.upToDate().isEmpty(), "fonts: whole is an input of the build");
        long whole = Files.size(publisher.publish().epub().orElseThrow());
        assertTrue(whole > subset + 500_000, subset + " bytes subset, " + whole + " whole");
    }

    /** The manifest's items of a media type, by href. */
    private static List<String> manifest(EpubBook book, String mediaType) {
        return EpubBook.elements(book.packageDocument(), EpubBook.OPF, "item").stream()
                .filter(item -> item.getAttribute("media-type").equals(mediaType))
                .map(item -> item.getAttribute("href")).sorted().toList();
    }

    private static List<String> documents(EpubBook book) {
        return book.entries().keySet().stream().filter(name -> name.endsWith(".xhtml"))
                .map(name -> name.substring("EPUB/".length())).sorted().toList();
    }

    private static Map<String, CmapLookup> cmaps(EpubBook book) throws IOException {
        Map<String, CmapLookup> cmaps = new TreeMap<>();
        for (String font : manifest(book, "font/ttf")) {
            cmaps.put(font, cmap(book.bytes(font)));
        }
        return cmaps;
    }

    private static CmapLookup cmap(byte[] font) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
        return ttf.getUnicodeCmapLookup();
    }

    /** Characters that take a glyph: not white space between blocks, nor controls or format characters. */
    private static boolean drawn(int c) {
        int type = Character.getType(c);
        return c != '\n' && c != '\t' && c != '\r' && type != Character.CONTROL && type != Character.FORMAT;
    }

    private interface TextVisitor {
        void text(String text, boolean heading, boolean bold, boolean italic);
    }

    /** The body's text with what the house style makes of its elements: headings sans bold, dt bold, em/dfn italic. */
    private static void walk(Element element, boolean heading, boolean bold, boolean italic, TextVisitor visitor) {
        String name = element.getLocalName();
        if (name.equals("head")) {
            return;
        }
        boolean h = heading || name.matches("h[1-6]");
        boolean b = bold || name.equals("dt") || name.equals("strong") || name.equals("b") || name.equals("th");
        boolean i = italic || List.of("em", "i", "dfn", "cite").contains(name);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element inner) {
                walk(inner, h, b, i, visitor);
            } else if (child.getNodeType() == Node.TEXT_NODE && !element.getLocalName().equals("html")) {
                visitor.text(child.getNodeValue(), h, b, i);
            }
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
