package dev.octavo.backlist;

import dev.octavo.Diagnostic;
import dev.octavo.EpubImport;
import dev.octavo.Format;
import dev.octavo.ManuscriptException;
import dev.octavo.Publication;
import dev.octavo.Publisher;
import dev.octavo.testing.EpubCheckRunner;
import dev.octavo.testing.EpubText;
import dev.octavo.testing.RealBook;
import dev.octavo.testing.Seed;
import dev.octavo.testing.SeedBook;
import dev.octavo.testing.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code octavo import}: Octavo's own seed EPUB imported and built again gives its text, notes and glossary back;
 * pandoc's EPUB 3 and EPUB 2 and a classic hand-made EPUB 2 become manuscripts that build with EPUBCheck finding
 * nothing; a hostile zip is refused with nothing written.
 */
class EpubImportTest {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String OPS = "http://www.idpf.org/2007/ops";
    private static final Instant STAMP = Instant.parse("2026-12-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theSeedComesBackWithEveryParagraphNoteAndGlossaryTerm() throws Exception {
        Path original = SeedBook.publication().outputs().get(Format.EPUB);
        EpubImport.Result result = EpubImport.builder().epub(original).manuscript(dir.resolve("manuscript")).build()
                .run();
        assertEquals(4, result.chapters());
        assertEquals(32, result.notes());
        assertEquals(18, result.glossaryTerms());

        Publication rebuilt = publish(dir.resolve("manuscript"), Set.of(Format.EPUB, Format.PDF));
        Path epub = rebuilt.outputs().get(Format.EPUB);
        assertEquals(List.of(), EpubCheckRunner.problems(epub));

        // Every paragraph of the seed, as the book sets it, in the rebuilt EPUB; and the chapters' paragraphs,
        // in order, the same as the original EPUB's: no text added (title page, labels, links) or lost.
        List<String> paragraphs = chapterParagraphs(epub);
        List<String> withoutCalls = paragraphs.stream().map(p -> p.replaceAll("\\[\\d+]", "")).toList();
        for (String paragraph : Seed.paragraphs()) {
            String expected = text(Seed.asSet(paragraph));
            assertTrue(withoutCalls.stream().anyMatch(p -> p.contains(expected)), "missing: " + paragraph);
        }
        assertEquals(chapterParagraphs(original), paragraphs);

        Map<String, String> notes = notes(epub);
        assertEquals(32, notes.size());
        assertEquals(notes(original), notes, "every note with its number and its text");
        Map<String, String> glossary = glossary(epub);
        assertEquals(18, glossary.size());
        assertEquals(glossary(original), glossary, "every glossary term with its definition");

        String yaml = Files.readString(dir.resolve("manuscript/book.yaml"));
        assertTrue(yaml.contains("identifier: urn:uuid:ecd0a5f2-5d5e-48cd-8d3f-fe98cb6cc453")
                && yaml.contains("role: aut") && yaml.contains("cover: images/cover.png"), yaml);
    }

