package dev.octavo.cli;

import dev.octavo.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The same book and timestamp give the same bytes whatever the number of cores: the work that runs beside the
 * main thread on two (the EPUB, the glossary, the page tidying, the digest) runs on it alone on one.
 */
class CoreCountTest {
    @TempDir
    Path work;

    private Path build(int cores) throws Exception {
        Path out = work.resolve("cores-" + cores);
        CommandLineProcess.Run run = CommandLineProcess.run(work, Map.of(),
                List.of("-XX:ActiveProcessorCount=" + cores, "-Doctavo.fork=false"),
                "build", Seed.manuscript().toString(), out.toString(),
                "--fonts", Seed.projectDir().resolve("fonts").toString(),
                "--styles", Seed.projectDir().resolve("styles").toString(),
                "--timestamp", "2026-03-01T00:00:00Z", "--quiet");
        assertEquals(0, run.status(), run.output());
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
