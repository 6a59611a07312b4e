package dev.octavo.production;

import dev.octavo.Diagnostic;
import dev.octavo.Format;
import dev.octavo.ManuscriptException;
import dev.octavo.Publication;
import dev.octavo.Publisher;
import dev.octavo.SourcePosition;
import dev.octavo.model.Book;
import dev.octavo.model.Metadata;
import dev.octavo.model.PageLayout;
import dev.octavo.model.PrintEdition;
import dev.octavo.testing.Seed;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code print: kdp} and {@code print: ingramspark}: each of the distributor's rules caught, at the key it follows
 * from, and a book that keeps them passing; {@code paper:} and {@code print:} checked where they are written.
 */
class DistributorRulesTest {
    private static final SourcePosition PRINT = new SourcePosition(Path.of("manuscript/book.yaml"), 12, 8);
    private static final SourcePosition TRIM = new SourcePosition(Path.of("manuscript/book.yaml"), 10, 7);
    private static final SourcePosition FILE = new SourcePosition(Path.of("manuscript/book.yaml"), 1, 1);
    private static Book seed;

    @BeforeAll
    static void read() {
        seed = Publisher.builder().manuscript(Seed.manuscript()).build().read();
    }

    private static Book book(PageLayout page, String distributor) {
        Metadata m = seed.metadata();
        Metadata changed = new Metadata(m.title(), m.subtitle(), m.language(), m.creators(), m.contributors(),
                m.identifier(), m.publisher(), m.date(), m.rights(), m.description(), m.subjects(), page, m.series(),
                m.tocDepth());
        return new Book(changed, seed.labels(), seed.chapters(), seed.glossary(), seed.assets(), seed.cover(),
                new PrintEdition("white", PrintEdition.WHITE_MM, Optional.of(distributor),
                        Map.of("print", PRINT, "trim", TRIM)));
    }

    private static List<String> messages(List<Diagnostic> problems) {
        return problems.stream().map(d -> d.format(Path.of(""))).toList();
    }

    @Test
    void kdpCatchesAGutterTooSmallForTheBooksPages() {
        PageLayout fiveByEight = new PageLayout("5in x 8in", 127, 203.2, 0);
        List<Diagnostic> problems = DistributorRules.check(book(fiveByEight, "kdp"), 600, FILE);
        assertEquals(List.of("manuscript/book.yaml:10:7: error: KDP: the inside margin is 16.3 mm; a 600-page book"
                + " needs at least 19.05 mm (0.75 in)"), messages(problems));
        // The same trim holds 500 pages: 15.875 mm is enough there.
        assertEquals(List.of(), DistributorRules.check(book(fiveByEight, "kdp"), 500, FILE));
    }

    @Test
    void aBookThatKeepsKdpsRulesPasses() {
        PageLayout sixByNine = new PageLayout("6in x 9in", 152.4, 228.6, 0);
        assertEquals(List.of(), DistributorRules.check(book(sixByNine, "kdp"), 600, FILE));
        assertEquals(List.of(), DistributorRules.check(book(sixByNine, "ingramspark"), 600, FILE));
    }

    @Test
    void eachRuleIsNamed() {
        PageLayout sixByNine = new PageLayout("6in x 9in", 152.4, 228.6, 0);
        assertEquals(List.of("manuscript/book.yaml:12:8: error: KDP: the book has 20 pages; KDP prints at least 24"),
                messages(DistributorRules.check(book(sixByNine, "kdp"), 20, FILE)));
        assertTrue(messages(DistributorRules.check(book(sixByNine, "kdp"), 900, FILE)).contains(
                "manuscript/book.yaml:12:8: error: KDP: the book has 900 pages; KDP prints at most 828"));
        assertEquals(List.of("manuscript/book.yaml:12:8: error: KDP: the bleed is 3 mm; KDP's is 3.175 mm"
                + " (0.125 in)"), messages(DistributorRules.check(book(sixByNine.withBleed(3), "kdp"), 200, FILE)));
        assertEquals(List.of(), DistributorRules.check(book(sixByNine.withBleed(3.175), "kdp"), 200, FILE));
        // A5 is no KDP standard trim but lies in its custom range: a warning; 3 in wide lies outside: an error.
        List<Diagnostic> a5 = DistributorRules.check(book(PageLayout.A5, "kdp"), 200, FILE);
        assertEquals(1, a5.size());
        assertFalse(a5.get(0).isError());
        assertTrue(a5.get(0).message().startsWith("KDP: the trim A5 (148.0 x 210.0 mm, 5.827 x 8.268 in) is a custom"
                + " trim"), a5.get(0).message());
        List<String> tiny = messages(DistributorRules.check(book(new PageLayout("70mm x 110mm", 70, 110, 0), "kdp"),
                40, FILE));
        assertTrue(tiny.contains("manuscript/book.yaml:10:7: error: KDP: the trim 70mm x 110mm (70.0 x 110.0 mm,"
                + " 2.756 x 4.331 in) is outside the trims KDP prints (4 to 8.5 in wide, 6 to 11.69 in high)"), tiny.toString());
        assertTrue(tiny.contains("manuscript/book.yaml:10:7: error: KDP: the inside margin is 9.0 mm; a 40-page book"
                + " needs at least 9.525 mm (0.375 in)"), tiny.toString());
        // IngramSpark: half an inch on every side.
        assertEquals(List.of("manuscript/book.yaml:10:7: error: IngramSpark: the outside, top and bottom margins are"
                + " at least 12.0 mm; IngramSpark needs 12.7 mm (0.5 in)"),
                messages(DistributorRules.check(book(new PageLayout("5in x 8in", 127, 203.2, 0), "ingramspark"), 100,
                        FILE)));
    }

