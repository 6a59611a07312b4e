package dev.octavo.init;

import dev.octavo.Format;
import dev.octavo.Publication;
import dev.octavo.Publisher;
import dev.octavo.manuscript.BookParser;
import dev.octavo.manuscript.Diagnostics;
import dev.octavo.manuscript.ManuscriptReader;
import dev.octavo.model.Book;
import dev.octavo.testing.EpubCheckRunner;
import dev.octavo.testing.Seed;
import dev.octavo.testing.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code octavo init}: a project that builds clean at once and shows the format; nothing overwritten. */
class NewBookProjectTest {
    @TempDir
    Path dir;

    @Test
    void aNewProjectBuildsCleanAndShowsTheFormat() throws Exception {
        Path project = dir.resolve("my-novel");
        List<Path> files = NewBookProject.write(project, Instant.parse("2026-12-07T10:15:30.5Z"));
        assertEquals(7, files.size(), files.toString());
        String pom = Files.readString(project.resolve("pom.xml"));
        assertTrue(pom.contains("<artifactId>my-novel</artifactId>") && pom.contains("<goal>build</goal>")
                && pom.contains("<outputTimestamp>2026-12-07T10:15:30Z</outputTimestamp>".replace("outputTimestamp",
                "project.build.outputTimestamp")), pom);
        assertTrue(pom.matches("(?s).*<version>\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?</version>.*"), "Octavo's own version");
        assertTrue(Files.readString(project.resolve(".gitignore")).contains("dist/"));

        Diagnostics diagnostics = new Diagnostics();
        Book book = new BookParser().parse(new ManuscriptReader().read(project.resolve("manuscript"), diagnostics),
                diagnostics);
        assertEquals(List.of(), diagnostics.warnings(), "no warning either");
        assertEquals(1, book.footnotes().size());
        assertEquals(2, book.glossary().entries().size());
        assertTrue(book.metadata().identifier().matches("urn:uuid:[0-9a-f-]{36}"));

        Publication published = Publisher.builder().manuscript(project.resolve("manuscript"))
                .output(project.resolve("dist")).styles(project.resolve("styles")).build().publish();
        assertEquals(List.of(), published.warnings());
        assertEquals(List.of(), EpubCheckRunner.problems(published.outputs().get(Format.EPUB)));
        String text = Tool.run("pdftotext", published.outputs().get(Format.PDF).toString(), "-").output();
        assertTrue(text.contains("Figure 1.1.") && text.contains("Glossary") && text.contains("Proofreader"), text);
    }

    @Test
    void itOverwritesNothing() throws Exception {
        Path project = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(project.resolve("notes.txt"), "mine");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> NewBookProject.write(project, Instant.now()));
        assertTrue(refused.getMessage().contains("is not empty"), refused.getMessage());
        try (var left = Files.list(project)) {
            assertEquals(List.of(project.resolve("notes.txt")), left.toList());
        }
        assertThrows(IllegalArgumentException.class, () -> NewBookProject.write(project.resolve("notes.txt"),
                Instant.now()));
    }

    @Test
    void theJvmConfigIsTheOneTheReadmeRecommends() throws Exception {
        assertTrue(Files.readString(Seed.projectDir().resolve("README.md")).contains("\n" + NewBookProject.jvmConfig()
                + "\n"), NewBookProject.jvmConfig());
    }
}