    @Test
    void octavosOwnFiguresCrossReferencesVerseCodeAndTablesComeBack() throws Exception {
        Path source = dir.resolve("real/manuscript");
        RealBook.write(source, RealBook.Language.EN);
        Files.writeString(source.resolve("99-constructs.md"), """
                # Constructs

                Water is H~2~O, energy mc^2^, and ~~this~~ is struck; see [the first chapter](01-%s.md).

                | The woods are lovely, dark and deep,
                |     But I have promises to keep,
                |
                | And miles to go before I sleep.

                Term
                : A definition, with **bold**.

                ```java
                int x = 1; // one
                ```

                | Left | Right |
                |------|------:|
                | a    | 1     |
                """.formatted(Files.list(source).map(p -> p.getFileName().toString()).filter(n -> n.startsWith("01-"))
                .findFirst().orElseThrow().replaceFirst("^01-", "").replaceFirst("\\.md$", "")));
        Publication original = publish(source, Set.of(Format.EPUB));
        Path originalEpub = original.outputs().get(Format.EPUB);
        EpubImport.Result result = EpubImport.builder().epub(originalEpub).manuscript(dir.resolve("imported")).build()
                .run();
        assertTrue(result.images() > 10, "the figures' images: " + result.images());
        Publication rebuilt = publish(dir.resolve("imported"), Set.of(Format.EPUB));
        Path epub = rebuilt.outputs().get(Format.EPUB);
        assertEquals(List.of(), EpubCheckRunner.problems(epub));
        assertSameBlocks(bodyText(originalEpub), bodyText(epub));
        assertEquals(notes(originalEpub), notes(epub));
        assertEquals(glossary(originalEpub), glossary(epub));
        String constructs = Files.readString(dir.resolve("imported").resolve(result.chapters() < 10
                ? "0" + result.chapters() + "-constructs.md" : result.chapters() + "-constructs.md"));
        assertTrue(constructs.contains("| The woods are lovely, dark and deep,\n|     But I have promises to keep,\n|\n"
                + "| And miles to go before I sleep.\n") && constructs.contains("~~this~~")
                && constructs.contains("```java\nint x = 1; // one\n```"), constructs);
    }

    @Test
    void pandocsEpub3And2FixturesBuildClean() throws Exception {
        for (String name : List.of("lighthouse-pandoc-epub3.epub", "lighthouse-pandoc-epub2.epub")) {
            Path manuscript = importAndCheckLighthouse(resource(name), dir.resolve(name));
            assertTrue(Files.readString(manuscript.resolve("book.yaml")).contains("subtitle: A Short Account"), name);
        }
    }

    @Test
    void pandocsEpubsMadeFromMarkdownInTheTestBuildClean() throws Exception {
        Path source = Files.createDirectories(dir.resolve("source"));
        Files.copy(resource("lighthouse.md"), source.resolve("lighthouse.md"));
        Files.copy(resource("map.png"), source.resolve("map.png"));
        for (String format : List.of("epub3", "epub2")) {
            Path epub = source.resolve("lighthouse-" + format + ".epub");
            Tool.Result pandoc = Tool.run("pandoc", "-t", format, "--resource-path=" + source,
                    source.resolve("lighthouse.md").toString(), "-o", epub.toString());
            assertEquals(0, pandoc.exitCode(), pandoc.output());
            importAndCheckLighthouse(epub, dir.resolve("from-" + format));
        }
    }