    @Test
    void theBuildFailsOnTheGutterWithNothingWrittenAndAGoodBookIsMade(@TempDir Path project) throws IOException {
        Path manuscript = manuscript(project, "trim: 70mm x 110mm");
        Path dist = project.resolve("dist");
        ManuscriptException failed = assertThrows(ManuscriptException.class, () -> Publisher.builder()
                .manuscript(manuscript).output(dist).timestamp(Instant.EPOCH)
                .formats(EnumSet.of(Format.PDF, Format.COVER)).build().publish());
        List<String> shown = failed.diagnostics().stream().map(d -> d.format(project)).toList();
        assertTrue(shown.stream().anyMatch(m -> m.matches("manuscript/book\\.yaml:4:7: error: KDP: the inside margin is"
                + " 9\\.0 mm; a \\d+-page book needs at least 9\\.525 mm \\(0\\.375 in\\)")), shown.toString());
        assertFalse(Files.exists(dist) && Files.list(dist).findAny().isPresent(), "nothing written");

        Path good = manuscript(project.resolve("good"), "trim: 6in x 9in");
        Publication made = Publisher.builder().manuscript(good).output(project.resolve("good/dist"))
                .timestamp(Instant.EPOCH).formats(EnumSet.of(Format.PDF)).build().publish();
        try (PDDocument pdf = Loader.loadPDF(made.pdf().orElseThrow().toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 24, "enough pages for KDP: " + pdf.getNumberOfPages());
        }
        assertTrue(made.warnings().isEmpty(), made.warnings().toString());
    }

    @Test
    void theMarginsCheckedAreThoseTheStylesheetsLaidThePagesOutWith(@TempDir Path project) throws IOException {
        // The house's print.css with the gutter set by the project: 8 mm at 6 by 9 in, under KDP's 9.525 mm.
        String house = Files.readString(Path.of("styles/print.css"));
        Path narrow = manuscript(project.resolve("narrow"), "trim: 6in x 9in");
        Path narrowStyles = Files.createDirectories(project.resolve("narrow/styles"));
        Files.writeString(narrowStyles.resolve("print.css"), house
                + "\n@page :left { margin-right: 8mm; }\n@page :right { margin-left: 8mm; }\n");
        ManuscriptException failed = assertThrows(ManuscriptException.class, () -> Publisher.builder()
                .manuscript(narrow).styles(narrowStyles).output(project.resolve("narrow/dist"))
                .timestamp(Instant.EPOCH).formats(EnumSet.of(Format.PDF)).build().publish());
        List<String> shown = failed.diagnostics().stream().map(d -> d.format(project)).toList();
        assertTrue(shown.stream().anyMatch(m -> m.matches("narrow/manuscript/book\\.yaml:4:7: error: KDP: the inside"
                + " margin is 8\\.0 mm; a \\d+-page book needs at least 9\\.525 mm \\(0\\.375 in\\)")), shown.toString());

        // 70 by 110 mm: the house's gutter (9.0 mm) is too narrow; widened to 12 mm by the project, it is not.
        Path wide = manuscript(project.resolve("wide"), "trim: 70mm x 110mm");
        Path wideStyles = Files.createDirectories(project.resolve("wide/styles"));
        Files.writeString(wideStyles.resolve("print.css"), house
                + "\n@page :left { margin-right: 12mm; }\n@page :right { margin-left: 12mm; }\n");
        ManuscriptException trimOnly = assertThrows(ManuscriptException.class, () -> Publisher.builder()
                .manuscript(wide).styles(wideStyles).output(project.resolve("wide/dist"))
                .timestamp(Instant.EPOCH).formats(EnumSet.of(Format.PDF)).build().publish());
        List<String> left = trimOnly.diagnostics().stream().map(d -> d.format(project)).toList();
        assertTrue(left.stream().anyMatch(m -> m.contains("KDP: the trim 70mm x 110mm")), left.toString());
        assertFalse(left.stream().anyMatch(m -> m.contains("inside margin")), left.toString());
    }

