package dev.octavo.production;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import dev.octavo.Format;
import dev.octavo.Publication;
import dev.octavo.Publisher;
import dev.octavo.SourcePosition;
import dev.octavo.fonts.FontSet;
import dev.octavo.model.Book;
import dev.octavo.model.Metadata;
import dev.octavo.model.PrintEdition;
import dev.octavo.testing.Seed;
import dev.octavo.testing.Tool;
import dev.octavo.testing.VeraPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The print cover: its sheet's size from the trim, the pages and the paper; the title on it; the spine's text and
 * its direction; the ISBN's bars, read back by ZXing from a picture of the page; PDF/A-3u by veraPDF; the same
 * bytes on a rebuild.
 */
class PrintCoverTest {
    private static final Instant STAMP = Instant.parse("2026-03-01T00:00:00Z");
    private static final double PT_PER_MM = 72 / 25.4;
    private static final SourcePosition BOOK_YAML = new SourcePosition(Path.of("manuscript/book.yaml"), 1, 1);
    private static Book seed;

    @BeforeAll
    static void read() {
        seed = Publisher.builder().manuscript(Seed.manuscript()).build().read();
    }

    @Test
    void theSeedsCoverIsOnePageAsWideAsBackSpineAndFrontWithBleed(@TempDir Path dist) throws Exception {
        Publication made = Publisher.builder().manuscript(Seed.manuscript()).output(dist).timestamp(STAMP)
                .formats(EnumSet.of(Format.EPUB, Format.PDF, Format.COVER)).build().publish();
        Path cover = made.outputs().get(Format.COVER);
        assertEquals(made.pdf().orElseThrow().getFileName().toString().replace(".pdf", "-cover.pdf"),
                cover.getFileName().toString());
        int pages;
        try (PDDocument interior = Loader.loadPDF(made.pdf().orElseThrow().toFile())) {
            pages = interior.getNumberOfPages();
        }
        assertEquals(28, pages, "the seed's interior");
        try (PDDocument pdf = Loader.loadPDF(cover.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            PDPage page = pdf.getPage(0);
            double bleed = 3.175;
            double spine = pages * 0.0572;
            PDRectangle media = page.getMediaBox();
            assertEquals((2 * 148 + spine + 2 * bleed) * PT_PER_MM, media.getWidth(), 0.01);
            assertEquals((210 + 2 * bleed) * PT_PER_MM, media.getHeight(), 0.01);
            PDRectangle trim = page.getTrimBox();
            assertEquals(bleed * PT_PER_MM, trim.getLowerLeftX(), 0.01);
            assertEquals(bleed * PT_PER_MM, trim.getLowerLeftY(), 0.01);
            assertEquals((2 * 148 + spine) * PT_PER_MM, trim.getWidth(), 0.01);
            assertEquals(210 * PT_PER_MM, trim.getHeight(), 0.01);
            assertEquals(media.getWidth(), page.getBleedBox().getWidth(), 0.001);
        }
        String text = Normalizer.normalize(Tool.run("pdftotext", cover.toString(), "-").output(), Normalizer.Form.NFC)
                .replaceAll("\\s+", " ");
        assertTrue(text.contains(seed.metadata().title()), text);
        assertTrue(text.contains("Derek Gunby"), text);
        Tool.Result fonts = Tool.run("pdffonts", cover.toString());
        List<String> rows = fonts.output().lines().skip(2).toList();
        assertFalse(rows.isEmpty(), fonts.output());
        rows.forEach(row -> assertTrue(row.matches(".*\\byes\\s+yes\\s+yes\\s+\\d+\\s+\\d+\\s*$"), "embedded subset: " + row));
        assertEquals(List.of(), VeraPdf.failures(cover, PDFAFlavour.PDFA_3_U));

        Publication again = Publisher.builder().manuscript(Seed.manuscript()).output(dist.resolve("again"))
                .timestamp(STAMP).formats(EnumSet.of(Format.COVER)).build().publish();
        assertArrayEquals(Files.readAllBytes(cover), Files.readAllBytes(again.outputs().get(Format.COVER)),
                "the same bytes, made alone with a layout of its own");
    }

    @Test
    void theCoverIsMadeOnlyWhenAskedFor(@TempDir Path dist) {
        Map<Format, Path> planned = Publisher.builder().manuscript(Seed.manuscript()).output(dist).build()
                .plannedOutputs();
        assertEquals(EnumSet.of(Format.EPUB, Format.PDF), planned.keySet());
        Map<Format, Path> asked = Publisher.builder().manuscript(Seed.manuscript()).output(dist)
                .formats(EnumSet.of(Format.PDF, Format.COVER)).build().plannedOutputs();
        assertTrue(asked.get(Format.COVER).getFileName().toString().endsWith("-cover.pdf"));
    }

    @Test
    void aSixHundredPageBooksSpineCarriesTitleAndAuthorTopToBottom() throws Exception {
        byte[] pdf = cover(seed, 600);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle media = document.getPage(0).getMediaBox();
            double spine = 600 * PrintEdition.WHITE_MM;
            assertEquals(34.32, spine, 0.001);
            assertEquals((2 * 148 + spine + 2 * 3.175) * PT_PER_MM, media.getWidth(), 0.01);
            List<TextPosition> onSpine = onSpine(document, 148, spine);
            String text = Normalizer.normalize(String.join("", onSpine.stream().map(TextPosition::getUnicode).toList()),
                    Normalizer.Form.NFC);
            assertTrue(text.contains("Cách mạng Nga"), text);
            assertTrue(text.contains("Derek Gunby"), text);
            // Read from the top down: each glyph's origin below the one before it, on one vertical line.
            assertTrue(descending(onSpine), "top to bottom in Vietnamese");
        }
        Book french = withMetadata(seed, Locale.FRENCH, seed.metadata().identifier());
        try (PDDocument document = Loader.loadPDF(cover(french, 600))) {
            List<TextPosition> onSpine = onSpine(document, 148, 600 * PrintEdition.WHITE_MM);
            assertFalse(onSpine.isEmpty());
            assertFalse(descending(onSpine), "bottom to top in French");
        }
        try (PDDocument thin = Loader.loadPDF(cover(seed, 100))) {
            assertTrue(onSpine(thin, 148, 100 * PrintEdition.WHITE_MM).isEmpty(), "a 5.7 mm spine stays blank");
        }
    }

