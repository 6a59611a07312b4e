package dev.octavo;

import dev.octavo.internal.BuildRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nothing lost: failed builds change nothing, and Octavo writes only its own outputs, only in its output folder. */
class PublisherSafetyTest {
    private static final Instant STAMP = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path project;
    Path manuscript;
    Path dist;

    @BeforeEach
    void goodManuscript() throws IOException {
        manuscript = Files.createDirectories(project.resolve("manuscript"));
        dist = project.resolve("dist");
        write("book.yaml", "title: Sách thử\nlanguage: vi\nidentifier: urn:uuid:00000000-0000-0000-0000-000000000001\n");
        write("01-a.md", "# Chương một\n\nĐoạn văn[^1].\n\n[^1]: Chú thích.\n");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(manuscript.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Publisher.Builder publisher() {
        return Publisher.builder().manuscript(manuscript).output(dist).timestamp(STAMP).displayBase(project);
    }

    private static List<String> messages(ManuscriptException e, Path base) {
        return e.diagnostics().stream().map(d -> d.format(base)).toList();
    }

    /** Every file below {@code root} (links not followed) with its bytes, or the link's target. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String key = root.relativize(path).toString();
                if (Files.isSymbolicLink(path)) {
                    files.put(key, "-> " + Files.readSymbolicLink(path));
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    files.put(key, Arrays.toString(Files.readAllBytes(path)));
                } else {
                    files.put(key, "folder");
                }
            }
        }
        return files;
    }

    @Test
    void aBrokenManuscriptLeavesThePreviousOutputsByteIdentical() throws IOException {
        publisher().build().publish();
        Map<String, String> before = snapshot(dist);
        assertEquals(Set.of("", "sach-thu.epub", "sach-thu.pdf", BuildRecord.FILE_NAME), before.keySet());

        write("01-a.md", "# Chương một\n\nĐoạn văn đã sửa[^2].\n");
        ManuscriptException e = assertThrows(ManuscriptException.class, () -> publisher().build().publish());
        assertEquals(List.of("manuscript/01-a.md:3:16: error: footnote [^2] is used but never defined"), messages(e, project));
        assertEquals(before, snapshot(dist));
    }

    @Test
    void aFailureAfterTheEpubWasMadeLeavesBothOutputsAsTheyWere() throws IOException {
        publisher().build().publish();
        Map<String, String> before = snapshot(dist);

        // The manuscript changes, so the new EPUB differs; then the print template fails after the EPUB was written.
        write("01-a.md", "# Chương một\n\nĐoạn văn khác[^1].\n\n[^1]: Chú thích.\n");
        Path styles = Files.createDirectories(project.resolve("styles"));
        Files.writeString(styles.resolve("print.ftlx"), "<#ftl output_format=\"XML\">${noSuchValue}");
        ManuscriptException failed = assertThrows(ManuscriptException.class,
                () -> publisher().styles(styles).build().publish());
        assertEquals(styles.resolve("print.ftlx"), failed.errors().get(0).position().file(),
                "the template's own file: " + failed.errors().get(0));
        assertEquals(1, failed.errors().get(0).position().line());
        assertEquals(before, snapshot(dist), "no output replaced and no temporary file left behind");
    }

    /** The glossary takes the place of the body's last page, so it must open there, alone, on the right. */
    @Test
    void aPrintStylesheetThatDoesNotOpenTheGlossaryOnItsOwnRightHandPageFailsSayingSo() throws IOException {
        write("glossary.md", "# Thuật ngữ\n\nĐoạn\n: Một phần của văn bản.\n");
        publisher().build().publish();
        Map<String, String> before = snapshot(dist);

        Path styles = Files.createDirectories(project.resolve("styles"));
        String house = dev.octavo.xhtml.Theme.defaults().stylesheet("print.css");
        Files.writeString(styles.resolve("print.css"), house + "\n.glossary-opening { page-break-before: auto; }\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> publisher().styles(styles).build().publish());
        assertTrue(e.getMessage().contains("print.css must keep .glossary-opening { page-break-before: right }"),
                e.getMessage());
        assertEquals(before, snapshot(dist), "no output replaced and no temporary file left behind");
    }

    @Test
    void filesOctavoDidNotMakeAreLeftAlone() throws IOException {
        Files.createDirectories(dist.resolve("old"));
        Files.writeString(dist.resolve("notes.txt"), "ghi chú");
        Files.writeString(dist.resolve(".hidden"), "x");
        Files.writeString(dist.resolve("old/sach-thu.epub"), "an older edition");
        Files.writeString(dist.resolve("sach-thu-2.epub"), "another book");
        Map<String, String> before = snapshot(dist);

        publisher().formats(Set.of(Format.EPUB)).build().publish();
        Map<String, String> after = snapshot(dist);
        assertTrue(after.keySet().remove("sach-thu.epub"));
        assertTrue(after.keySet().remove(BuildRecord.FILE_NAME), "the build's record, beside its outputs");
        assertEquals(before, after);
    }

    @Test
    void nothingIsWrittenOutsideTheOutputFolderWhateverTheTitleSays() throws IOException {
        write("book.yaml", "title: \"../../thoát/../ra ngoài\"\nlanguage: vi\nidentifier: urn:uuid:00000000-0000-0000-0000-000000000001\n");
        Files.createDirectories(dist);
        Path elsewhere = Files.writeString(project.resolve("elsewhere.epub"), "not Octavo's");
        Files.createSymbolicLink(dist.resolve("thoat-ra-ngoai.epub"), elsewhere);
        Map<String, String> outside = snapshot(project);
        outside.keySet().removeIf(path -> path.startsWith("dist"));

        Publication publication = publisher().formats(Set.of(Format.EPUB)).build().publish();
        assertEquals(dist.resolve("thoat-ra-ngoai.epub"), publication.epub().orElseThrow());
        assertFalse(Files.isSymbolicLink(publication.epub().orElseThrow()), "the link is replaced, not written through");
        Map<String, String> after = snapshot(project);
        after.keySet().removeIf(path -> path.startsWith("dist"));
        assertEquals(outside, after);
        assertEquals(Set.of("", "thoat-ra-ngoai.epub", BuildRecord.FILE_NAME), snapshot(dist).keySet());
    }

    @Test
    void aFolderWhereAnOutputBelongsIsNotReplaced() throws IOException {
        Files.createDirectories(dist.resolve("sach-thu.epub"));
        assertThrows(java.io.UncheckedIOException.class,
                () -> publisher().formats(Set.of(Format.EPUB)).build().publish());
        assertTrue(Files.isDirectory(dist.resolve("sach-thu.epub")));
        assertEquals(Set.of("", "sach-thu.epub"), snapshot(dist).keySet());
    }

    @Test
    void aCharacterNoFontHasStopsTheBuildUnlessItIsMadeAWarning() throws IOException {
        write("01-a.md", "# Chương một\n\nChữ Hán 漢 😀.\n");
        ManuscriptException e = assertThrows(ManuscriptException.class,
                () -> publisher().formats(Set.of(Format.EPUB)).build().publish());
        assertEquals(List.of(
                "manuscript/01-a.md:3:9: error: no font of the book has a glyph for '漢' (U+6F22)",
                "manuscript/01-a.md:3:11: error: no font of the book has a glyph for '😀' (U+1F600)"), messages(e, project));
        assertFalse(Files.exists(dist));

        Publication publication = publisher().formats(Set.of(Format.EPUB))
                .missingGlyphs(Diagnostic.Severity.WARNING).build().publish();
        assertEquals(List.of(
                "manuscript/01-a.md:3:9: warning: no font of the book has a glyph for '漢' (U+6F22)",
                "manuscript/01-a.md:3:11: warning: no font of the book has a glyph for '😀' (U+1F600)"),
                publication.warnings().stream().map(d -> d.format(project)).toList());
        assertTrue(Files.isRegularFile(dist.resolve("sach-thu.epub")));
    }

    @Test
    void fontProblemsAndManuscriptProblemsAreReportedTogether() throws IOException {
        Path fonts = Files.createDirectories(project.resolve("fonts"));
        Files.writeString(fonts.resolve("Broken.ttf"), "not a font");
        write("01-a.md", "# Chương một\n\nMột[^7].\n");
        ManuscriptException e = assertThrows(ManuscriptException.class, () -> publisher().fonts(fonts).build().publish());
        assertEquals(List.of(
                "fonts/Broken.ttf: error: font cannot be read: it is not a TrueType font, or it is damaged",
                "manuscript/01-a.md:3:4: error: footnote [^7] is used but never defined"), messages(e, project));
    }

    @Test
    void aNamedFontsFolderThatDoesNotExistIsAnError() {
        ManuscriptException e = assertThrows(ManuscriptException.class,
                () -> publisher().fonts(project.resolve("font")).build().publish());
        assertEquals(List.of("font: error: the fonts folder does not exist (leave it unset to use Octavo's default fonts)"),
                messages(e, project));
    }

    @Test
    void zipEntryNamesAreOctavosOwnNeverFileNamesFromOutside() throws IOException {
        Path fonts = Files.createDirectories(project.resolve("fonts"));
        Files.copy(Path.of(System.getProperty("octavo.projectDir", ".")).resolve("fonts/literata/Literata-Regular.ttf"),
                fonts.resolve("Lit\"erata <x> & 'ý'.ttf"));
        Files.createDirectories(manuscript.resolve("ảnh"));
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", manuscript.resolve("ảnh/bản-đồ_'1'.png").toFile());
        write("01-a.md", "# Chương một\n\n![Bản đồ](ảnh/bản-đồ_'1'.png)\n");
        Publication publication = publisher().fonts(fonts).formats(Set.of(Format.EPUB)).build().publish();
        List<String> entries = new ArrayList<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(publication.epub().orElseThrow().toFile())) {
            zip.stream().forEach(entry -> entries.add(entry.getName()));
        }
        assertEquals(List.of("mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml", "EPUB/toc.ncx",
                "EPUB/fonts/literata-400.ttf", "EPUB/css/fonts.css", "EPUB/css/epub.css", "EPUB/images/cover.png",
                "EPUB/images/img-1.png", "EPUB/cover.xhtml", "EPUB/titlepage.xhtml", "EPUB/ch01.xhtml"), entries);
    }
}
