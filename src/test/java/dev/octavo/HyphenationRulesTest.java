package dev.octavo;

import dev.octavo.testing.EpubBook;
import dev.octavo.testing.EpubCheckRunner;
import dev.octavo.testing.PdfGeometry;
import dev.octavo.testing.PdfGeometry.Glyph;
import dev.octavo.testing.PdfGeometry.Page;
import dev.octavo.testing.PdfText;
import dev.octavo.testing.Seed;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where words may be divided, in a Vietnamese book with English in it: English words inside a
 * {@code <span lang="en">} are hyphenated as English, Vietnamese never; never a heading, code, a link's words or a
 * glossary term, however long. The EPUB leaves hyphenation to the reading system, by lang, with no soft hyphen in its
 * text. And spaced hyphens are set as dashes in both outputs, which {@code smart-dashes: false} turns off.
 */
class HyphenationRulesTest {
    /** A word that divides in many places, for the places where it must not. */
    private static final String LONG = "internationalization";
    private static final String ENGLISH = "Hyphenation looks like a trivial matter until one tries to do it properly,"
            + " because comprehensive dictionaries disagree about countless divisions, and typesetting programs"
            + " therefore rely on patterns generated automatically from enormous lists of correctly hyphenated"
            + " vocabulary, recognising overwhelmingly many permissible divisions in ordinary contemporary"
            + " publications while almost never suggesting incorrect possibilities. ";

    @TempDir
    static Path project;
    private static Publication book;
    private static List<List<Glyph>> lines;

    @BeforeAll
    static void publish() throws IOException {
        Path manuscript = Files.createDirectories(project.resolve("manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"), "title: Gạch nối\nlanguage: vi\n"
                + "identifier: urn:uuid:00000000-0000-0000-0000-000000000017\n", StandardCharsets.UTF_8);
        String vietnamese = String.join(" ", Seed.paragraphs().subList(0, 3));
        String repeated = (LONG + " ").repeat(40).strip();
        Files.writeString(manuscript.resolve("01-a.md"), "# Chương một\n\n"
                        + vietnamese + "\n\n"
                        + "<span lang=\"en\">" + ENGLISH.repeat(3).strip() + "</span>\n\n"
                        + "## An " + LONG + " heading with " + LONG + " and " + LONG + " again\n\n"
                        + "<span lang=\"en\">" + repeated.replace(LONG, "`" + LONG + "`") + "</span>\n\n"
                        + "<span lang=\"en\">" + repeated.replace(LONG, "[" + LONG + "](https://example.com/x)")
                        + "</span>\n\n"
                        + "<span lang=\"en\">" + repeated.replace(LONG, "Internationalization") + "</span>\n\n"
                        + "Những thách thức - về kinh tế, quản lý - và cách mà họ đối diện; năm 1917 -- 1918; tiền-tố.\n",
                StandardCharsets.UTF_8);
        Files.writeString(manuscript.resolve("glossary.md"), "# Thuật ngữ\n\nInternationalization\n"
                + ": Thuật ngữ tiếng Anh, dùng để thử.\n", StandardCharsets.UTF_8);
        book = Publisher.builder().manuscript(manuscript).output(project.resolve("dist"))
                .timestamp(Instant.parse("2026-12-07T00:00:00Z")).build().publish();
        lines = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(book.pdf().orElseThrow().toFile())) {
            for (Page page : PdfGeometry.read(pdf)) {
                lines.addAll(PdfGeometry.lines(page.glyphs().stream().filter(g -> !g.text().isBlank()).toList()));
            }
        }
    }

    @Test
    void onlyTheEnglishSpansWordsAreDivided() {
        Set<String> english = new HashSet<>(List.of(ENGLISH.split("[^\\p{L}]+")));
        List<String> divided = dividedWords();
        assertTrue(divided.size() >= 3, "English divided at line ends: " + divided);
        for (String word : divided) {
            assertTrue(english.contains(word), "divided, but not a word of the English span: " + word);
        }
    }

    @Test
    void noHeadingCodeLinkOrGlossaryTermIsDivided() {
        for (String word : dividedWords()) {
            assertFalse(word.equalsIgnoreCase(LONG), "a heading's, code's, link's or term's word divided");
        }
        // And they did reach the ends of lines: forty of each in a row fill many lines.
        long endingInLong = lines.stream().map(HyphenationRulesTest::text)
                .filter(line -> line.toLowerCase().endsWith(LONG)).count();
        assertTrue(endingInLong >= 6, "lines ending in the long word: " + endingInLong);
    }

    @Test
    void theEpubLeavesHyphenationToTheReadingSystemByLanguage() throws Exception {
        Path epub = book.epub().orElseThrow();
        assertEquals(List.of(), EpubCheckRunner.problems(epub));
        EpubBook opened = EpubBook.open(epub);
        String chapter = opened.text("ch01.xhtml");
        assertFalse(chapter.contains("\u00AD"), "a soft hyphen in the EPUB's text");
        assertTrue(chapter.contains("<span lang=\"en\""), "the English span keeps its language");
        String css = opened.text("css/epub.css");
        assertTrue(css.contains("hyphens: auto"), css);
        assertTrue(Pattern.compile(":lang\\(vi\\)[^{]*\\{[^}]*hyphens: manual").matcher(css).find(), css);
    }

    @Test
    void spacedHyphensAreDashesInBothOutputsAndNoLineBeginsWithOne() throws Exception {
        String chapter = EpubBook.open(book.epub().orElseThrow()).text("ch01.xhtml");
        assertTrue(chapter.contains("thách thức\u00A0\u2013 về kinh tế, quản lý\u00A0\u2013 và"), chapter);
        assertTrue(chapter.contains("1917\u00A0\u2013 1918"), "two hyphens between spaces are a dash too");
        assertTrue(chapter.contains("tiền-tố"), "a hyphen inside a word stays");
        String printed = lines.stream().map(HyphenationRulesTest::text).collect(Collectors.joining("\n"));
        assertTrue(PdfText.squeeze(printed).contains(PdfText.squeeze("thách thức \u2013 về kinh tế, quản lý \u2013 và")),
                printed);
        for (List<Glyph> line : lines) {
            assertFalse(text(line).startsWith("\u2013"), "a line begins with a dash: " + text(line));
        }
    }

    @Test
    void smartDashesOffLeavesTheHyphensAsWritten() throws IOException {
        Path manuscript = Files.createDirectories(project.resolve("plain"));
        Files.writeString(manuscript.resolve("book.yaml"), "title: Gạch nối\nlanguage: vi\nsmart-dashes: false\n"
                + "identifier: urn:uuid:00000000-0000-0000-0000-000000000018\n", StandardCharsets.UTF_8);
        Files.writeString(manuscript.resolve("01-a.md"), "# Một\n\nThách thức - về kinh tế.\n",
                StandardCharsets.UTF_8);
        Publication plain = Publisher.builder().manuscript(manuscript).output(project.resolve("plain-dist"))
                .formats(Set.of(Format.EPUB)).timestamp(Instant.EPOCH).build().publish();
        assertTrue(EpubBook.open(plain.epub().orElseThrow()).text("ch01.xhtml").contains("Thách thức - về kinh tế."));
    }

    /** The words divided at line ends (before and after the hyphen joined), letters only. */
    private static List<String> dividedWords() {
        return PdfGeometry.dividedWords(lines).stream().map(parts -> parts[0] + parts[1]).toList();
    }

    private static String text(List<Glyph> line) {
        return PdfGeometry.text(line);
    }
}
