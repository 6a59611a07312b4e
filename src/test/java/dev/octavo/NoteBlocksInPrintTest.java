package dev.octavo;

import dev.octavo.testing.PdfText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A footnote's blocks beyond its paragraphs (a list, code, verse) are printed with it, on the page of its call. */
class NoteBlocksInPrintTest {
    @TempDir
    Path project;

    @Test
    void aNoteWithAListCodeAndVersePrintsThemAllOnThePageOfItsCall() throws Exception {
        Path manuscript = Files.createDirectories(project.resolve("manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"),
                "title: Notes\nlanguage: en\nidentifier: urn:uuid:11111111-2222-3333-4444-555555555558\n");
        Files.writeString(manuscript.resolve("01-a.md"), """
                # One

                A sentence with a note.[^a]

                [^a]: The note begins with words.

                    - a listed item
                    - another item

                    ```java
                    int answer = 42;
                    ```

                    | a line of verse
                    |   and an indented one
                """, StandardCharsets.UTF_8);
        Publication publication = Publisher.builder().manuscript(manuscript).output(project.resolve("dist"))
                .timestamp(Instant.EPOCH).build().publish();
        Path pdf = publication.outputs().get(Format.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            // openhtmltopdf draws a line's spans (the code's highlighted words) in its own order: read by position.
            stripper.setSortByPosition(true);
            int page = 0;
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                if (stripper.getText(doc).contains("A sentence with a note")) {
                    page = i;
                }
            }
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            String text = PdfText.squeeze(stripper.getText(doc));
            for (String words : new String[] {"The note begins with words.", "a listed item", "another item",
                    "int answer = 42;", "a line of verse", "and an indented one"}) {
                assertTrue(text.contains(PdfText.squeeze(words)), words + " on page " + page + ": " + text);
            }
        }
    }
}
