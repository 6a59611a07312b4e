package dev.octavo;

import dev.octavo.fonts.FontSet;
import dev.octavo.pdf.PdfWriter;
import dev.octavo.testing.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * openhtmltopdf lays out text whose every font family is missing with no width and prints nothing ("Font list is
 * empty" in its log). A family a stylesheet names and the book lacks gets a stand-in of the book's, with a
 * warning; text with no family of the book at all stops the build, quoted.
 */
class UnprintableTextTest {
    @TempDir
    Path project;

    @Test
    void aFamilyTheBookLacksIsPrintedInOneItHasWithAWarning() throws Exception {
        Path manuscript = Files.createDirectories(project.resolve("manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"),
                "title: Fonts\nlanguage: en\nidentifier: urn:uuid:11111111-2222-3333-4444-555555555559\n");
        Files.writeString(manuscript.resolve("01-a.md"), "# One\n\nWords in the book's own font.\n\n"
                + "<small>Fine print</small> here.\n", StandardCharsets.UTF_8);
        Path styles = Files.createDirectories(project.resolve("styles"));
        String house = dev.octavo.xhtml.Theme.defaults().stylesheet("print.css");
        Files.writeString(styles.resolve("print.css"), house + "\nsmall { font-family: \"Helvetica\"; }\n");
        Publication publication = Publisher.builder().manuscript(manuscript).styles(styles)
                .output(project.resolve("dist")).timestamp(Instant.EPOCH).build().publish();
        assertEquals(List.of("styles/print.css: warning: the print stylesheet names the font family 'Helvetica',"
                        + " which the book's fonts do not include; that text is set in Literata"),
                publication.warnings().stream().map(d -> d.format(project)).toList());
        String text = PdfText.squeeze(PdfText.all(publication.pdf().orElseThrow()));
        assertTrue(text.contains("Fineprinthere."), text);
    }

    @Test
    void textInNoFamilyOfTheBookStopsTheBuildQuotingIt() throws Exception {
        Path manuscript = Files.createDirectories(project.resolve("manuscript"));
        // No font-family anywhere: openhtmltopdf's own default, serif, is no family of the book.
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>T</title></head>"
                + "<body><p>Lost words</p></body></html>";
        ManuscriptException e = assertThrows(ManuscriptException.class, () -> new PdfWriter().write(xhtml, manuscript,
                FontSet.defaults(), metadata(), Instant.EPOCH, "none", id -> false, new ByteArrayOutputStream(),
                message -> { }));
        assertEquals(List.of("manuscript: error: the print stylesheet sets text in a font family the book does not"
                        + " have, so it would not be printed: 'Lost', 'words' (name one of the book's font families,"
                        + " see the colophon)"),
                e.diagnostics().stream().map(d -> d.format(project)).toList());
    }

    private static dev.octavo.model.Metadata metadata() {
        return new dev.octavo.model.Metadata("T", "", Locale.ENGLISH, List.of(), List.of(), "urn:uuid:x", "",
                Optional.empty(), "", "", List.of(), dev.octavo.model.PageLayout.A5, Optional.empty());
    }
}
