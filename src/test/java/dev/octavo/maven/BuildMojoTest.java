package dev.octavo.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The goal as Maven runs it: parameters injected, diagnostics into Maven's log, errors fail the build. */
class BuildMojoTest {
    @TempDir
    Path project;

    private final List<String> log = new ArrayList<>();

    /** Keeps what the goal logs, each line prefixed with its level as Maven prints it. */
    private final SystemStreamLog mavenLog = new SystemStreamLog() {
        @Override
        public void error(CharSequence content) {
            log.add("[ERROR] " + content);
        }

        @Override
        public void warn(CharSequence content) {
            log.add("[WARNING] " + content);
        }

        @Override
        public void info(CharSequence content) {
            log.add("[INFO] " + content);
        }
    };

    private BuildMojo mojo(String missingGlyphs) throws ReflectiveOperationException {
        BuildMojo mojo = new BuildMojo();
        set(mojo, "manuscript", project.resolve("manuscript").toFile());
        set(mojo, "styles", project.resolve("styles").toFile());
        set(mojo, "output", project.resolve("dist").toFile());
        set(mojo, "formats", List.of("epub"));
        set(mojo, "timestamp", "2026-01-01T00:00:00Z");
        set(mojo, "missingGlyphs", missingGlyphs);
        set(mojo, "basedir", project.toFile());
        mojo.setLog(mavenLog);
        return mojo;
    }

    private static void set(BuildMojo mojo, String name, Object value) throws ReflectiveOperationException {
        MojoParameters.set(mojo, name, value);
    }

    private void manuscript(String chapter) throws Exception {
        Path manuscript = Files.createDirectories(project.resolve("manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"), "title: Sách\nlanguage: vi\nidentifier: urn:uuid:00000000-0000-0000-0000-000000000001\nautor: X\n",
                StandardCharsets.UTF_8);
        Files.writeString(manuscript.resolve("01-a.md"), chapter, StandardCharsets.UTF_8);
    }

    @Test
    void errorsGoToMavensErrorLogAllAtOnceAndFailTheBuild() throws Exception {
        manuscript("# A\n\nMột[^1] hai[^2] 漢.\n");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo("error").execute());
        assertEquals(List.of(
                "[WARNING] manuscript/book.yaml:4:1: warning: unknown key 'autor' in book.yaml (did you mean 'authors'?)",
                "[ERROR] manuscript/01-a.md:3:4: error: footnote [^1] is used but never defined",
                "[ERROR] manuscript/01-a.md:3:12: error: footnote [^2] is used but never defined",
                "[ERROR] manuscript/01-a.md:3:17: error: no font of the book has a glyph for '漢' (U+6F22)"), log);
        assertEquals("The manuscript has 3 error(s); nothing was published. First: "
                + "manuscript/01-a.md:3:4: error: footnote [^1] is used but never defined", e.getMessage());
        assertFalse(Files.exists(project.resolve("dist")));
    }

    @Test
    void missingGlyphsCanBeWarningsAndTheBookIsPublished() throws Exception {
        manuscript("# A\n\nChữ 漢.\n");
        mojo("warning").execute();
        assertTrue(log.contains("[WARNING] manuscript/01-a.md:3:5: warning: no font of the book has a glyph for '漢' (U+6F22)"),
                log.toString());
        assertTrue(Files.isRegularFile(project.resolve("dist/sach.epub")));
    }

    @Test
    void anUnknownMissingGlyphsValueIsAConfigurationError() throws Exception {
        manuscript("# A\n");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> mojo("ignore").execute());
        assertEquals("missingGlyphs: unknown severity 'ignore' (expected error or warning)", e.getMessage());
    }

    @Test
    void aFontsFolderThatIsSetMustExist() throws Exception {
        manuscript("# A\n");
        BuildMojo mojo = mojo("error");
        set(mojo, "fonts", new File(project.toFile(), "font"));
        assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals(List.of(
                "[ERROR] font: error: the fonts folder does not exist (leave it unset to use Octavo's default fonts)",
                "[WARNING] manuscript/book.yaml:4:1: warning: unknown key 'autor' in book.yaml (did you mean 'authors'?)"),
                log);
    }
}
