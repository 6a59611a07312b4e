package dev.octavo.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {
    @TempDir
    Path project;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), project);
    }

    @Test
    void withoutACommandItPrintsUsageAndExitsWithTwo() {
        assertEquals(2, run());
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: octavo check"));
    }

    @Test
    void aBrokenManuscriptExitsWithOneNamesFileAndLineAndWritesNothing() throws Exception {
        Path manuscript = Files.createDirectories(project.resolve("manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"), "title: T\nlanguage: vi\nidentifier: urn:uuid:00000000-0000-0000-0000-000000000001\n");
        Files.writeString(manuscript.resolve("02-x.md"), "# X\n\nMột[^7].\n");
        assertEquals(1, run("build", "--format", "epub"));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("manuscript/02-x.md:3:4: error: footnote [^7] is used but never defined"), errors);
        assertTrue(errors.contains("1 error; nothing was published"), errors);
        assertFalse(Files.exists(project.resolve("dist")));
    }

    @Test
    void aBuildWritesNothingButItsOutputs() throws Exception {
        Path manuscript = Files.createDirectories(project.resolve("manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"), "title: Sách\nlanguage: vi\nidentifier: urn:uuid:8a3c1f0e-2b4d-4e6f-9a1b-3c5d7e9f1a2b\n");
        Files.writeString(manuscript.resolve("01-a.md"), "# Một\n\nVăn bản.\n");
        assertEquals(0, run("build", "--quiet"), err.toString(StandardCharsets.UTF_8));
        try (var files = Files.list(project)) {
            assertEquals(java.util.Set.of("manuscript", "dist"),
                    files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
        try (var files = Files.list(project.resolve("dist"))) {
            assertEquals(java.util.Set.of("sach.epub", "sach.pdf", dev.octavo.internal.BuildRecord.FILE_NAME),
                    files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
    }

    @Test
    void checkRunsEpubCheckOnABuiltBook() throws Exception {
        Path manuscript = Files.createDirectories(project.resolve("manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"), "title: Sách\nlanguage: vi\nidentifier: urn:uuid:8a3c1f0e-2b4d-4e6f-9a1b-3c5d7e9f1a2b\n");
        Files.writeString(manuscript.resolve("01-a.md"), "# Một\n\nVăn bản.\n");
        assertEquals(0, run("build", "--format", "epub", "--quiet"), err.toString(StandardCharsets.UTF_8));
        assertEquals(0, run("check", "dist/sach.epub"), err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("EPUBCheck: 0 errors, 0 warnings"));
        Files.write(project.resolve("dist/broken.epub"), new byte[] {'P', 'K', 3, 4});
        assertEquals(1, run("check", "dist/broken.epub"));
        Files.write(project.resolve("dist/broken.pdf"), "%PDF-1.7\nnot really".getBytes(StandardCharsets.US_ASCII));
        assertEquals(1, run("check", "dist/broken.pdf"));
    }

    @Test
    void checkValidatesAPdfAgainstWhatItClaimsSoTheCoverAsPdfAAlone() throws Exception {
        Path manuscript = Files.createDirectories(project.resolve("manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"), "title: Sách\nlanguage: vi\nidentifier: urn:uuid:8a3c1f0e-2b4d-4e6f-9a1b-3c5d7e9f1a2b\n");
        Files.writeString(manuscript.resolve("01-a.md"), "# Một\n\nVăn bản.\n");
        assertEquals(0, run("build", "--format", "pdf,cover", "--quiet"), err.toString(StandardCharsets.UTF_8));
        assertEquals(0, run("check", "dist/sach-cover.pdf"), err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("veraPDF: PDF/A-3u, 0 failed rules"), out.toString(StandardCharsets.UTF_8));
        out.reset();
        assertEquals(0, run("check", "dist/sach.pdf"), err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("veraPDF: PDF/A-3u and PDF/UA-1, 0 failed rules"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void buildsAnEpubWithTheDefaultThemeAndFonts() throws Exception {
        Path manuscript = Files.createDirectories(project.resolve("book"));
        Files.writeString(manuscript.resolve("book.yaml"), "title: Sách thử\nlanguage: vi\nidentifier: urn:uuid:00000000-0000-0000-0000-000000000001\n");
        Files.writeString(manuscript.resolve("01-a.md"), "# Chương một\n\nĐoạn văn.\n");
        assertEquals(0, run("build", "book", "out", "--format", "epub", "--timestamp", "0"), err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(project.resolve("out/sach-thu.epub")));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("EPUB: 4 documents, 2 fonts"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void missingGlyphsAsWarningsPublishAndPrintTheWarning() throws Exception {
        Path manuscript = Files.createDirectories(project.resolve("manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"), "title: T\nlanguage: vi\nidentifier: urn:uuid:00000000-0000-0000-0000-000000000001\n");
        Files.writeString(manuscript.resolve("01-a.md"), "# A\n\nChữ 漢.\n");
        assertEquals(1, run("build", "--format", "epub"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(
                "manuscript/01-a.md:3:5: error: no font of the book has a glyph for '漢' (U+6F22)"), err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(0, run("build", "--format", "epub", "--missing-glyphs", "warning", "--timestamp", "0"));
        assertEquals("manuscript/01-a.md:3:5: warning: no font of the book has a glyph for '漢' (U+6F22)"
                + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(project.resolve("dist/t.epub")));
    }

    @Test
    void aFontsFolderNamedOnTheCommandLineMustExist() throws Exception {
        Path manuscript = Files.createDirectories(project.resolve("manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"), "title: T\nlanguage: vi\nidentifier: urn:uuid:00000000-0000-0000-0000-000000000001\n");
        Files.writeString(manuscript.resolve("01-a.md"), "# A\n");
        assertEquals(1, run("build", "--format", "epub", "--fonts", "phong-chu"));
        assertEquals("phong-chu: error: the fonts folder does not exist (leave it unset to use Octavo's default fonts)"
                + System.lineSeparator() + "octavo: 1 error; nothing was published" + System.lineSeparator(),
                err.toString(StandardCharsets.UTF_8));
    }
}