    @Test
    void anIsbnBookCarriesItsBarcodeWhichZxingReadsBack() throws Exception {
        for (String isbn : List.of("urn:isbn:9780306406157", "urn:isbn:0306406152")) {
            Book book = withMetadata(seed, seed.metadata().language(), isbn);
            PrintCover.Summary[] summary = new PrintCover.Summary[1];
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            summary[0] = new PrintCover(FontSet.defaults()).write(book, 200, BOOK_YAML, STAMP, out);
            assertEquals(Optional.of("9780306406157"), summary[0].barcode());
            try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
                BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.GRAY);
                // The back panel's lower half, where the bars stand.
                BufferedImage back = page.getSubimage(0, page.getHeight() / 2, page.getWidth() / 2, page.getHeight() / 2);
                Result read = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                                new BufferedImageLuminanceSource(back))),
                        Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.EAN_13),
                                DecodeHintType.TRY_HARDER, Boolean.TRUE));
                assertEquals(BarcodeFormat.EAN_13, read.getBarcodeFormat());
                assertEquals("9780306406157", read.getText(), isbn);
            }
        }
        assertEquals(Optional.empty(), new PrintCover(FontSet.defaults())
                .write(seed, 200, BOOK_YAML, STAMP, new ByteArrayOutputStream()).barcode(), "a UUID has no bars");
    }

    @Test
    void aCoverImageFillsTheFrontAndItsBleedAndACoarseOneIsTold(@TempDir Path project) throws Exception {
        Path manuscript = Files.createDirectories(project.resolve("manuscript/images"));
        BufferedImage art = new BufferedImage(400, 600, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = art.createGraphics();
        g.setColor(new java.awt.Color(0xAA3311));
        g.fillRect(0, 0, 400, 600);
        g.dispose();
        javax.imageio.ImageIO.write(art, "png", manuscript.resolve("cover.png").toFile());
        Files.writeString(project.resolve("manuscript/book.yaml"), "title: A Cover\nlanguage: en\n"
                + "identifier: urn:uuid:6b1f3c2a-9d4e-4f5a-8b7c-2e1d0a9f8c7b\ncover: images/cover.png\n");
        Files.writeString(project.resolve("manuscript/01-a.md"), "# One\n\nA paragraph.\n");
        Publication made = Publisher.builder().manuscript(project.resolve("manuscript")).output(project.resolve("dist"))
                .timestamp(STAMP).formats(EnumSet.of(Format.COVER)).build().publish();
        Path cover = made.outputs().get(Format.COVER);
        assertEquals(List.of(), VeraPdf.failures(cover, PDFAFlavour.PDFA_3_U));
        assertTrue(made.warnings().stream().anyMatch(w -> w.format(project).startsWith(
                "manuscript/book.yaml:4:8: warning: the cover image prints at 67 ppi on the print cover; print needs 300")),
                made.warnings().toString());
        try (PDDocument pdf = Loader.loadPDF(cover.toFile())) {
            // The picture's colour at the front's outer edge, in the bleed, and none on the back.
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 72, ImageType.RGB);
            assertEquals(0xAA3311, page.getRGB(page.getWidth() - 2, page.getHeight() / 2) & 0xFFFFFF);
            assertEquals(0x1F2B38, page.getRGB(2, page.getHeight() / 2) & 0xFFFFFF);
        }
    }

    private static byte[] cover(Book book, int pages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PrintCover(FontSet.defaults()).write(book, pages, BOOK_YAML, STAMP, out);
        return out.toByteArray();
    }

    /** The glyphs whose origin lies on the spine, between the back and the front. */
    private static List<TextPosition> onSpine(PDDocument document, double trimWidthMm, double spineMm)
            throws IOException {
        double from = (3.175 + trimWidthMm) * PT_PER_MM;
        double to = from + spineMm * PT_PER_MM;
        List<TextPosition> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                float x = text.getTextMatrix().getTranslateX();
                if (x > from && x < to) {
                    found.add(text);
                }
            }
        };
        stripper.getText(document);
        return found;
    }

    private static boolean descending(List<TextPosition> glyphs) {
        for (int i = 1; i < glyphs.size(); i++) {
            if (glyphs.get(i).getTextMatrix().getTranslateY() >= glyphs.get(i - 1).getTextMatrix().getTranslateY()) {
                return false;
            }
        }
        return true;
    }

    private static Book withMetadata(Book book, Locale language, String identifier) {
        Metadata m = book.metadata();
        Metadata changed = new Metadata(m.title(), m.subtitle(), language, m.creators(), m.contributors(), identifier,
                m.publisher(), m.date(), m.rights(), m.description(), m.subjects(), m.page(), m.series(), m.tocDepth());
        return new Book(changed, book.labels(), book.chapters(), book.glossary(), book.assets(), book.cover(),
                book.print());
    }
}
