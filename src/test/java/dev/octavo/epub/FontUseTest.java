package dev.octavo.epub;

import dev.octavo.Format;
import dev.octavo.Publisher;
import dev.octavo.fonts.FontFace;
import dev.octavo.fonts.FontSet;
import dev.octavo.testing.EpubBook;
import dev.octavo.testing.Seed;
import dev.octavo.xhtml.XhtmlDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which characters each face draws: the cascade once per place ({@link TextPlaces}) gives what the cascade on every
 * element of the parsed documents gives, on the seed and on a book with every construct, under the house style and
 * under selectors that look at siblings, ids, classes, attributes and languages; and CSS font matching.
 */
class FontUseTest {
    private static final FontSet FONTS = FontSet.defaults();

    @TempDir
    static Path dir;
    static List<XhtmlDocument> seed;
    static List<XhtmlDocument> constructs;
    static String houseCss;

    @BeforeAll
    static void publish() throws IOException {
        seed = documents(Seed.manuscript(), dir.resolve("seed"));
        Path manuscript = Files.createDirectories(dir.resolve("constructs/manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"), "title: Đủ thứ\nlanguage: vi\n");
        Files.writeString(manuscript.resolve("01-a.md"), """
                # Chương **một** và `mã`

                Đoạn đầu với *nghiêng*, **đậm**, ***cả hai***, `mã`, ~~gạch~~, H~2~O, x^2^ và <span lang="en">English
                words</span>.

                1. Một
                2. Hai

                - Ba
                    - Bốn

                Thuật ngữ
                : Định nghĩa với *nghiêng*.

                | Cột | Khác |
                |-----|------|
                | ô   | **đậm** |

                > Trích dẫn *nghiêng*.

                | Dòng thơ một
                |   Dòng thơ hai

                ```java
                // chú thích
                public int f() { return "chuỗi".length(); }
                ```

                Chú thích[^a].

                [^a]: Nội dung **đậm** của chú thích.
                """);
        constructs = documents(manuscript, dir.resolve("constructs/out"));
        houseCss = Files.readString(Seed.projectDir().resolve("styles/epub.css"));
    }

    private static List<XhtmlDocument> documents(Path manuscript, Path out) {
        Path epub = Publisher.builder().manuscript(manuscript).output(out).formats(Set.of(Format.EPUB))
                .timestamp(Instant.parse("2026-01-01T00:00:00Z")).build().publish().epub().orElseThrow();
        EpubBook book = EpubBook.open(epub);
        return book.entries().keySet().stream().filter(name -> name.endsWith(".xhtml")).sorted()
                .map(name -> new XhtmlDocument(name, name, book.text(name.substring("EPUB/".length())))).toList();
    }

    @Test
    void placesGiveWhatEveryElementGivesUnderTheHouseStyle() {
        assertTrue(TextPlaces.suffice(List.of(houseCss)));
        same(seed, houseCss);
        same(constructs, houseCss);
        Map<String, BitSet> byFace = names(FontUse.byPlaces(constructs, houseCss, FONTS));
        assertTrue(byFace.containsKey("JetBrains Mono 400 normal"), byFace.keySet().toString());
        assertTrue(byFace.containsKey("Literata 700 italic"), "***cả hai***: " + byFace.keySet());
        assertTrue(byFace.get("Literata 400 normal").get('•'), "the list's bullets");
    }

    @Test
    void placesGiveWhatEveryElementGivesUnderSelectorsOfEveryKind() {
        String css = houseCss + """
                h1 + p { font-weight: bold; }
                p:first-child { font-style: italic; }
                section > p em { font-family: "Be Vietnam Pro"; }
                #fn-1 p { font-weight: 700; font-style: italic; }
                [lang="en"] { font-family: "JetBrains Mono"; }
                :lang(en) { text-transform: uppercase; }
                a[epub|type~="noteref"]::after { content: "†"; }
                a.noteref::before { content: attr(href); }
                li::before { content: counter(item) "» "; }
                .verse .line { font-variant: small-caps; }
                """;
        assertTrue(TextPlaces.suffice(List.of(css)));
        same(seed, css);
        same(constructs, css);
        Map<String, BitSet> byFace = names(FontUse.byPlaces(constructs, css, FONTS));
        assertTrue(byFace.get("JetBrains Mono 400 normal").get('W'), "English words upper-cased in JetBrains Mono");
        assertTrue(byFace.get("Literata 400 normal").get('†'), "generated content");
        assertTrue(byFace.get("Literata 400 normal").get('»'), "generated content with a counter");
        assertTrue(byFace.get("Literata 400 normal").get('#'), "an attribute's value as generated content");
    }

    @Test
    void selectorsThatLookAtPositionsAreMatchedOnEveryElement() {
        assertFalse(TextPlaces.suffice(List.of("p:nth-child(2) { font-weight: bold; }")));
        assertFalse(TextPlaces.suffice(List.of("p:last-child { font-weight: bold; }")));
        assertFalse(TextPlaces.suffice(List.of("h1 ~ p { font-weight: bold; }")));
        assertTrue(TextPlaces.suffice(List.of("a[class~=\"x\"] { color: red; } /* p:last-child */")));
        Map<String, BitSet> byFace = names(FontUse.of(seed, houseCss + " p:nth-child(3) { font-weight: 700; }", FONTS));
        assertTrue(byFace.containsKey("Literata 700 normal"), byFace.keySet().toString());
    }

    @Test
    void cssFontMatchingChoosesTheNearestWeightInTheStyle() {
        List<FontFace> literata = FONTS.faces().stream().filter(f -> f.family().equals("Literata")).toList();
        assertEquals("Literata-Bold.ttf", FontMatching.match(literata, 600, false).fileName());
        assertEquals("Literata-Regular.ttf", FontMatching.match(literata, 500, false).fileName());
        assertEquals("Literata-Regular.ttf", FontMatching.match(literata, 300, false).fileName());
        assertEquals("Literata-BoldItalic.ttf", FontMatching.match(literata, 900, true).fileName());
        List<FontFace> mono = FONTS.faces().stream().filter(f -> f.family().equals("JetBrains Mono")).toList();
        assertEquals("JetBrainsMono-Regular.ttf", FontMatching.match(mono, 700, true).fileName(), "the only face");
    }

    private static void same(List<XhtmlDocument> documents, String css) {
        assertEquals(names(FontUse.byElements(documents, css, FONTS)), names(FontUse.byPlaces(documents, css, FONTS)));
    }

    private static Map<String, BitSet> names(Map<FontFace, BitSet> use) {
        Map<String, BitSet> named = new LinkedHashMap<>();
        use.forEach((face, characters) -> named.put(face.family() + " " + face.weight() + " " + face.style(), characters));
        return named;
    }
}
