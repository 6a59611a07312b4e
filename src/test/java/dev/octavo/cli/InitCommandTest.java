package dev.octavo.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code octavo init [DIR]}: tells what it wrote and what to do next; a folder in use is refused. */
class InitCommandTest {
    @TempDir
    Path workingDirectory;

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), workingDirectory);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesAProjectOnceAndThenRefuses() {
        Run made = run("init");
        assertEquals(0, made.status(), made.err());
        assertTrue(made.out().startsWith("A new book project in my-book: .gitignore, manuscript/"), made.out());
        assertTrue(made.out().contains("Next: cd my-book && mvn package"), made.out());
        assertTrue(Files.isRegularFile(workingDirectory.resolve("my-book/manuscript/book.yaml")));

        Run again = run("init", "my-book");
        assertEquals(2, again.status());
        assertTrue(again.err().startsWith("octavo: ") && again.err().contains("my-book is not empty"), again.err());
    }
}
