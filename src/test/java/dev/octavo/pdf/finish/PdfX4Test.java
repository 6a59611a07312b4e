package dev.octavo.pdf.finish;

import dev.octavo.Format;
import dev.octavo.Publication;
import dev.octavo.Publisher;
import dev.octavo.testing.Seed;
import dev.octavo.testing.Tool;
import dev.octavo.testing.Trees;
import dev.octavo.testing.VeraPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PDF/X-4 (ISO 15930-7:2010) requirement by requirement, read back with PDFBox, as no PDF/X validator is at hand:
 * the seed with a photograph and an SVG figure, {@code print: kdp} on, made into an interior and a cover that stay
 * PDF/A-3u (the interior PDF/UA-1 too) by veraPDF and pass qpdf's check.
 */
class PdfX4Test {
    private static final Instant STAMP = Instant.parse("2026-03-01T00:00:00Z");
    private static final String PDFXID = "http://www.npes.org/pdfx/ns/id/";
    private static Path interior;
    private static Path cover;
    private static Path manuscript;

    @BeforeAll
    static void publish(@TempDir Path dir) throws Exception {
        manuscript = dir.resolve("manuscript");
        Trees.copy(Seed.manuscript(), manuscript);
        Files.writeString(manuscript.resolve("book.yaml"), Files.readString(manuscript.resolve("book.yaml"))
                + "print: kdp\ntrim: 6in x 9in\nbleed: 0.125in\ncover: images/front.png\n");
        Files.createDirectories(manuscript.resolve("images"));
        BufferedImage photo = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(0x2060C0), 600, 400, new Color(0xE0A020)));
        g.fillRect(0, 0, 600, 400);
        g.dispose();
        ImageIO.write(photo, "png", manuscript.resolve("images/photo.png").toFile());
        BufferedImage front = new BufferedImage(1900, 2800, BufferedImage.TYPE_INT_RGB);
        Graphics2D f = front.createGraphics();
        f.setColor(new Color(0x8A1C2B));
        f.fillRect(0, 0, 1900, 2800);
        f.dispose();
        ImageIO.write(front, "png", manuscript.resolve("images/front.png").toFile());
        Files.writeString(manuscript.resolve("images/diagram.svg"), """
                <svg xmlns="http://www.w3.org/2000/svg" width="300" height="120" viewBox="0 0 300 120">
                  <defs><linearGradient id="g"><stop offset="0" stop-color="#c03030"/>\
                <stop offset="1" stop-color="#3030c0"/></linearGradient></defs>
                  <rect x="10" y="10" width="280" height="100" fill="url(#g)" stroke="#206020" stroke-width="4"/>
                  <circle cx="150" cy="60" r="30" fill="#ffd000" fill-opacity="0.6"/>
                </svg>
                """);
        Path chapter = manuscript.resolve("01-mo-dau.md");
        Files.writeString(chapter, Files.readString(chapter)
                + "\n\n![Ảnh màu](images/photo.png)\n\n![Sơ đồ](images/diagram.svg)\n");
        Publication made = Publisher.builder().manuscript(manuscript).output(dir.resolve("dist")).timestamp(STAMP)
                .formats(EnumSet.of(Format.PDF, Format.COVER)).build().publish();
        interior = made.pdf().orElseThrow();
        cover = made.outputs().get(Format.COVER);
    }

    @Test
    void theInteriorAndTheCoverStayPdfAAndTheInteriorPdfUa() throws Exception {
        assertEquals(List.of(), VeraPdf.failures(interior, PDFAFlavour.PDFA_3_U), "interior, PDF/A-3u");
        assertEquals(List.of(), VeraPdf.failures(interior, PDFAFlavour.PDFUA_1), "interior, PDF/UA-1");
        assertEquals(List.of(), VeraPdf.failures(cover, PDFAFlavour.PDFA_3_U), "cover, PDF/A-3u");
        for (Path pdf : List.of(interior, cover)) {
            Tool.Result check = Tool.run("qpdf", "--check", pdf.toString());
            assertEquals(0, check.exitCode(), check.output());
        }
    }

    @Test
    void bothFilesCarryTheFogra39IntentWithOneProfileForPdfXAndPdfA() throws Exception {
        for (Path pdf : List.of(interior, cover)) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
                assertEquals(2, intents.size(), pdf.toString());
                PDOutputIntent x = intent(intents, "GTS_PDFX");
                PDOutputIntent a = intent(intents, "GTS_PDFA1");
                assertEquals("FOGRA39", x.getOutputConditionIdentifier());
                assertEquals("http://www.color.org", x.getRegistryName());
                assertEquals("Coated FOGRA39 (ISO 12647-2:2004)", x.getInfo());
                assertSame(x.getDestOutputIntent(), a.getDestOutputIntent(), "one profile object for both intents");
                COSObject xRef = (COSObject) x.getCOSObject().getItem(COSName.DEST_OUTPUT_PROFILE);
                COSObject aRef = (COSObject) a.getCOSObject().getItem(COSName.DEST_OUTPUT_PROFILE);
                assertEquals(xRef.getKey(), aRef.getKey(), "the same indirect object");
                byte[] embedded;
                try (InputStream in = x.getDestOutputIntent().createInputStream()) {
                    embedded = in.readAllBytes();
                }
                assertArrayEquals(PdfX4.profile(), embedded);
                ICC_Profile profile = ICC_Profile.getInstance(embedded);
                assertEquals(ICC_Profile.CLASS_OUTPUT, profile.getProfileClass());
                assertEquals(4, profile.getNumComponents());
                assertEquals(4, x.getDestOutputIntent().getInt(COSName.N));
            }
        }
    }

    @Test
    void theXmpPacketAndTheDocumentInformationSayPdfX4() throws Exception {
        for (Path pdf : List.of(interior, cover)) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertTrue(doc.getVersion() >= 1.6f, "PDF version " + doc.getVersion());
                assertEquals("False", doc.getDocumentInformation().getTrapped());
                assertEquals("PDF/X-4", doc.getDocumentInformation().getCustomMetadataValue("GTS_PDFXVersion"));
                assertFalse(doc.getDocumentInformation().getTitle().isBlank());
                DomXmpParser parser = new DomXmpParser();
                parser.setStrictParsing(false);
                XMPMetadata xmp;
                try (InputStream in = doc.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
                    xmp = parser.parse(in);
                }
                XMPSchema pdfx = xmp.getSchema(PDFXID);
                assertNotNull(pdfx, "pdfxid schema");
                assertEquals("PDF/X-4", pdfx.getUnqualifiedTextPropertyValue("GTS_PDFXVersion"));
                assertTrue(xmp.getXMPMediaManagementSchema().getDocumentID().startsWith("uuid:"));
                assertFalse(xmp.getXMPMediaManagementSchema().getVersionID().isBlank());
                assertEquals("default", xmp.getXMPMediaManagementSchema().getRenditionClass());
                assertEquals("False", xmp.getAdobePDFSchema().getUnqualifiedTextPropertyValue("Trapped"));
                assertEquals(3, xmp.getPDFAIdentificationSchema().getPart());
            }
        }
    }

    @Test
    void everyPageHasATrimBoxInsideItsBleedBoxInsideItsMediaBox() throws Exception {
        for (Path pdf : List.of(interior, cover)) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                for (PDPage page : doc.getPages()) {
                    assertNotNull(page.getCOSObject().getDictionaryObject(COSName.TRIM_BOX), pdf + ": TrimBox");
                    assertTrue(inside(page.getTrimBox(), page.getBleedBox()), "TrimBox ⊆ BleedBox");
                    assertTrue(inside(page.getBleedBox(), page.getMediaBox()), "BleedBox ⊆ MediaBox");
                    // The interior for KDP bleeds at the head, foot and fore-edge, not at the binding; the cover
                    // round its sheet.
                    int sides = pdf.equals(interior) ? 1 : 2;
                    assertEquals(page.getMediaBox().getWidth() - sides * 0.125 * 72, page.getTrimBox().getWidth(),
                            0.01, "the bleed round the trim");
                    assertEquals(page.getMediaBox().getHeight() - 2 * 0.125 * 72, page.getTrimBox().getHeight(),
                            0.01, "the bleed at head and foot");
                }
            }
        }
    }

    @Test
    void noDeviceRgbIsLeftWithoutDefaultRgbAndEveryImageIsIccBased() throws Exception {
        for (Path pdf : List.of(interior, cover)) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                Counts counts = new Counts();
                for (PDPage page : doc.getPages()) {
                    walk(page, page.getResources(), counts, pdf + " page " + doc.getPages().indexOf(page));
                }
                assertTrue(counts.rgbOperators > 0, "RGB colours were set in " + pdf);
                assertTrue(counts.images > 0, "images drawn in " + pdf);
            }
        }
    }

    @Test
    void theSameBytesMadeAgain(@TempDir Path again) throws Exception {
        Publication second = Publisher.builder().manuscript(manuscript).output(again).timestamp(STAMP)
                .formats(EnumSet.of(Format.PDF, Format.COVER)).build().publish();
        assertArrayEquals(Files.readAllBytes(interior), Files.readAllBytes(second.pdf().orElseThrow()));
        assertArrayEquals(Files.readAllBytes(cover), Files.readAllBytes(second.outputs().get(Format.COVER)));
    }

    @Test
    void pdfXFollowsPrintUnlessBookYamlSaysOtherwise(@TempDir Path project) throws Exception {
        assertFalse(pdfX(project.resolve("plain"), ""), "no print:, no pdf-x:");
        assertTrue(pdfX(project.resolve("kdp"), "print: kdp\n"), "print: kdp");
        assertFalse(pdfX(project.resolve("kdp-no"), "print: kdp\npdf-x: false\n"), "print: kdp, pdf-x: false");
        assertTrue(pdfX(project.resolve("asked"), "pdf-x: yes\n"), "pdf-x: yes");
        Path wrong = book(project.resolve("wrong"), "pdf-x: maybe\n");
        dev.octavo.ManuscriptException failed = org.junit.jupiter.api.Assertions.assertThrows(
                dev.octavo.ManuscriptException.class, () -> Publisher.builder().manuscript(wrong).build().read());
        assertEquals(List.of("manuscript/book.yaml:4:8: error: pdf-x is true or false, not 'maybe'"),
                failed.diagnostics().stream().map(d -> d.format(project.resolve("wrong"))).toList());
    }

    @Test
    void aBookNotForPrintKeepsItsSrgbIntentAlone(@TempDir Path project) throws Exception {
        Path plain = book(project, "");
        Publication made = Publisher.builder().manuscript(plain).output(project.resolve("dist")).timestamp(STAMP)
                .formats(EnumSet.of(Format.PDF)).build().publish();
        try (PDDocument doc = Loader.loadPDF(made.pdf().orElseThrow().toFile())) {
            List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
            assertEquals(1, intents.size());
            assertEquals("GTS_PDFA1", intents.get(0).getCOSObject().getNameAsString(COSName.S));
            assertEquals(3, intents.get(0).getDestOutputIntent().getInt(COSName.N), "sRGB");
            assertEquals(null, doc.getDocumentInformation().getCustomMetadataValue("GTS_PDFXVersion"));
        }
    }

    private static boolean pdfX(Path project, String lines) throws Exception {
        return Publisher.builder().manuscript(book(project, lines)).build().read().print().pdfX();
    }

    private static Path book(Path project, String lines) throws Exception {
        Path manuscript = Files.createDirectories(project.resolve("manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"), "title: A Test of PDF/X\nlanguage: en\n"
                + "identifier: urn:uuid:0c8f6a52-51d4-4b8e-9f0e-2a7d3c1b9e64\n" + lines);
        Files.writeString(manuscript.resolve("01-one.md"), "# One\n\nA short paragraph.\n");
        return manuscript;
    }

    private static PDOutputIntent intent(List<PDOutputIntent> intents, String subtype) {
        return intents.stream().filter(i -> subtype.equals(i.getCOSObject().getNameAsString(COSName.S)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + subtype + " intent"));
    }

    private static boolean inside(PDRectangle inner, PDRectangle outer) {
        double e = 0.01;
        return inner.getLowerLeftX() >= outer.getLowerLeftX() - e && inner.getLowerLeftY() >= outer.getLowerLeftY() - e
                && inner.getUpperRightX() <= outer.getUpperRightX() + e
                && inner.getUpperRightY() <= outer.getUpperRightY() + e;
    }

    private static final class Counts {
        int rgbOperators;
        int images;
    }

    /**
     * A content stream and what it draws: an RGB colour operator ({@code rg}, {@code RG}, {@code sc}/{@code scn}
     * after {@code cs /DeviceRGB}, or an inline image in RGB) needs a DefaultRGB in its resources; an image's own
     * colour space must not be DeviceRGB.
     */
    private static void walk(PDContentStream stream, PDResources resources, Counts counts, String where)
            throws Exception {
        boolean defaultRgb = resources != null && resources.getCOSObject().getCOSDictionary(COSName.COLORSPACE) != null
                && resources.getCOSObject().getCOSDictionary(COSName.COLORSPACE)
                .getDictionaryObject(COSName.getPDFName("DefaultRGB")) instanceof COSArray space
                && COSName.ICCBASED.equals(space.getObject(0));
        List<Object> tokens = new PDFStreamParser(stream).parse();
        List<COSBase> operands = new ArrayList<>();
        boolean rgbSpace = false;
        for (Object token : tokens) {
            if (!(token instanceof Operator op)) {
                operands.add((COSBase) token);
                continue;
            }
            String name = op.getName();
            boolean rgb = switch (name) {
                case "rg", "RG" -> true;
                case "cs", "CS" -> {
                    COSBase named = operands.get(0);
                    COSDictionary spaces = resources == null ? null
                            : resources.getCOSObject().getCOSDictionary(COSName.COLORSPACE);
                    rgbSpace = COSName.DEVICERGB.equals(named) || spaces != null
                            && COSName.DEVICERGB.equals(spaces.getDictionaryObject((COSName) named));
                    yield rgbSpace;
                }
                case "sc", "scn", "SC", "SCN" -> rgbSpace;
                case "BI" -> {
                    COSBase cs = op.getImageParameters().getDictionaryObject(COSName.CS, COSName.COLORSPACE);
                    yield COSName.DEVICERGB.equals(cs) || COSName.RGB.equals(cs);
                }
                default -> false;
            };
            if (rgb) {
                counts.rgbOperators++;
                assertTrue(defaultRgb, where + ": '" + name + "' in DeviceRGB without a DefaultRGB in its resources");
            }
            if (name.equals("Do") && resources != null) {
                PDXObject object = resources.getXObject((COSName) operands.get(0));
                if (object instanceof PDImageXObject image) {
                    counts.images++;
                    COSBase space = image.getCOSObject().getDictionaryObject(COSName.COLORSPACE);
                    assertFalse(COSName.DEVICERGB.equals(space), where + ": an image in DeviceRGB");
                    if (space instanceof COSArray array) {
                        assertFalse(array.toList().stream().anyMatch(COSName.DEVICERGB::equals),
                                where + ": an image based on DeviceRGB");
                    }
                } else if (object instanceof PDFormXObject form) {
                    walk(form, form.getResources(), counts, where + " form " + operands.get(0));
                }
            }
            operands.clear();
        }
    }
}
