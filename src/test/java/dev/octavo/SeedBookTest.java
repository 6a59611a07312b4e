package dev.octavo;

import dev.octavo.testing.EpubCheckRunner;
import dev.octavo.testing.EpubText;
import dev.octavo.testing.PdfText;
import dev.octavo.testing.Seed;
import dev.octavo.testing.SeedBook;
import dev.octavo.testing.Tool;
import nl.siegmann.epublib.domain.Book;
import nl.siegmann.epublib.epub.EpubReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed book, published once through the public API and checked with independent tools. */
class SeedBookTest {
    static Publication publication;
    static Path out;

    @BeforeAll
    static void publish() {
        publication = SeedBook.publication();
        out = publication.epub().orElseThrow().getParent();
    }

    @Test
    void writesExactlyOneEpubAndOnePdf() throws Exception {
        try (var files = Files.list(out)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of(dev.octavo.internal.BuildRecord.FILE_NAME, "nam-1918-nam-dau-tien-cua-cach-mang-nga.epub",
                    "nam-1918-nam-dau-tien-cua-cach-mang-nga.pdf"), names);
        }
        assertTrue(publication.pageCount() > 10, "pages: " + publication.pageCount());
    }

    @Test
    void epubCheckFindsNoFatalErrorOrWarning() {
        List<String> problems = EpubCheckRunner.problems(publication.epub().orElseThrow());
        assertEquals(List.of(), problems);
    }

    @Test
    void everySeedParagraphAndHeadingIsInTheEpubText() throws Exception {
        Path epub = publication.epub().orElseThrow();
        Set<String> paragraphs = new HashSet<>(EpubText.texts(epub, "p"));
        Set<String> headings = new HashSet<>(EpubText.texts(epub, "h1", "h2", "h3"));
        List<String> missing = new ArrayList<>();
        for (String paragraph : Seed.paragraphs()) {
            if (!paragraphs.contains(nfc(Seed.asSet(paragraph)))) {
                missing.add(paragraph);
            }
        }
        for (String heading : Seed.headings()) {
            if (!headings.contains(nfc(Seed.asSet(heading)))) {
                missing.add(heading);
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(35, Seed.paragraphs().size() + Seed.headings().size(), "the seed has 35 lines");
    }

    @Test
    void everySeedParagraphIsInThePdfTextWithItsDiacritics() throws Exception {
        String body = PdfText.squeeze(Normalizer.normalize(
                PdfText.bodyText(publication.pdf().orElseThrow(), 10f), Normalizer.Form.NFC));
        List<String> missing = new ArrayList<>();
        for (String line : Seed.correctedLines()) {
            if (!body.contains(PdfText.squeeze(nfc(Seed.asSet(line))))) {
                missing.add(line);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void pdfTextIsNfcAndHasTheFootnotes() throws Exception {
        String all = PdfText.all(publication.pdf().orElseThrow());
        assertTrue(Normalizer.isNormalized(all, Normalizer.Form.NFC), "PDF text is not NFC");
        // A note the manuscript defines for Kerensky must be printed (at the foot of a page).
        assertTrue(PdfText.squeeze(all).contains(PdfText.squeeze("Alexander Kerensky (1881–1970)")), "Kerensky note");
    }

    @Test
    void pdfBoxSeesOnlyEmbeddedSubsetFonts() throws Exception {
        try (PDDocument doc = Loader.loadPDF(publication.pdf().orElseThrow().toFile())) {
            List<String> bad = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!font.isEmbedded() || !font.getName().matches("[A-Z]{6}\\+.+")) {
                        bad.add(font.getName());
                    }
                }
            }
            assertEquals(List.of(), bad);
        }
    }

    @Test
    void pdffontsListsOnlyEmbeddedSubsetFonts() throws Exception {
        Tool.Result pdffonts = Tool.run("pdffonts", publication.pdf().orElseThrow().toString());
        assertEquals(0, pdffonts.exitCode(), pdffonts.output());
        List<String> rows = pdffonts.output().lines().skip(2).toList();
        assertTrue(rows.size() >= 3, "expected body, italic and heading fonts:\n" + pdffonts.output());
        for (String row : rows) {
            String[] cols = row.trim().split("\\s+");
            // name type encoding emb sub uni object ID: emb and sub are the 5th and 4th columns from the end.
            assertEquals("yes", cols[cols.length - 5], row);
            assertEquals("yes", cols[cols.length - 4], row);
        }
    }

    @Test
    void qpdfFindsNoStructuralProblem() throws Exception {
        Tool.Result qpdf = Tool.run("qpdf", "--check", publication.pdf().orElseThrow().toString());
        assertEquals(0, qpdf.exitCode(), qpdf.output());
        assertTrue(qpdf.output().contains("No syntax or stream encoding errors found"), qpdf.output());
    }

    @Test
    void outputsAreReadableByEveryone() throws Exception {
        var permissions = Files.getPosixFilePermissions(publication.pdf().orElseThrow());
        assertTrue(permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ), permissions.toString());
    }

    @Test
    void pdfHasABookmarkForEveryChapterAndSection() throws Exception {
        try (PDDocument doc = Loader.loadPDF(publication.pdf().orElseThrow().toFile())) {
            List<String> titles = new ArrayList<>();
            collect(doc.getDocumentCatalog().getDocumentOutline().children(), titles);
            for (String heading : Seed.headings()) {
                assertTrue(titles.contains(heading), "no bookmark for " + heading + " in " + titles);
            }
        }
    }

    private static void collect(Iterable<PDOutlineItem> items, List<String> titles) {
        for (PDOutlineItem item : items) {
            titles.add(item.getTitle());
            collect(item.children(), titles);
        }
    }

    @Test
    void epublibReadsTheEpubBack() throws Exception {
        try (InputStream in = Files.newInputStream(publication.epub().orElseThrow())) {
            Book book = new EpubReader().readEpub(in);
            assertEquals("Năm 1918: năm đầu tiên của Cách mạng Nga", book.getTitle());
            List<String> spine = book.getSpine().getSpineReferences().stream()
                    .map(ref -> ref.getResource().getHref()).toList();
            assertEquals(List.of("cover.xhtml", "titlepage.xhtml", "nav.xhtml", "ch01.xhtml", "ch02.xhtml", "ch03.xhtml", "ch04.xhtml",
                    "glossary.xhtml"), spine);
            assertEquals(4, book.getResources().getAll().stream().filter(r -> r.getHref().endsWith(".ttf")).count(),
                    "the faces the seed's text is set in");
            // epublib finds the cover through the EPUB 2 cover meta, as older reading systems do.
            assertEquals("images/cover.png", book.getCoverImage().getHref());
            assertEquals("Derek Gunby", book.getMetadata().getAuthors().get(0).getFirstname()
                    + (book.getMetadata().getAuthors().get(0).getLastname().isEmpty() ? "" : " "
                    + book.getMetadata().getAuthors().get(0).getLastname()));
        }
    }

    @Test
    void epubStartsWithAStoredMimetype() throws Exception {
        byte[] bytes = Files.readAllBytes(publication.epub().orElseThrow());
        String head = new String(bytes, 0, 58, StandardCharsets.US_ASCII);
        assertEquals("PK", head.substring(0, 2));
        assertEquals("mimetypeapplication/epub+zip", head.substring(30, 58));
    }

    @Test
    void rebuildingWithTheSameTimestampGivesTheSameBytes(@TempDir Path again) throws Exception {
        Publication second = SeedBook.publishTo(again);
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(publication.epub().orElseThrow()),
                Files.readAllBytes(second.epub().orElseThrow())), "EPUB differs");
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(publication.pdf().orElseThrow()),
                Files.readAllBytes(second.pdf().orElseThrow())), "PDF differs");
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
