package dev.octavo.cli;

import dev.octavo.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same book and timestamp give the same bytes whatever the number of cores: the work that runs beside the
 * main thread on two (the EPUB, the glossary, the page tidying, the digest) runs on it alone on one.
 */
class CoreCountTest {
    @TempDir
    Path work;

    private Path build(int cores) throws Exception {
        Path out = work.resolve("cores-" + cores);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ActiveProcessorCount=" + cores, "-Doctavo.fork=false", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "build", Seed.manuscript().toString(), out.toString(),
                "--fonts", Seed.projectDir().resolve("fonts").toString(),
                "--styles", Seed.projectDir().resolve("styles").toString(),
                "--timestamp", "2026-03-01T00:00:00Z", "--quiet");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(180, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return out;
    }

    @Test
    void oneCoreAndTwoGiveTheSameBytes() throws Exception {
        Path one = build(1);
        Path two = build(2);
        for (String name : List.of("nam-1918-nam-dau-tien-cua-cach-mang-nga.pdf",
                "nam-1918-nam-dau-tien-cua-cach-mang-nga.epub")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(two.resolve(name)), name);
        }
    }
}
