package dev.octavo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The publisher makes the EPUB and the PDF at once: outputs are all-or-nothing, and progress stays in order. */
class PublisherTest {
    @TempDir
    Path project;

    private Path manuscript() throws Exception {
        Path manuscript = Files.createDirectories(project.resolve("manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"), "title: Sách thử\nlanguage: vi\nidentifier: urn:uuid:6b1f3c2a-9d4e-4f5a-8b7c-2e1d0a9f8c7b\n");
        Files.writeString(manuscript.resolve("01-a.md"), "# Chương một\n\nĐoạn văn[^a].\n\n[^a]: Chú thích.\n");
        return manuscript;
    }

    private static Map<String, String> contents(Path directory) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (var list = Files.list(directory)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    @Test
    void whenOneOutputFailsEveryEarlierOutputStaysAsItWas() throws Exception {
        Path dist = Files.createDirectories(project.resolve("dist"));
        Files.writeString(dist.resolve("sach-thu.epub"), "earlier epub");
        Files.writeString(dist.resolve("sach-thu.pdf"), "earlier pdf");
        // The EPUB can be made; the print template cannot.
        Path styles = Files.createDirectories(project.resolve("styles"));
        Files.writeString(styles.resolve("print.ftlx"), "<#ftl output_format=\"XML\">${noSuchValue}\n");

        Publisher publisher = Publisher.builder().manuscript(manuscript()).styles(styles).output(dist)
                .timestamp(Instant.EPOCH).build();
        ManuscriptException failure = assertThrows(ManuscriptException.class, publisher::publish);
        assertEquals(new SourcePosition(styles.resolve("print.ftlx"), 1, 29), failure.errors().get(0).position(),
                "the template's own line: " + failure.errors().get(0));
        assertTrue(failure.errors().get(0).message().contains("noSuchValue"), failure.getMessage());
        assertEquals(Map.of("sach-thu.epub", "earlier epub", "sach-thu.pdf", "earlier pdf"), contents(dist),
                "no output replaced, no temporary file left");
    }

    @Test
    void stepsArriveOneAtATimeInTheOrderOfTheWork() throws Exception {
        List<String> steps = new ArrayList<>();
        Publication publication = Publisher.builder().manuscript(manuscript()).output(project.resolve("dist"))
                .timestamp(Instant.EPOCH).progress(steps::add).build().publish();
        assertEquals(3, steps.size(), steps.toString());
        assertTrue(steps.get(0).startsWith("Manuscript: 1 chapters, 1 footnotes"), steps.get(0));
        // The PDF first: the EPUB's page list is taken from the PDF's layout.
        assertTrue(steps.get(1).startsWith("PDF: ") && steps.get(1).endsWith("-> dist/sach-thu.pdf"), steps.get(1));
        assertTrue(steps.get(2).startsWith("EPUB: ") && steps.get(2).endsWith("-> dist/sach-thu.epub"), steps.get(2));
        assertTrue(publication.pageCount() >= 1);
        try (var list = Files.list(project.resolve("dist"))) {
            assertEquals(List.of(dev.octavo.internal.BuildRecord.FILE_NAME, "sach-thu.epub", "sach-thu.pdf"),
                    list.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
