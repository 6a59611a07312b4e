package dev.octavo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.octavo.testing.SeedBook;
import dev.octavo.testing.Seed;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DAISY Ace, the accessibility checker of EPUB publishers, finds no violation in the seed EPUB. Ace runs on
 * Node.js with a headless Chromium; .ci/run installs both (Ace into ~/.cache/octavo-ace, Debian's chromium).
 * Without them the test is skipped on a developer's machine, and fails on CI (the CI variable is set there).
 * Its report is read with Jackson, which EPUBCheck brings.
 */
class AceTest {
    private static final Path DEFAULT_ACE = Path.of(System.getProperty("user.home"),
            ".cache/octavo-ace/node_modules/.bin/ace-puppeteer");
    private static final Path DEFAULT_CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path work;

    @Test
    void aceFindsNoAccessibilityViolationInTheSeedEpub() throws Exception {
        assumeAceRuns();
        Path epub = Publisher.builder()
                .manuscript(Seed.manuscript())
                .styles(Seed.projectDir().resolve("styles"))
                .fonts(Seed.projectDir().resolve("fonts"))
                .formats(Set.of(Format.EPUB))
                .output(work.resolve("dist"))
                .timestamp(SeedBook.STAMP)
                .build()
                .publish()
                .epub().orElseThrow();
        assertEquals(List.of(), violations(epub, work.resolve("ace")));
    }

    /** Skips the calling test where Ace or Chromium is missing, unless on CI, where that is a failure. */
    static void assumeAceRuns() {
        boolean onCi = System.getenv("CI") != null;
        Assumptions.assumeTrue(onCi || (ace().isPresent() && chromium().isPresent()),
                "DAISY Ace or Chromium is not installed (.ci/run shows how)");
        assertTrue(ace().isPresent(), "DAISY Ace is not installed: " + DEFAULT_ACE + " (or set OCTAVO_ACE)");
        assertTrue(chromium().isPresent(), "Chromium is not installed: " + DEFAULT_CHROMIUM);
    }

    /** Ace's violations in an EPUB, its report written to {@code report}; call {@link #assumeAceRuns} first. */
    static List<String> violations(Path epub, Path report) throws Exception {
        ProcessBuilder command = new ProcessBuilder(ace().orElseThrow().toString(), "--force", "--silent", "--outdir",
                report.toString(), epub.toString()).redirectErrorStream(true);
        command.environment().put("PUPPETEER_EXECUTABLE_PATH", chromium().orElseThrow().toString());
        Process process = command.start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Ace did not finish in 300 s:\n" + output);
        }
        assertEquals(0, process.exitValue(), output);
        assertTrue(Files.isRegularFile(report.resolve("report.json")), "Ace wrote no report:\n" + output);
        return violations(new ObjectMapper().readTree(report.resolve("report.json").toFile()));
    }

    private static Optional<Path> ace() {
        return executable(System.getenv("OCTAVO_ACE"), DEFAULT_ACE);
    }

    private static Optional<Path> chromium() {
        return executable(System.getenv("PUPPETEER_EXECUTABLE_PATH"), DEFAULT_CHROMIUM);
    }

    /** Every assertion of the report whose outcome is "fail", as "document: rule (impact): description". */
    static List<String> violations(JsonNode report) {
        List<String> violations = new ArrayList<>();
        for (JsonNode document : report.path("assertions")) {
            for (JsonNode assertion : document.path("assertions")) {
                if ("fail".equals(assertion.path("earl:result").path("earl:outcome").asText())) {
                    violations.add(document.path("earl:testSubject").path("url").asText() + ": "
                            + assertion.path("earl:test").path("dct:title").asText() + " ("
                            + assertion.path("earl:test").path("earl:impact").asText() + "): "
                            + assertion.path("earl:result").path("dct:description").asText());
                }
            }
        }
        return violations;
    }

    private static Optional<Path> executable(String configured, Path fallback) {
        Path path = configured != null && !configured.isBlank() ? Path.of(configured) : fallback;
        return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }
}
