package dev.octavo.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code java … dev.octavo.cli.Main build} with no settings of its own builds in a JVM started with the tuned ones;
 * settings given to java, or -Doctavo.fork=false, keep the build in the JVM that was started. Run as real processes.
 */
class OwnJvmTest {
    private static final String STARTED = "octavo: building in a JVM of its own: ";

    @TempDir
    Path project;

    @BeforeEach
    void book() throws Exception {
        Path manuscript = Files.createDirectories(project.resolve("book"));
        Files.writeString(manuscript.resolve("book.yaml"),
                "title: Sách thử\nlanguage: vi\nidentifier: urn:uuid:6b1f3c2a-9d4e-4f5a-8b7c-2e1d0a9f8c7b\n");
        Files.writeString(manuscript.resolve("01-a.md"), "# Chương một\n\nĐoạn văn.\n");
    }

    private CommandLineProcess.Run java(List<String> jvmOptions, String... arguments) throws Exception {
        return CommandLineProcess.run(project, Map.of(), jvmOptions, arguments);
    }

    @Test
    void withJavasOwnSettingsTheBuildRunsInATunedJvm() throws Exception {
        CommandLineProcess.Run run = java(List.of(), "build", "book", "out", "--format", "epub", "--verbose");
        assertEquals(0, run.status(), run.output());
        String started = run.output().lines().filter(line -> line.startsWith(STARTED)).findFirst().orElseThrow();
        assertTrue(started.contains(" -XX:TieredStopAtLevel=1 ") && started.contains(" -Xmx850m "), started);
        assertTrue(run.output().contains("EPUB: "), run.output());
        assertTrue(Files.isRegularFile(project.resolve("out/sach-thu.epub")));
    }

    @Test
    void settingsGivenToJavaOrForkFalseKeepTheBuildWhereItIs() throws Exception {
        for (List<String> options : List.of(List.of("-Xmx400m"), List.of("-Doctavo.fork=false"))) {
            CommandLineProcess.Run run = java(options, "build", "book", "out", "--format", "epub", "--verbose", "--force");
            assertEquals(0, run.status(), run.output());
            assertFalse(run.output().contains(STARTED), options + ": " + run.output());
            assertTrue(run.output().contains("EPUB: "), run.output());
        }
    }

    @Test
    void theBuildsExitStatusAndMessagesComeThrough() throws Exception {
        Files.writeString(project.resolve("book/01-a.md"), "# Chương một\n\nĐoạn[^9] văn.\n");
        CommandLineProcess.Run run = java(List.of(), "build", "book", "out");
        assertEquals(1, run.status(), run.output());
        assertTrue(run.output().contains("book/01-a.md:3:5: error: footnote [^9] is used but never defined"),
                run.output());
        assertFalse(Files.exists(project.resolve("out")));
    }

    @Test
    void theManuscriptIsTheFirstPositionalArgumentElseTheOptionElseTheDefault() {
        Path here = Path.of("/work");
        assertEquals(here.resolve("a"),
                BuildArguments.parse(new String[] {"build", "--format", "epub", "a", "b"}, here).manuscript());
        assertEquals(here.resolve("m"),
                BuildArguments.parse(new String[] {"build", "--manuscript", "m", "--quiet"}, here).manuscript());
        assertEquals(here.resolve("manuscript"),
                BuildArguments.parse(new String[] {"build", "--timestamp", "5"}, here).manuscript());
    }
}
