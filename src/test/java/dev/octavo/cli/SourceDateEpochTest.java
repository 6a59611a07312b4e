package dev.octavo.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * SOURCE_DATE_EPOCH stamps the outputs when no timestamp is given, and an explicit timestamp wins over it.
 * The environment of a running JVM cannot be changed, so the command line runs as a process of its own.
 */
class SourceDateEpochTest {
    private static final String EPOCH = "1700000000";
    private static final String EPOCH_ISO = "2023-11-14T22:13:20Z";

    @TempDir
    Path project;

    private Path build(String... options) throws Exception {
        Path manuscript = Files.createDirectories(project.resolve("book"));
        Files.writeString(manuscript.resolve("book.yaml"), "title: Sách thử\nlanguage: vi\nidentifier: urn:uuid:6b1f3c2a-9d4e-4f5a-8b7c-2e1d0a9f8c7b\n");
        Files.writeString(manuscript.resolve("01-a.md"), "# Chương một\n\nĐoạn văn.\n");
        List<String> arguments = new ArrayList<>(List.of("build", "book", "out", "--format", "epub", "--quiet"));
        arguments.addAll(List.of(options));
        CommandLineProcess.Run run = CommandLineProcess.run(project, Map.of("SOURCE_DATE_EPOCH", EPOCH), List.of(),
                arguments.toArray(String[]::new));
        assertEquals(0, run.status(), run.output());
        return project.resolve("out/sach-thu.epub");
    }

    private static String modified(Path epub) throws Exception {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            String opf = new String(zip.getInputStream(zip.getEntry("EPUB/package.opf")).readAllBytes(), StandardCharsets.UTF_8);
            int start = opf.indexOf("dcterms:modified\">") + "dcterms:modified\">".length();
            return opf.substring(start, opf.indexOf('<', start));
        }
    }

    private static LocalDateTime entryTime(Path epub) throws Exception {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            return mimetype.getTimeLocal();
        }
    }

    @Test
    void withoutATimestampSourceDateEpochStampsTheBook() throws Exception {
        Path epub = build();
        assertEquals(EPOCH_ISO, modified(epub));
        assertEquals(LocalDateTime.ofInstant(Instant.parse(EPOCH_ISO), ZoneOffset.UTC), entryTime(epub));
    }

    @Test
    void anExplicitTimestampWinsOverSourceDateEpoch() throws Exception {
        assertEquals("2026-01-01T00:00:00Z", modified(build("--timestamp", "2026-01-01T00:00:00Z")));
    }
}
