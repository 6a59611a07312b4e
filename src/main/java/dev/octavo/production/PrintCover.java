package dev.octavo.production;

import dev.octavo.Diagnostic;
import dev.octavo.ManuscriptException;
import dev.octavo.SourcePosition;
import dev.octavo.epub.CoverTypefaces;
import dev.octavo.fonts.FontSet;
import dev.octavo.model.Book;
import dev.octavo.model.Metadata;
import dev.octavo.pdf.finish.PdfX4;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The print cover: back, spine and front on one page, with bleed on every side, drawn with PDFBox as a PDF/A-3u
 * file with the book's own fonts embedded as subsets and an sRGB output intent, like the interior.
 *
 * <ul>
 *   <li>The front is the book's {@code cover:} image, scaled to cover the front panel and its bleed (centred, what
 *       overflows cut off), or else the EPUB's typographic cover (title, subtitle, authors on a dark ground in a
 *       gold frame) drawn again as vectors at the panel's size.</li>
 *   <li>The spine carries the title and the authors when it is at least {@value #SPINE_TEXT_MM} mm wide, read from
 *       top to bottom (the Anglo-American way, Vietnamese's too) or from bottom to top in the languages of
 *       continental Europe that read spines so ({@link #readsUpward(Locale)}).</li>
 *   <li>The back carries the description, the publisher and, when the identifier is an ISBN, its EAN-13 bars as
 *       ZXing encodes them, drawn as rectangles, black on a white box, with the digits under them.</li>
 * </ul>
 */
public final class PrintCover {
    /** The least bleed of a cover: 0.125 in, what KDP and IngramSpark ask for. */
    public static final double LEAST_BLEED_MM = 3.175;
    /** Below this width the spine is left blank: text there would wrap round the book's edges. */
    public static final double SPINE_TEXT_MM = 6;
    static final float PT_PER_MM = 72f / 25.4f;
    /** Languages whose spines read from bottom to top: the continental European convention. */
    private static final Set<String> UPWARD = Set.of("fr", "de", "it", "es", "pt", "ca", "pl", "cs", "sk", "hu", "ro",
            "ru", "uk", "bg", "sv", "da", "nb", "no", "fi");

    /**
     * The sheet, in millimetres.
     *
     * @param trimWidthMm  one panel's trimmed width: the interior's
     * @param trimHeightMm the trimmed height
     * @param spineMm      the spine's width
     * @param bleedMm      the bleed on every side
     */
    public record Geometry(double trimWidthMm, double trimHeightMm, double spineMm, double bleedMm) {
        /** @return back, spine and front, and the bleed on both sides: the MediaBox's width */
        public double widthMm() {
            return 2 * trimWidthMm + spineMm + 2 * bleedMm;
        }

        /** @return the trim's height and the bleed above and below: the MediaBox's height */
        public double heightMm() {
            return trimHeightMm + 2 * bleedMm;
        }

        /**
         * The cover of this book at this page count.
         *
         * @param book  the book: its trim, its bleed and its paper
         * @param pages the interior's page count
         * @return the sheet
         */
        public static Geometry of(Book book, int pages) {
            var page = book.metadata().page();
            return new Geometry(page.widthMm(), page.heightMm(), book.print().spineWidthMm(pages),
                    Math.max(page.bleedMm(), LEAST_BLEED_MM));
        }
    }

    /**
     * What was drawn.
     *
     * @param geometry  the sheet
     * @param spineText whether the spine carries the title
     * @param barcode   the 13 digits the bars encode; empty when the identifier is no ISBN
     * @param warnings  what the book should know of its cover (a coarse cover image)
     */
    public record Summary(Geometry geometry, boolean spineText, Optional<String> barcode, List<Diagnostic> warnings) {
        public Summary {
            warnings = List.copyOf(warnings);
        }
    }

    private final FontSet fonts;

    /** @param fonts the book's fonts: the cover is set in the faces the EPUB's typographic cover uses */
    public PrintCover(FontSet fonts) {
        this.fonts = fonts;
    }

    /**
     * Draws the cover of {@code book} whose interior has {@code pages} pages.
     *
     * @param bookYaml  where book.yaml is, for messages
     * @param timestamp the build's, stamped into the file
     * @throws ManuscriptException when the cover image cannot be printed or a font lacks a character it prints
     */
    public Summary write(Book book, int pages, SourcePosition bookYaml, Instant timestamp, OutputStream out)
            throws IOException {
        Geometry geometry = Geometry.of(book, pages);
        Metadata metadata = book.metadata();
        List<Diagnostic> warnings = new ArrayList<>();
        try (PDDocument pdf = new PDDocument()) {
            pdf.setVersion(1.7f); // PDF/A-3 is ISO 32000-1: PDF 1.7
            CoverFaces faces = CoverFaces.load(pdf, CoverTypefaces.faces(fonts), bookYaml);
            float width = mm(geometry.widthMm());
            float height = mm(geometry.heightMm());
            PDPage page = new PDPage(new PDRectangle(width, height));
            float bleed = mm(geometry.bleedMm());
            page.setBleedBox(new PDRectangle(width, height));
            page.setTrimBox(new PDRectangle(bleed, bleed, width - 2 * bleed, height - 2 * bleed));
            page.setCropBox(new PDRectangle(width, height));
            pdf.addPage(page);
            Optional<String> barcode = Ean13.digits(metadata.identifier());
            boolean spineText;
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.setNonStrokingColor(CoverDesign.GROUND);
                content.addRect(0, 0, width, height);
                content.fill();
                CoverPanels panels = new CoverPanels(geometry);
                if (book.cover().isTypographic()) {
                    CoverFront.typographic(content, faces, metadata, panels);
                } else {
                    CoverFront.image(pdf, content, book.cover().image().orElseThrow(), panels, book.print(),
                            bookYaml, warnings);
                }
                spineText = geometry.spineMm() >= SPINE_TEXT_MM;
                if (spineText) {
                    CoverSpine.draw(content, faces, metadata, panels);
                }
                CoverBack.draw(content, faces, metadata, panels, barcode, bookYaml);
            }
            byte[] id = CoverFinishing.apply(pdf, metadata, timestamp, geometry, pages);
            if (book.print().pdfX()) {
                PdfX4.apply(pdf, metadata.identifier() + "\ncover", id);
            }
            pdf.save(out, CompressParameters.NO_COMPRESSION);
            return new Summary(geometry, spineText, barcode, warnings);
        }
    }

    /**
     * Whether the spine's text reads from bottom to top in this language: the continental European convention (French,
     * German, Italian, Spanish, the Scandinavian and Slavic languages); English, Vietnamese and every other language
     * read it from top to bottom, the Anglo-American way, which ISO 6357 recommends.
     *
     * @param language the book's language
     * @return true for bottom to top
     */
    public static boolean readsUpward(Locale language) {
        return UPWARD.contains(language.getLanguage());
    }

    /** Millimetres in points, the unit PDFBox draws in. */
    static float mm(double millimetres) {
        return (float) (millimetres * PT_PER_MM);
    }
}
