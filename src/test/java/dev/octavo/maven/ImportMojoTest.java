package dev.octavo.maven;

import dev.octavo.backlist.HandMadeEpub;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code mvn octavo:import -Doctavo.epub=…}: writes the manuscript, refuses a folder in use and a hostile zip. */
class ImportMojoTest {
    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

    private ImportMojo mojo(Path epub, Path manuscript, boolean force) throws ReflectiveOperationException {
        ImportMojo mojo = new ImportMojo();
        MojoParameters.set(mojo, "epub", epub.toFile());
        MojoParameters.set(mojo, "manuscript", manuscript.toFile());
        MojoParameters.set(mojo, "force", force);
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void error(CharSequence content) {
                log.add("[ERROR] " + content);
            }

            @Override
            public void info(CharSequence content) {
                log.add("[INFO] " + content);
            }

            @Override
            public void debug(CharSequence content) {
                // what was left out, at mvn -X; IMPORT.md has it
            }
        });
        return mojo;
    }

    @Test
    void importsAndRefusesAFolderInUse() throws Exception {
        Path epub = HandMadeEpub.write(dir.resolve("harbour.epub"), HandMadeEpub.classicEpub2());
        mojo(epub, dir.resolve("manuscript"), false).execute();
        assertTrue(Files.isRegularFile(dir.resolve("manuscript/glossary.md")));
        assertTrue(log.get(0).startsWith("[INFO] Import: 2 chapters, 5 notes"), log.toString());
        assertEquals("[INFO] A manuscript in " + dir.resolve("manuscript") + "; what was left out is listed in "
                + dir.resolve("manuscript/IMPORT.md"), log.get(1));

        MojoExecutionException inUse = assertThrows(MojoExecutionException.class,
                () -> mojo(epub, dir.resolve("manuscript"), false).execute());
        assertTrue(inUse.getMessage().contains("is not empty"), inUse.getMessage());
        mojo(epub, dir.resolve("manuscript"), true).execute();
    }

    @Test
    void aHostileZipFailsTheBuildAtItsEntry() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(HandMadeEpub.classicEpub2());
        entries.put("/etc/cron.d/evil", HandMadeEpub.bytes("* * * * * root true"));
        Path epub = HandMadeEpub.write(dir.resolve("hostile.epub"), entries);
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> mojo(epub, dir.resolve("manuscript"), false).execute());
        assertTrue(e.getMessage().contains("cannot be imported"), e.getMessage());
        assertEquals(List.of("[ERROR] " + epub + ": error: the zip entry '/etc/cron.d/evil' points"
                + " outside the book (a '..' or an absolute path); the EPUB is refused and nothing is written"), log);
        assertFalse(new File(dir.toFile(), "manuscript").exists());
    }
}
