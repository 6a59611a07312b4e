package dev.octavo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Text that a project's stylesheet sets in a font the book does not have would be laid out with no width and never
 * printed (openhtmltopdf only logs "Font list is empty"): the build stops and quotes it instead.
 */
class UnprintableTextTest {
    @TempDir
    Path project;

    @Test
    void textInAFontTheBookDoesNotHaveStopsTheBuildQuotingIt() throws Exception {
        Path manuscript = Files.createDirectories(project.resolve("manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"),
                "title: Fonts\nlanguage: en\nidentifier: urn:uuid:11111111-2222-3333-4444-555555555559\n");
        Files.writeString(manuscript.resolve("01-a.md"), "# One\n\nWords in the book's own font.\n\n"
                + "<small>Fine print</small> here.\n", StandardCharsets.UTF_8);
        Path styles = Files.createDirectories(project.resolve("styles"));
        String house = dev.octavo.xhtml.Theme.defaults().stylesheet("print.css");
        Files.writeString(styles.resolve("print.css"), house + "\nsmall { font-family: \"Helvetica\"; }\n");
        Path dist = project.resolve("dist");
        ManuscriptException e = assertThrows(ManuscriptException.class, () -> Publisher.builder()
                .manuscript(manuscript).styles(styles).output(dist).timestamp(Instant.EPOCH).build().publish());
        assertEquals(List.of("manuscript: error: the print stylesheet sets text in a font family the book does not"
                        + " have, so it would not be printed: 'Fine', 'print' (name one of the book's font families,"
                        + " see the colophon)"),
                e.diagnostics().stream().map(d -> d.format(project)).toList());
        assertFalse(Files.exists(dist.resolve("fonts.pdf")), "nothing published");
    }
}