    private Path importAndCheckLighthouse(Path epub, Path manuscript) throws Exception {
        EpubImport.Result result = EpubImport.builder().epub(epub).manuscript(manuscript).build().run();
        assertEquals(2, result.chapters(), epub.toString());
        assertEquals(3, result.notes());
        assertEquals(1, result.images());
        List<String> files;
        try (Stream<Path> list = Files.list(manuscript)) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("01-the-rock.md", "02-the-winter.md", "IMPORT.md", "book.yaml", "images"), files);
        String rock = Files.readString(manuscript.resolve("01-the-rock.md"));
        assertTrue(rock.startsWith("# The Rock"), rock);
        assertTrue(rock.contains("in March.[^1] The lamp") && rock.contains("midnight.[^2]")
                && rock.contains("\n[^1]: The wind that spring came from the east, which the old keepers called"
                + " *a lamp wind*.\n")
                && rock.contains("\n[^2]: A wick left untrimmed smokes the glass.\n\n    A second paragraph of the note.")
                && rock.contains("\n![The rock and its light, drawn from the sea](images/file0.png)\n")
                && rock.contains("\n## The Lamp\n"), rock);
        String winter = Files.readString(manuscript.resolve("02-the-winter.md"));
        assertTrue(winter.contains("[^1]: The great storm of 1894 is told in [the first chapter](01-the-rock.md#"),
                winter);
        String yaml = Files.readString(manuscript.resolve("book.yaml"));
        for (String line : List.of("title: The Lighthouse Keeper", "language: en-GB", "- name: Ada Example",
                "role: aut", "identifier: urn:uuid:6f1c8a52-3b7e-4c2a-9d1e-2a4b5c6d7e8f", "publisher: Backlist Press",
                "date: '2019-05-04'", "- Lighthouses", "footnotes: chapter")) {
            assertTrue(yaml.contains(line), line + " in\n" + yaml);
        }
        assertArrayEquals(Files.readAllBytes(resource("map.png")), Files.readAllBytes(manuscript.resolve(
                "images/file0.png")));
        Publication book = publish(manuscript, Set.of(Format.EPUB));
        assertEquals(List.of(), EpubCheckRunner.problems(book.outputs().get(Format.EPUB)), epub.toString());
        assertEquals(List.of("1", "2", "1"), notesInOrder(book.outputs().get(Format.EPUB)),
                "numbered per chapter, as pandoc numbers them");
        return manuscript;
    }

    @Test
    void aClassicEpub2WithEndnotesANotesDocumentAndFaults() throws Exception {
        Path epub = HandMadeEpub.write(dir.resolve("harbour.epub"), HandMadeEpub.classicEpub2());
        Path manuscript = dir.resolve("harbour");
        EpubImport.Result result = EpubImport.builder().epub(epub).manuscript(manuscript).build().run();
        assertEquals(2, result.chapters());
        assertEquals(5, result.notes());
        assertEquals(2, result.glossaryTerms());

        String first = Files.readString(manuscript.resolve("01-the-first-night.md"));
        assertTrue(first.startsWith("# The First Night\n"), first);
        assertTrue(first.contains("came in late[^1] and") && first.contains("harbour[^2].")
                && first.contains("\n[^1]: The ferry ran twice a day in summer, once in winter.\n")
                && first.contains("\n[^2]: As it does in every story about harbours.\n")
                && first.contains("\n![The quay at night](images/quay.png)\n")
                && first.contains("A [later chapter](02-the-second-night.md#night2) tells the rest; this does not")
                && first.contains("\n## The Rain {#rain}\n"), first);
        assertFalse(first.contains("alert") || first.contains("<") || first.contains("1."), first);
        String second = Files.readString(manuscript.resolve("02-the-second-night.md"));
        assertTrue(second.startsWith("# The Second Night {#night2}\n"), second);
        assertTrue(second.contains("boats were out[^3].") && second.contains("*every* boat[^4].")
                && second.contains("harbour\u00A0master")
                && second.contains("\n[^3]: Eleven boats, by his count.\n")
                && second.contains("\n[^4]: The list survives; see the [rain](01-the-first-night.md#rain).\n")
                && second.contains("Calibre's kind of call[^5], and a number that is no call: see"
                + " [2](01-the-first-night.md#rain).") && second.contains("\n[^5]: Neither marked nor raised.\n"),
                second);
        assertEquals("# Glossary\n\nBollard\n: A short post on a quay to tie a boat to.\n\nQuay\n: A stone platform"
                + " where boats *load* and unload.\n", Files.readString(manuscript.resolve("glossary.md")));
        String yaml = Files.readString(manuscript.resolve("book.yaml"));
        for (String line : List.of("title: Harbour Lights", "language: en", "- name: Tom Marsh\n    role: aut",
                "contributors:\n  - name: Ines Vidal\n    role: trl",
                "identifier: urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427", "date: '2009-03-14'",
                "description: Two nights in a harbour town.", "series:\n  name: Coast Tales\n  position: '2'",
                "cover: images/cover.png")) {
            assertTrue(yaml.contains(line), line + " in\n" + yaml);
        }
        assertFalse(yaml.contains("footnotes:"), "numbered across the book");
        assertTrue(Files.exists(manuscript.resolve("images/cover.png")));

        String report = Files.readString(manuscript.resolve("IMPORT.md"));
        for (String line : List.of("- `OEBPS/content.opf:", "'images/lost.png', which the EPUB does not contain",
                "- `OEBPS/content.opf:", "'OEBPS/chapter2.html' is declared as 'text/html'",
                "- `OEBPS/style.css`: the style sheet's 2 rules are not carried over",
                "- `OEBPS/chapter1.html:", "a script (<script>) is left out", "a form (<form>) is left out",
                "1 style attribute is left out", "the link to 'missing.html' leads nowhere in the book",
                "the image 'OEBPS/images/quay.jpg' is PNG whatever its name says")) {
            assertTrue(report.contains(line), line + " in\n" + report);
        }
        assertTrue(report.matches("(?s).*`OEBPS/chapter1\\.html:\\d+:\\d+`: a script.*"), report);
        assertTrue(result.leftOut().stream().allMatch(d -> d.severity() == Diagnostic.Severity.WARNING
                && d.position().file().toString().startsWith(epub + "!/")), result.leftOut().toString());

        Publication book = publish(manuscript, Set.of(Format.EPUB));
        assertEquals(List.of(), EpubCheckRunner.problems(book.outputs().get(Format.EPUB)));
        assertEquals(List.of("1", "2", "3", "4", "5"), notesInOrder(book.outputs().get(Format.EPUB)));
    }

    @Test
    void anEpub3WithANavAndNoNcx() throws Exception {
        Path epub = HandMadeEpub.write(dir.resolve("phares.epub"), HandMadeEpub.navOnlyEpub3());
        Path manuscript = dir.resolve("phares");
        EpubImport.Result result = EpubImport.builder().epub(epub).manuscript(manuscript).build().run();
        assertEquals(3, result.chapters(), "two chapters of one document, and one without a heading");
        assertEquals(2, result.notes());
        assertEquals(1, result.glossaryTerms());
        String feu = Files.readString(manuscript.resolve("01-le-feu.md"));
        assertEquals("# Le Feu\n\nOn brûlait du bois[^1], puis de l'huile.\n\nVoir [la lentille](02-la-lentille.md#deux)"
                + " et ceci.\n\n[^1]: Sur les côtes bretonnes surtout.\n", feu);
        String lentille = Files.readString(manuscript.resolve("02-la-lentille.md"));
        assertTrue(lentille.startsWith("# La Lentille {#deux}\n\nFresnel changea tout[^2].\n\n| Année | Portée |\n")
                && lentille.contains("\n![De face](images/couverture.png)\n\n![De profil](images/couverture.png)\n\n"
                + "Deux vues de la lentille\n")
                && lentille.endsWith("\n[^2]: En 1823, à Cordouan.\n"), lentille);
        assertEquals("# Coda\n\nLes phares s'éteignent un à un.\n", Files.readString(manuscript.resolve("03-coda.md")));
        assertEquals("# Glossaire\n\nLentille\n: Verre taillé qui concentre la lumière.\n",
                Files.readString(manuscript.resolve("glossary.md")));
        assertEquals("""
                title: Les Phares
                subtitle: Une histoire des côtes
                language: fr
                authors:
                  - name: Jeanne Roc
                    role: edt
                contributors:
                  - name: Paul Vague
                    role: ill
                identifier: urn:isbn:9780306406157
                date: '2021-06-01'
                series:
                  name: Mers et côtes
                  position: '3'
                cover: images/couverture.png
                """, Files.readString(manuscript.resolve("book.yaml")));
        assertTrue(Files.readString(manuscript.resolve("IMPORT.md")).contains(
                "- `book/text/texte.xhtml:8:44`: a link to 'javascript:alert(1)' is left out (its text kept)"),
                Files.readString(manuscript.resolve("IMPORT.md")));
        Publication book = publish(manuscript, Set.of(Format.EPUB));
        assertEquals(List.of(), EpubCheckRunner.problems(book.outputs().get(Format.EPUB)));
        assertEquals(List.of("1", "2"), notesInOrder(book.outputs().get(Format.EPUB)));
    }

    @Test
    void calibresSectionFilesGoOnTheirChapterAndItsClassesAreNoLanguages() throws Exception {
        Path epub = HandMadeEpub.write(dir.resolve("keeper.epub"), HandMadeEpub.calibreEpub2());
        Path manuscript = dir.resolve("keeper");
        EpubImport.Result result = EpubImport.builder().epub(epub).manuscript(manuscript).build().run();
        assertEquals(2, result.chapters(), "the file calibre cut at the section 'Storms' is part of chapter 1");
        assertEquals(2, result.notes());
        assertEquals("""
                # The Keeper's Log

                The lamp was lit at dusk.[^1] Nobody remembered a night without it.

                ## Storms

                The storm of 1911 tore the rail away.[^2]

                [^1]: The first lamp burned whale oil.

                [^2]: It was replaced in 1913.
                """, Files.readString(manuscript.resolve("01-the-keeper-s-log.md")).replaceAll(" +\n", "\n"));
        String second = Files.readString(manuscript.resolve("02-the-relief-keeper.md"));
        assertFalse(second.contains("calibre"), "a generated class taken for a code block's language:\n" + second);
        assertTrue(second.contains("```python\nprint(\"lamp\")\n```"), second);
        assertTrue(second.contains("log.append(\"wind: NE 5\")"), second);
        String yaml = Files.readString(manuscript.resolve("book.yaml"));
        assertTrue(yaml.contains("identifier: urn:uuid:fedea6ce-142b-4ca0-bada-5fa83d7d90e9")
                && yaml.contains("series:\n  name: Lighthouses\n  position: '2'"), yaml);
        String report = Files.readString(manuscript.resolve("IMPORT.md"));
        assertTrue(report.matches("(?s).*- `content\\.opf:\\d+:\\d+`: the identifier '9780306406157' \\(ISBN\\) is left"
                + " out.*"), report);
        Publication book = publish(manuscript, Set.of(Format.EPUB));
        assertEquals(List.of(), EpubCheckRunner.problems(book.outputs().get(Format.EPUB)));
        assertEquals(List.of("1", "2"), notesInOrder(book.outputs().get(Format.EPUB)));
    }

    @Test
    void pandocsCodeLineAnchorsAndLineBreaksComeBackAsCodeAndLines() throws Exception {
        // As pandoc 2.17 writes highlighted code (an empty link before each line) and a line block (<br /> and a
        // new line in the source).
        Path epub = HandMadeEpub.write(dir.resolve("den.epub"), HandMadeEpub.oneChapterEpub3("Đèn biển", "vi", """
                <section id="mo-dau" class="level1"><h1>Mở đầu</h1>
                <div class="sourceCode" id="cb1"><pre class="sourceCode python"><code class="sourceCode python"><span id="cb1-1"><a href="#cb1-1" aria-hidden="true" tabindex="-1"></a><span class="bu">print</span>(<span class="st">&quot;đèn&quot;</span>)</span>
                <span id="cb1-2"><a href="#cb1-2" aria-hidden="true" tabindex="-1"></a>x <span class="op">=</span> <span class="dv">1</span></span></code></pre></div>
                <p>Biển hôm nay lặng<br />
                gió đã thôi<br />
                  trời trong.</p>
                </section>
                """));
        Path manuscript = dir.resolve("den");
        EpubImport.builder().epub(epub).manuscript(manuscript).build().run();
        String chapter = Files.readString(manuscript.resolve("01-mo-dau.md"));
        assertTrue(chapter.contains("```python\nprint(\"đèn\")\nx = 1\n```"), chapter);
        assertFalse(chapter.contains(".md") || chapter.contains("cb1"), chapter);
        assertTrue(chapter.matches("(?s).*\\nBiển hôm nay lặng(  |\\\\)\\ngió đã thôi(  |\\\\)\\ntrời trong\\.\\n.*"),
                chapter);
        Publication book = publish(manuscript, Set.of(Format.EPUB));
        assertEquals(List.of(), EpubCheckRunner.problems(book.outputs().get(Format.EPUB)));
        // One paragraph of three lines in the new book, not three paragraphs.
        List<String> lines = bodyText(book.outputs().get(Format.EPUB)).stream()
                .filter(t -> t.contains("Biển") || t.contains("gió") || t.contains("trời")).toList();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("p: Biển hôm nay lặng\\s*gió đã thôi\\s*trời trong\\."), lines.toString());
    }

    @Test
    void theSameEpubGivesTheSameManuscript() throws Exception {
        Path epub = HandMadeEpub.write(dir.resolve("harbour.epub"), HandMadeEpub.classicEpub2());
        EpubImport.builder().epub(epub).manuscript(dir.resolve("a")).build().run();
        EpubImport.builder().epub(epub).manuscript(dir.resolve("b")).build().run();
        assertEquals(files(dir.resolve("a")), files(dir.resolve("b")));
    }

    @Test
    void aHostileZipIsRefusedAtItsEntryAndNothingIsWritten() throws Exception {
        for (String hostile : List.of("../evil.txt", "OEBPS/../../evil.txt", "/tmp/evil.txt", "C:/evil.txt",
                "OEBPS\\..\\..\\evil.txt")) {
            Map<String, byte[]> entries = new LinkedHashMap<>(HandMadeEpub.classicEpub2());
            entries.put(hostile, HandMadeEpub.bytes("pwned"));
            Path epub = HandMadeEpub.write(dir.resolve("hostile.epub"), entries);
            Path target = dir.resolve("out").resolve("manuscript");
            ManuscriptException e = assertThrows(ManuscriptException.class,
                    () -> EpubImport.builder().epub(epub).manuscript(target).build().run());
            assertEquals(1, e.errors().size(), e.format(null));
            assertEquals(epub + ": error: the zip entry '" + hostile + "' points outside the book"
                    + " (a '..' or an absolute path); the EPUB is refused and nothing is written", e.errors().get(0)
                    .format(null));
            assertFalse(Files.exists(dir.resolve("out")), hostile);
            assertFalse(Files.exists(dir.resolve("evil.txt")) || Files.exists(Path.of("/tmp/evil.txt")), hostile);
        }
    }

    @Test
    void anEpubUnderDrmIsRefusedButObfuscatedFontsAreNot() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(HandMadeEpub.classicEpub2());
        entries.put("META-INF/encryption.xml", HandMadeEpub.bytes("""
                <encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
                            xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
                  <enc:EncryptedData><enc:CipherData><enc:CipherReference URI="OEBPS/fonts/a.otf"/></enc:CipherData></enc:EncryptedData>
                  <enc:EncryptedData><enc:CipherData><enc:CipherReference URI="OEBPS/chapter1.html"/></enc:CipherData></enc:EncryptedData>
                </encryption>
                """));
        Path epub = HandMadeEpub.write(dir.resolve("drm.epub"), entries);
        ManuscriptException e = assertThrows(ManuscriptException.class,
                () -> EpubImport.builder().epub(epub).manuscript(dir.resolve("m")).build().run());
        assertEquals(epub + "!/META-INF/encryption.xml: error: the EPUB is encrypted ('OEBPS/chapter1.html' among"
                + " others): a book under DRM cannot be imported", e.errors().get(0).format(null));
        assertFalse(Files.exists(dir.resolve("m")));

        entries.put("META-INF/encryption.xml", HandMadeEpub.bytes("""
                <encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
                            xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
                  <enc:EncryptedData><enc:CipherData><enc:CipherReference URI="OEBPS/fonts/a.otf"/></enc:CipherData></enc:EncryptedData>
                </encryption>
                """));
        Path fonts = HandMadeEpub.write(dir.resolve("fonts.epub"), entries);
        assertEquals(2, EpubImport.builder().epub(fonts).manuscript(dir.resolve("m")).build().run().chapters());
    }

    @Test
    void markupNestedFiftyThousandDeepIsNoCrash() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(HandMadeEpub.classicEpub2());
        int depth = 50_000;
        entries.put("OEBPS/chapter1.html", HandMadeEpub.bytes(HandMadeEpub.page("Deep", "<h2>Deep</h2><p>"
                + "<i>".repeat(depth) + "bottom" + "</i>".repeat(depth) + "</p>")));
        Path epub = HandMadeEpub.write(dir.resolve("deep.epub"), entries);
        EpubImport.builder().epub(epub).manuscript(dir.resolve("deep")).build().run();
        assertTrue(Files.readString(dir.resolve("deep/01-deep.md")).contains("bottom"));
    }

    @Test
    void aFolderInUseIsRefusedUnlessForced() throws Exception {
        Path epub = HandMadeEpub.write(dir.resolve("harbour.epub"), HandMadeEpub.classicEpub2());
        Path target = Files.createDirectories(dir.resolve("manuscript"));
        Files.writeString(target.resolve("01-mine.md"), "# Mine\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EpubImport.builder().epub(epub).manuscript(target).build().run());
        assertTrue(e.getMessage().contains("is not empty"), e.getMessage());
        assertEquals("# Mine\n", Files.readString(target.resolve("01-mine.md")));

        EpubImport.builder().epub(epub).manuscript(target).force(true).build().run();
        assertFalse(Files.exists(target.resolve("01-mine.md")), "replaced whole");
        assertTrue(Files.exists(target.resolve("01-the-first-night.md")));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("harbour.epub", "manuscript"), left.map(p -> p.getFileName().toString()).sorted()
                    .toList(), "no staging or replaced folder left behind");
        }
    }

    @Test
    void notAnEpubIsAnErrorAtTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("book.epub"), "not a zip");
        ManuscriptException e = assertThrows(ManuscriptException.class,
                () -> EpubImport.builder().epub(file).manuscript(dir.resolve("m")).build().run());
        assertTrue(e.errors().get(0).format(null).startsWith(file + ": error: the file is not a zip"),
                e.format(null));
        Map<String, byte[]> entries = new LinkedHashMap<>(HandMadeEpub.classicEpub2());
        entries.put("OEBPS/content.opf", HandMadeEpub.bytes("<?xml version=\"1.0\"?>\n<package>\n<metadata>\n</package>"));
        Path broken = HandMadeEpub.write(dir.resolve("broken.epub"), entries);
        e = assertThrows(ManuscriptException.class,
                () -> EpubImport.builder().epub(broken).manuscript(dir.resolve("m")).build().run());
        assertTrue(e.errors().get(0).format(null).startsWith(broken + "!/OEBPS/content.opf:4:"), e.format(null));
        assertFalse(Files.exists(dir.resolve("m")));
    }

    private Publication publish(Path manuscript, Set<Format> formats) {
        return Publisher.builder().manuscript(manuscript).output(manuscript.resolveSibling(manuscript.getFileName()
                + "-dist")).formats(formats).timestamp(STAMP).build().publish();
    }

    static Path resource(String name) {
        return Seed.projectDir().resolve("src/test/resources/backlist").resolve(name);
    }

    /** Every file under the folder with its bytes (as Latin-1 text, so that equal maps mean equal bytes). */
    private static Map<String, String> files(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), new String(Files.readAllBytes(file),
                        StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    /** The text of every paragraph in the chapters' bodies (not notes, glossary or front matter), in order. */
    private static List<String> chapterParagraphs(Path epub) throws Exception {
        List<String> paragraphs = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : new TreeMap<>(EpubText.entries(epub)).entrySet()) {
            if (!entry.getKey().matches(".*/ch\\d+\\.xhtml")) {
                continue;
            }
            Document document = EpubText.parse(entry.getValue());
            NodeList list = document.getElementsByTagNameNS(XHTML, "p");
            for (int i = 0; i < list.getLength(); i++) {
                Element p = (Element) list.item(i);
                if (!inNote(p)) {
                    paragraphs.add(text(withoutCalls(p)));
                }
            }
        }
        return paragraphs;
    }

    /** The same blocks in the same order; the first that differs is named. */
    private static void assertSameBlocks(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "block " + i);
        }
        assertEquals(expected.size(), actual.size(), "blocks");
    }

    /** The text of every block of the chapters, in order, with the tag it is in: what a reader reads. */
    private static List<String> bodyText(Path epub) throws Exception {
        List<String> blocks = new ArrayList<>();
        Set<String> kinds = Set.of("p", "li", "td", "th", "dt", "dd", "pre", "figcaption", "h1", "h2", "h3", "h4");
        for (Map.Entry<String, byte[]> entry : new TreeMap<>(EpubText.entries(epub)).entrySet()) {
            if (!entry.getKey().matches(".*/ch\\d+\\.xhtml")) {
                continue;
            }
            NodeList all = EpubText.parse(entry.getValue()).getElementsByTagNameNS(XHTML, "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                boolean verseLine = element.getLocalName().equals("div") && element.getAttribute("class").equals("line");
                if ((kinds.contains(element.getLocalName()) || verseLine) && !inNote(element)) {
                    blocks.add(element.getLocalName() + ": " + text(withoutCalls(element)));
                }
            }
        }
        return blocks;
    }

    private static boolean inNote(org.w3c.dom.Node node) {
        for (org.w3c.dom.Node at = node; at instanceof Element e; at = at.getParentNode()) {
            if (e.getLocalName().equals("aside")) {
                return true;
            }
        }
        return false;
    }

    /** The paragraph's text with each note call as [n], so that a call in the wrong place shows. */
    private static String withoutCalls(Element p) {
        StringBuilder out = new StringBuilder();
        collect(p, out);
        return out.toString();
    }

    private static void collect(org.w3c.dom.Node node, StringBuilder out) {
        if (node instanceof Element e && "noteref".equals(e.getAttributeNS(OPS, "type"))) {
            out.append('[').append(e.getTextContent()).append(']');
            return;
        }
        if (node.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
            out.append(node.getNodeValue());
        }
        for (org.w3c.dom.Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, out);
        }
    }

    /** Each note's number (its back link's words) and text, over the whole book. */
    private static Map<String, String> notes(Path epub) throws Exception {
        Map<String, String> notes = new TreeMap<>();
        for (Map.Entry<String, byte[]> entry : EpubText.entries(epub).entrySet()) {
            if (!entry.getKey().endsWith(".xhtml")) {
                continue;
            }
            NodeList asides = EpubText.parse(entry.getValue()).getElementsByTagNameNS(XHTML, "aside");
            for (int i = 0; i < asides.getLength(); i++) {
                Element aside = (Element) asides.item(i);
                String text = text(aside.getTextContent());
                String number = text.substring(0, text.indexOf('.'));
                notes.put(number, text);
            }
        }
        return notes;
    }

    private static List<String> notesInOrder(Path epub) throws Exception {
        List<String> numbers = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : new TreeMap<>(EpubText.entries(epub)).entrySet()) {
            if (!entry.getKey().endsWith(".xhtml")) {
                continue;
            }
            NodeList links = EpubText.parse(entry.getValue()).getElementsByTagNameNS(XHTML, "a");
            for (int i = 0; i < links.getLength(); i++) {
                Element a = (Element) links.item(i);
                if ("noteref".equals(a.getAttributeNS(OPS, "type"))) {
                    numbers.add(a.getTextContent());
                }
            }
        }
        return numbers;
    }

    private static Map<String, String> glossary(Path epub) throws Exception {
        Map<String, String> glossary = new TreeMap<>();
        Document document = null;
        for (Map.Entry<String, byte[]> entry : EpubText.entries(epub).entrySet()) {
            if (entry.getKey().endsWith("glossary.xhtml")) {
                document = EpubText.parse(entry.getValue());
            }
        }
        NodeList terms = document.getElementsByTagNameNS(XHTML, "dt");
        for (int i = 0; i < terms.getLength(); i++) {
            Element dt = (Element) terms.item(i);
            org.w3c.dom.Node dd = dt.getNextSibling();
            while (!(dd instanceof Element e && e.getLocalName().equals("dd"))) {
                dd = dd.getNextSibling();
            }
            glossary.put(text(dt.getTextContent()), text(dd.getTextContent()));
        }
        return glossary;
    }

    private static String text(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[ \\t\\n\\r]+", " ").strip();
    }
}
