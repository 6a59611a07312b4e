package dev.octavo;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.octavo.model.Book;
import dev.octavo.testing.Seed;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A manuscript from anywhere a {@link Path} can lie (an in-memory file system, a zip), published to the caller's
 * streams, and read without publishing. The folder's one-liner stays as it is.
 */
class ManuscriptSourcesTest {
    private static final Instant STAMP = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    /** Copies the seed manuscript into {@code target} on whatever file system it lies. */
    private static void copySeed(Path target) throws IOException {
        Path seed = Seed.manuscript();
        try (Stream<Path> files = Files.walk(seed)) {
            for (Path file : files.sorted().toList()) {
                Path to = target.resolve(seed.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.write(to, Files.readAllBytes(file));
                }
            }
        }
    }

    @Test
    void anInMemoryManuscriptIsPublishedToStreamsWithTheBytesOfAFolderBuild() throws Exception {
        try (FileSystem memory = Jimfs.newFileSystem(Configuration.unix())) {
            Path manuscript = memory.getPath("/book/manuscript");
            copySeed(manuscript);
            ByteArrayOutputStream epub = new ByteArrayOutputStream();
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            Publication published = Publisher.builder().manuscript(manuscript).timestamp(STAMP).build()
                    .publishTo(Map.of(Format.EPUB, epub, Format.PDF, pdf));
            assertEquals(Map.of(), published.outputs(), "no file");
            assertEquals(28, published.pageCount());
            try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
                assertTrue(new PDFTextStripper().getText(document).contains("Mục lục"));
            }
            assertEquals("application/epub+zip", new String(epub.toByteArray(), 38, 20, StandardCharsets.US_ASCII));

            // The same manuscript in a folder, published into a folder: the same bytes.
            Path folder = dir.resolve("manuscript");
            copySeed(folder);
            Publication fromFolder = Publisher.builder().manuscript(folder).output(dir.resolve("dist"))
                    .timestamp(STAMP).build().publish();
            assertArrayEquals(Files.readAllBytes(fromFolder.outputs().get(Format.EPUB)), epub.toByteArray());
            assertArrayEquals(Files.readAllBytes(fromFolder.outputs().get(Format.PDF)), pdf.toByteArray());
        }
    }

    @Test
    void anInMemoryManuscriptsDiagnosticsNameItsOwnPathsAndNothingIsWritten() throws Exception {
        try (FileSystem memory = Jimfs.newFileSystem(Configuration.unix())) {
            Path manuscript = memory.getPath("/book/manuscript");
            copySeed(manuscript);
            Files.writeString(manuscript.resolve("02-nuoc-nga-cuoi-nam-1917.md"), "Không có tiêu đề.\n");
            ByteArrayOutputStream epub = new ByteArrayOutputStream();
            ManuscriptException failed = assertThrows(ManuscriptException.class, () -> Publisher.builder()
                    .manuscript(manuscript).displayBase(memory.getPath("/book")).timestamp(STAMP).build()
                    .publishTo(Map.of(Format.EPUB, epub)));
            assertEquals("manuscript/02-nuoc-nga-cuoi-nam-1917.md:1:1: error: the chapter has no '# ' heading at its"
                    + " start (each chapter file begins with its title)", failed.errors().get(0)
                    .format(memory.getPath("/book")));
            assertEquals(0, epub.size(), "a failed build writes nothing to the streams");
        }
    }

    @Test
    void aZippedManuscriptIsPublishedAndTheBookCanBeReadWithoutPublishing() throws Exception {
        Path zip = dir.resolve("book.zip");
        try (FileSystem zipped = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
            copySeed(zipped.getPath("/manuscript"));
        }
        try (FileSystem zipped = FileSystems.newFileSystem(zip)) {
            Publisher publisher = Publisher.builder().manuscript(zipped.getPath("/manuscript")).timestamp(STAMP).build();
            Book book = publisher.read();
            // The parsed book, for a caller's own counts and checks: the seed's chapters, notes and terms.
            assertEquals(4, book.chapters().size());
            assertEquals("Mở đầu", book.chapters().get(0).plainTitle());
            assertEquals(32, book.footnotes().size());
            assertEquals(18, book.glossary().entries().size());
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            assertEquals(28, publisher.publishTo(Map.of(Format.PDF, pdf)).pageCount());
            assertTrue(pdf.size() > 100_000);
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(java.util.List.of(zip), left.toList(), "nothing written beside the zip");
        }
    }

    /** A figure of a zipped manuscript reaches the PDF: the renderer reads the zip's own files, and nothing else. */
    @Test
    void aZippedManuscriptsFiguresArePrinted() throws Exception {
        Path starter = dir.resolve("starter");
        dev.octavo.init.NewBookProject.write(starter, STAMP);
        Path zip = dir.resolve("starter.zip");
        try (FileSystem zipped = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
            try (Stream<Path> files = Files.walk(starter.resolve("manuscript"))) {
                for (Path file : files.sorted().toList()) {
                    Path to = zipped.getPath("/manuscript", starter.resolve("manuscript").relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.write(to, Files.readAllBytes(file));
                    }
                }
            }
        }
        try (FileSystem zipped = FileSystems.newFileSystem(zip)) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            Publication published = Publisher.builder().manuscript(zipped.getPath("/manuscript")).timestamp(STAMP)
                    .build().publishTo(Map.of(Format.PDF, pdf));
            assertEquals(java.util.List.of(), published.warnings(), "the renderer was refused nothing");
            try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
                String text = new PDFTextStripper().getText(document);
                // The drawing's own words are vectors in the PDF: they are there only if the SVG was read.
                assertTrue(text.contains("Figure 1.1.") && text.contains("Markdown") && text.contains("the printer"),
                        text);
            }
        }
    }
}
