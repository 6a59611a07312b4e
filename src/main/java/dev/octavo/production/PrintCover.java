package dev.octavo.production;

import dev.octavo.Diagnostic;
import dev.octavo.ManuscriptException;
import dev.octavo.SourcePosition;
import dev.octavo.epub.BalancedLines;
import dev.octavo.epub.CoverTypefaces;
import dev.octavo.fonts.FontFace;
import dev.octavo.fonts.FontSet;
import dev.octavo.model.Asset;
import dev.octavo.model.Book;
import dev.octavo.model.Metadata;
import dev.octavo.model.PrintEdition;
import dev.octavo.pdf.finish.PdfX4;
import dev.octavo.pdf.finish.PrintFinishing;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

import javax.imageio.ImageIO;
import javax.xml.transform.TransformerException;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;

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
    private static final float PT_PER_MM = 72f / 25.4f;
    /** Text stays this far inside the trim on the back and the spine's ends: KDP's safe area and more. */
    private static final double SAFE_MM = 12.7;
    // The typographic cover's colours and proportions (epub.TypographicCover, 1600 units wide).
    private static final Color GROUND = new Color(0x1F2B38);
    private static final Color INK = new Color(0xF5EFE3);
    private static final Color ACCENT = new Color(0xC9A45C);
    private static final float DESIGN_WIDTH = 1600;
    /** Languages whose spines read from bottom to top: the continental European convention. */
    private static final Set<String> UPWARD = Set.of("fr", "de", "it", "es", "pt", "ca", "pl", "cs", "sk", "hu", "ro",
            "ru", "uk", "bg", "sv", "da", "nb", "no", "fi");
    /** The sRGB profile the interior's output intent carries too. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

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
        List<FontFace> faces = CoverTypefaces.faces(fonts);
        try (PDDocument pdf = new PDDocument()) {
            pdf.setVersion(1.7f); // PDF/A-3 is ISO 32000-1: PDF 1.7
            Faces loaded = new Faces(load(pdf, faces.get(0)), load(pdf, faces.get(1)), load(pdf, faces.get(2)),
                    faces, bookYaml);
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
                content.setNonStrokingColor(GROUND);
                content.addRect(0, 0, width, height);
                content.fill();
                Panels panels = new Panels(geometry);
                if (book.cover().isTypographic()) {
                    typographicFront(content, loaded, metadata, panels);
                } else {
                    imageFront(pdf, content, book.cover().image().orElseThrow(), panels, book.print(), bookYaml,
                            warnings);
                }
                spineText = geometry.spineMm() >= SPINE_TEXT_MM;
                if (spineText) {
                    spine(content, loaded, metadata, panels);
                }
                back(pdf, content, loaded, metadata, panels, barcode, bookYaml);
            }
            byte[] id = finish(pdf, metadata, timestamp, geometry, pages);
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

    /** The panels' edges, in points from the sheet's lower left corner. */
    private record Panels(float bleed, float trimWidth, float trimHeight, float spine) {
        Panels(Geometry g) {
            this(mm(g.bleedMm()), mm(g.trimWidthMm()), mm(g.trimHeightMm()), mm(g.spineMm()));
        }

        float backLeft() {
            return bleed;
        }

        float spineLeft() {
            return bleed + trimWidth;
        }

        float frontLeft() {
            return bleed + trimWidth + spine;
        }

        float bottom() {
            return bleed;
        }

        float top() {
            return bleed + trimHeight;
        }
    }

    /** The three faces, loaded into the document, with the fonts' own faces to check coverage against. */
    private record Faces(PDFont title, PDFont subtitle, PDFont text, List<FontFace> faces, SourcePosition bookYaml) {
        /** The text, when the face has every character of it; else the book cannot print its cover. */
        String checked(String value, int face, String what) {
            FontFace font = faces.get(face);
            value.codePoints().filter(cp -> !Character.isWhitespace(cp) && !font.covers(cp)).findFirst().ifPresent(cp -> {
                throw new ManuscriptException(List.of(Diagnostic.error(bookYaml, String.format(Locale.ROOT,
                        "the print cover sets the %s in %s, which has no '%s' (U+%04X)", what, font.family(),
                        new String(Character.toChars(cp)), cp))));
            });
            return value;
        }
    }

    private static PDFont load(PDDocument pdf, FontFace face) throws IOException {
        // The copy without GSUB, as the interior's: PDFBox would otherwise substitute ligatures on its own.
        return PDType0Font.load(pdf, new ByteArrayInputStream(face.pdfData()), true);
    }

    // ---- the front

    /** A part of the typographic cover: its text, face, largest and smallest size (design units) and most lines. */
    private record Part(String text, PDFont font, float largest, float smallest, int maxLines) {
    }

    /** A part set in lines. */
    private record Setting(List<String> lines, PDFont font, float size, float lineHeight, float ascent) {
        float height() {
            return lines.isEmpty() ? 0 : ascent + lineHeight * (lines.size() - 1);
        }
    }

    private void typographicFront(PDPageContentStream content, Faces faces, Metadata metadata, Panels p)
            throws IOException {
        float unit = p.trimWidth() / DESIGN_WIDTH;
        float left = p.frontLeft();
        float top = p.top();
        float centre = left + p.trimWidth() / 2;
        content.setStrokingColor(ACCENT);
        content.setLineWidth(4 * unit);
        content.addRect(left + 70 * unit, p.bottom() + 70 * unit, p.trimWidth() - 140 * unit, p.trimHeight() - 140 * unit);
        content.stroke();
        float measure = p.trimWidth() - 2 * 190 * unit;
        Locale language = metadata.language();
        Setting title = set(new Part(faces.checked(metadata.title(), 0, "title"), faces.title(), 150 * unit,
                64 * unit, 5), measure, language);
        Setting subtitle = set(new Part(faces.checked(metadata.subtitle(), 1, "subtitle"), faces.subtitle(),
                70 * unit, 40 * unit, 4), measure, language);
        Setting author = set(new Part(faces.checked(metadata.creatorNames(), 2, "authors"), faces.text(), 76 * unit,
                44 * unit, 3), measure, language);
        float ruleSpace = 200 * unit;
        float block = title.height() + ruleSpace + subtitle.height();
        float y = Math.max(270 * unit, p.trimHeight() * 0.38f - block / 2);
        content.setNonStrokingColor(INK);
        draw(content, title, centre, top - y);
        y += title.height() + ruleSpace / 2;
        content.setStrokingColor(ACCENT);
        content.moveTo(centre - 130 * unit, top - y);
        content.lineTo(centre + 130 * unit, top - y);
        content.stroke();
        y += ruleSpace / 2;
        content.setNonStrokingColor(INK);
        draw(content, subtitle, centre, top - y);
        draw(content, author, centre, top - (p.trimHeight() - 300 * unit - author.height()));
    }

    /** As the EPUB's cover sets a part: balanced lines, as large as good breaks and the most lines allow. */
    private static Setting set(Part part, float measure, Locale language) throws IOException {
        if (part.text().isBlank()) {
            return new Setting(List.of(), part.font(), 0, 0, 0);
        }
        Setting best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (float size = part.largest(); size >= part.smallest(); size *= 0.96f) {
            float at = size;
            BalancedLines.Result result = new BalancedLines(s -> width(part.font(), s, at), measure, language)
                    .lines(part.text());
            boolean fits = result.lines().size() <= part.maxLines()
                    && result.lines().stream().allMatch(line -> width(part.font(), line, at) <= measure);
            double score = result.cost() + 300 * (1 - size / part.largest()) + (fits ? 0 : 10_000);
            if (score < bestScore) {
                bestScore = score;
                float ascent = part.font().getFontDescriptor().getAscent() / 1000 * size;
                float descent = Math.abs(part.font().getFontDescriptor().getDescent()) / 1000 * size;
                best = new Setting(result.lines(), part.font(), size, Math.max(size * 1.22f, ascent + descent), ascent);
            }
        }
        return best;
    }

    /** Draws the lines centred on {@code centre}, the first line's top at {@code top}. */
    private static void draw(PDPageContentStream content, Setting setting, float centre, float top) throws IOException {
        float baseline = top - setting.ascent();
        for (String line : setting.lines()) {
            text(content, setting.font(), setting.size(), line, centre - width(setting.font(), line, setting.size()) / 2,
                    baseline);
            baseline -= setting.lineHeight();
        }
    }

    private static void imageFront(PDDocument pdf, PDPageContentStream content, Asset image, Panels p,
                                   PrintEdition print, SourcePosition bookYaml, List<Diagnostic> warnings)
            throws IOException {
        SourcePosition at = print.at("cover", "cover", bookYaml);
        byte[] bytes = Files.readAllBytes(image.source());
        PDImageXObject picture;
        if (image.mediaType().equals("image/jpeg")) {
            picture = JPEGFactory.createFromByteArray(pdf, bytes);
        } else if (image.mediaType().equals("image/svg+xml")) {
            throw new ManuscriptException(List.of(Diagnostic.error(at, "the print cover takes a PNG, JPEG, GIF or WebP"
                    + " cover image; '" + image.source().getFileName() + "' is an SVG")));
        } else {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
            if (decoded == null) {
                throw new ManuscriptException(List.of(Diagnostic.error(at, "the cover image '"
                        + image.source().getFileName() + "' cannot be decoded for the print cover")));
            }
            picture = LosslessFactory.createFromImage(pdf, decoded);
        }
        // The front panel and its bleed on three sides, covered whole: the picture's overflow is cut off.
        float left = p.frontLeft();
        float areaWidth = p.trimWidth() + p.bleed();
        float areaHeight = p.trimHeight() + 2 * p.bleed();
        float scale = Math.max(areaWidth / picture.getWidth(), areaHeight / picture.getHeight());
        float drawnWidth = picture.getWidth() * scale;
        float drawnHeight = picture.getHeight() * scale;
        double ppi = picture.getWidth() / (drawnWidth / 72.0);
        if (ppi < 300) {
            warnings.add(Diagnostic.warning(at, String.format(Locale.ROOT, "the cover image prints at %d ppi on the"
                    + " print cover; print needs 300 (%d x %d pixels over %.0f x %.0f mm)", (int) Math.floor(ppi),
                    picture.getWidth(), picture.getHeight(), drawnWidth / PT_PER_MM, drawnHeight / PT_PER_MM)));
        }
        content.saveGraphicsState();
        content.addRect(left, 0, areaWidth, areaHeight);
        content.clip();
        content.drawImage(picture, left + (areaWidth - drawnWidth) / 2, (areaHeight - drawnHeight) / 2, drawnWidth,
                drawnHeight);
        content.restoreGraphicsState();
    }

    // ---- the spine

    private static void spine(PDPageContentStream content, Faces faces, Metadata metadata, Panels p)
            throws IOException {
        String line = metadata.creatorNames().isBlank() ? metadata.title()
                : metadata.title() + "  ·  " + metadata.creatorNames();
        faces.checked(metadata.title(), 0, "title");
        faces.checked(metadata.creatorNames(), 0, "authors");
        PDFont font = faces.title();
        float capHeight = capHeight(font);
        float length = p.trimHeight() - 2 * mm(SAFE_MM);
        // Half the spine's width for capitals, 12 pt at most, and no longer than the spine.
        float size = Math.min(12, p.spine() * 0.5f / capHeight);
        size = Math.min(size, length / Math.max(1, width(font, line, 1)));
        float lineWidth = width(font, line, size);
        float centreX = p.spineLeft() + p.spine() / 2;
        float centreY = p.bottom() + p.trimHeight() / 2;
        float half = capHeight * size / 2;
        content.setNonStrokingColor(INK);
        content.beginText();
        content.setFont(font, size);
        if (readsUpward(metadata.language())) {
            // Turned 90° anticlockwise: the letters' tops face the back cover.
            content.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, centreX + half, centreY - lineWidth / 2));
        } else {
            // Turned 90° clockwise: the letters' tops face the front cover, read with the book lying face up.
            content.setTextMatrix(Matrix.getRotateInstance(-Math.PI / 2, centreX - half, centreY + lineWidth / 2));
        }
        content.showText(line);
        content.endText();
    }

    // ---- the back

    private static void back(PDDocument pdf, PDPageContentStream content, Faces faces, Metadata metadata, Panels p,
                             Optional<String> barcode, SourcePosition bookYaml) throws IOException {
        float safe = mm(SAFE_MM);
        float left = p.backLeft() + safe;
        float measure = p.trimWidth() - 2 * safe;
        float unit = p.trimWidth() / DESIGN_WIDTH;
        float barcodeTop = p.bottom() + safe + (barcode.isPresent() ? Ean13.height() : 0);
        float room = p.top() - safe - barcodeTop - mm(8);
        content.setNonStrokingColor(INK);
        String description = faces.checked(metadata.description(), 2, "description");
        if (!description.isBlank()) {
            float size = 44 * unit;
            List<String> lines = wrap(faces.text(), description, size, measure);
            while (lines.size() * size * 1.4f > room && size > 6) {
                size *= 0.95f;
                lines = wrap(faces.text(), description, size, measure);
            }
            if (lines.size() * size * 1.4f > room) {
                throw new ManuscriptException(List.of(Diagnostic.error(bookYaml, "the description is too long for"
                        + " the back of the print cover: it needs " + lines.size() + " lines at 6 pt")));
            }
            float baseline = p.top() - safe - size;
            for (String line : lines) {
                text(content, faces.text(), size, line, left, baseline);
                baseline -= size * 1.4f;
            }
        }
        String publisher = faces.checked(metadata.publisher(), 0, "publisher");
        if (!publisher.isBlank()) {
            float size = Math.min(40 * unit, measure / 2 / Math.max(1, width(faces.title(), publisher, 1)));
            text(content, faces.title(), size, publisher, left, p.bottom() + safe);
        }
        if (barcode.isPresent()) {
            Ean13.draw(content, faces.text(), barcode.get(), p.backLeft() + p.trimWidth() - safe, p.bottom() + safe);
        }
    }

    /** The text in lines no wider than the measure, broken at spaces (a word wider than it stands alone). */
    private static List<String> wrap(PDFont font, String text, float size, float measure) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\\s*\\n\\s*")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split("\\s+")) {
                String longer = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(font, longer, size) > measure) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(longer);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    // ---- the file

    /**
     * PDF/A-3u: the XMP packet, the document information agreeing with it, the output intent, the /ID.
     *
     * @return the file identifier
     */
    private static byte[] finish(PDDocument pdf, Metadata metadata, Instant timestamp, Geometry geometry, int pages)
            throws IOException {
        Calendar time = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        time.setTimeInMillis(timestamp.toEpochMilli());
        String producer = "Octavo (PDFBox)";
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(metadata.title());
        if (!metadata.creatorNames().isBlank()) {
            info.setAuthor(metadata.creatorNames());
        }
        info.setCreator("Octavo");
        info.setProducer(producer);
        info.setCreationDate(time);
        info.setModificationDate(time);
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(metadata.title());
        if (!metadata.creatorNames().isBlank()) {
            dc.addCreator(metadata.creatorNames());
        }
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool("Octavo");
        basic.setCreateDate(time);
        basic.setModifyDate(time);
        basic.setMetadataDate(time);
        AdobePDFSchema adobe = xmp.createAndAddAdobePDFSchema();
        adobe.setProducer(producer);
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        try {
            pdfa.setPart(3);
            pdfa.setConformance("U");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("xmpbox refuses PDF/A-3u", e);
        }
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, packet, true);
        } catch (TransformerException e) {
            throw new IOException("cannot write the cover's XMP metadata: " + e.getMessage(), e);
        }
        PDMetadata stream = new PDMetadata(pdf);
        stream.importXMPMetadata(packet.toByteArray());
        pdf.getDocumentCatalog().setMetadata(stream);
        pdf.getDocumentCatalog().setLanguage(metadata.languageTag());
        PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        pdf.getDocumentCatalog().addOutputIntent(intent);
        // Without an /ID PDFBox makes one from the clock; this one follows from what the cover is made of.
        byte[] id = PrintFinishing.fileId(metadata, timestamp, "cover " + pages + " " + geometry);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().setDocumentID(ids);
        return id;
    }

    // ---- text

    static void text(PDPageContentStream content, PDFont font, float size, String text, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    static float width(PDFont font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static float capHeight(PDFont font) {
        float cap = font.getFontDescriptor().getCapHeight();
        return (cap > 0 ? cap : 700) / 1000;
    }

    static float mm(double millimetres) {
        return (float) (millimetres * PT_PER_MM);
    }
}