    @Test
    void aDistributorsInteriorBleedsAtTheHeadFootAndForeEdgeOnly(@TempDir Path project) throws IOException {
        float point = 72f / 25.4f;
        float bleed = 3.175f * point;
        float width = 6 * 72f;
        for (boolean kdp : List.of(true, false)) {
            Path manuscript = manuscript(project.resolve(kdp ? "kdp" : "printer"),
                    "trim: 6in x 9in\nbleed: 0.125in" + (kdp ? "" : "\nprint-resolution: 300"));
            if (!kdp) {
                // The same book for a printer who imposes the pages: no distributor named, bleed on every side.
                Files.writeString(manuscript.resolve("book.yaml"), Files.readString(manuscript.resolve("book.yaml"))
                        .replace("print: kdp\n", ""));
            }
            Publication made = Publisher.builder().manuscript(manuscript).output(manuscript.resolveSibling("dist"))
                    .timestamp(Instant.EPOCH).formats(EnumSet.of(Format.PDF)).build().publish();
            try (PDDocument pdf = Loader.loadPDF(made.pdf().orElseThrow().toFile())) {
                assertTrue(pdf.getNumberOfPages() >= 24);
                for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                    var page = pdf.getPage(i);
                    var media = page.getMediaBox();
                    var trim = page.getTrimBox();
                    String where = (kdp ? "KDP" : "printer") + ", page " + (i + 1);
                    assertEquals(width + (kdp ? 1 : 2) * bleed, media.getWidth(), 0.05, where);
                    assertEquals(9 * 72f + 2 * bleed, media.getHeight(), 0.05, where);
                    assertEquals(width, trim.getWidth(), 0.05, where);
                    assertEquals(bleed, trim.getLowerLeftY(), 0.05, where);
                    // A right-hand page binds at its left edge, a left-hand one at its right.
                    float binding = kdp ? 0 : bleed;
                    assertEquals(i % 2 == 0 ? binding : bleed, trim.getLowerLeftX(), 0.05, where);
                    assertEquals(media.getWidth() - (i % 2 == 0 ? bleed : binding), trim.getUpperRightX(), 0.05,
                            where);
                }
            }
        }
    }

    @Test
    void anImageBelowTheDistributorsResolutionIsToldWithItsRule(@TempDir Path project) throws IOException {
        Path good = manuscript(project, "trim: 6in x 9in\nprint-resolution: 0");
        Files.createDirectories(good.resolve("images"));
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(200, 100, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", good.resolve("images/chart.png").toFile());
        Files.writeString(good.resolve("01-part.md"), "# Part 1\n\n![A chart](images/chart.png)\n");
        Publication made = Publisher.builder().manuscript(good).output(project.resolve("dist"))
                .timestamp(Instant.EPOCH).formats(EnumSet.of(Format.PDF)).build().publish();
        // print-resolution: 0 turns the book's own check off; KDP's 300 ppi still holds.
        assertEquals(List.of("manuscript/01-part.md:3:1: warning: KDP: images/chart.png prints at 96 ppi; print needs"
                + " 300 (200 x 100 pixels over 53 x 26 mm)"), made.warnings().stream().map(d -> d.format(project)).toList());
    }

    @Test
    void paperAndPrintAreCheckedWhereWritten(@TempDir Path project) throws IOException {
        Path manuscript = manuscript(project, "trim: 6in x 9in\npaper: thick\nprint: lulu");
        ManuscriptException failed = assertThrows(ManuscriptException.class,
                () -> Publisher.builder().manuscript(manuscript).build().read());
        assertEquals(List.of("manuscript/book.yaml:5:8: error: paper 'thick' is not a paper (white, cream, or the"
                        + " thickness of a page between 0.02mm and 0.5mm, e.g. 0.06mm)",
                "manuscript/book.yaml:6:8: error: print 'lulu' is not a distributor whose rules Octavo knows (kdp,"
                        + " ingramspark)"),
                failed.diagnostics().stream().map(d -> d.format(project)).toList());
        Path cream = manuscript(project.resolve("cream"), "paper: 0.08mm");
        assertEquals(0.08, Publisher.builder().manuscript(cream).build().read().print().pageThicknessMm(), 1e-9);
    }

    /** A book of thirteen short chapters (about thirty pages at 6 by 9 in) for KDP, with these book.yaml lines. */
    private static Path manuscript(Path project, String lines) throws IOException {
        Path manuscript = Files.createDirectories(project.resolve("manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"), "title: A Test of Rules\nlanguage: en\n"
                + "identifier: urn:uuid:6b1f3c2a-9d4e-4f5a-8b7c-2e1d0a9f8c7b\n" + lines + "\nprint: kdp\n");
        if (lines.contains("print:")) {
            Files.writeString(manuscript.resolve("book.yaml"), "title: A Test of Rules\nlanguage: en\n"
                    + "identifier: urn:uuid:6b1f3c2a-9d4e-4f5a-8b7c-2e1d0a9f8c7b\n" + lines + "\n");
        }
        for (int i = 1; i <= 13; i++) {
            Files.writeString(manuscript.resolve(String.format("%02d-part.md", i)), "# Part " + i + "\n\n"
                    + "The paragraph of part " + i + " is short, and the chapter opens on a right-hand page.\n");
        }
        return manuscript;
    }
}
