package dev.octavo;

import dev.octavo.testing.EpubCheckRunner;
import dev.octavo.testing.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every element of the kept HTML subset passes EPUBCheck and is typeset in the PDF with its text. */
class KeptHtmlOutputTest {
    @TempDir
    Path project;

    @Test
    void theWholeSubsetIsValidEpubAndPrintsItsText() throws Exception {
        Path manuscript = Files.createDirectories(project.resolve("manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"), "title: HTML\nlanguage: vi\nidentifier: urn:uuid:00000000-0000-0000-0000-000000000001\n");
        Files.writeString(manuscript.resolve("01-a.md"), "# Chương\n\n"
                + "<em lang=\"en\">em</em> <strong>strong</strong> <i lang=\"ru\">i</i> <b>b</b> H<sub>2</sub>O x<sup>2</sup>"
                + " <small>small</small> <span lang=\"fr\">span</span> <abbr title=\"Xô viết\">XV</abbr>"
                + " <cite>cite</cite> <q>Vùng đất</q> <s>s</s> <u>u</u> <mark>mark</mark><br>dòng sau\n",
                StandardCharsets.UTF_8);
        Publication publication = Publisher.builder().manuscript(manuscript).output(project.resolve("dist"))
                .timestamp(Instant.EPOCH).build().publish();

        assertEquals(List.of(), publication.warnings());
        assertEquals(List.of(), EpubCheckRunner.problems(publication.epub().orElseThrow()));
        String pdf = PdfText.squeeze(PdfText.all(publication.pdf().orElseThrow()));
        // Sub- and superscripts sit off the baseline, so the text extractor places their digits elsewhere.
        assertTrue(pdf.contains("emHO"), pdf);
        assertTrue(pdf.contains(PdfText.squeeze("small span XV cite “Vùng đất” s u mark dòng sau")), pdf);
    }
}
