package dev.octavo.check;

import dev.octavo.Format;
import dev.octavo.Publication;
import dev.octavo.Publisher;
import dev.octavo.testing.Seed;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * veraPDF validates what a file claims: the seed's interior as PDF/A-3u and PDF/UA-1, its untagged print cover as
 * PDF/A-3u alone; the same cover claiming PDF/UA-1 fails PDF/UA's rules; a file that claims nothing fails.
 */
class PdfValidatorTest {
    private static Path interior;
    private static Path cover;

    @BeforeAll
    static void publish(@TempDir Path dist) {
        Publication made = Publisher.builder().manuscript(Seed.manuscript()).output(dist)
                .timestamp(Instant.parse("2026-03-01T00:00:00Z")).formats(EnumSet.of(Format.PDF, Format.COVER))
                .build().publish();
        interior = made.pdf().orElseThrow();
        cover = made.outputs().get(Format.COVER);
    }

    @Test
    void theInteriorIsCheckedAsPdfA3uAndPdfUa1() {
        assertEquals(List.of("PDF/A-3u", "PDF/UA-1"), PdfValidator.claimedStandards(interior));
        assertEquals(List.of(), new PdfValidator().validate(interior));
    }

    @Test
    void theCoverIsCheckedAsPdfA3uAlone() {
        assertEquals(List.of("PDF/A-3u"), PdfValidator.claimedStandards(cover));
        assertEquals(List.of(), new PdfValidator().validate(cover));
    }

    @Test
    void theCoverClaimingPdfUaIsCheckedAsPdfUaAndFails(@TempDir Path dir) throws Exception {
        Path claiming = dir.resolve("claims-ua.pdf");
        try (PDDocument pdf = Loader.loadPDF(cover.toFile())) {
            PDMetadata stream = pdf.getDocumentCatalog().getMetadata();
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            XMPMetadata xmp;
            try (InputStream in = stream.exportXMPMetadata()) {
                xmp = parser.parse(in);
            }
            XMPSchema ua = xmp.createAndAddDefaultSchema("pdfuaid", "http://www.aiim.org/pdfua/ns/id/");
            ua.setTextPropertyValueAsSimple("part", "1");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            stream.importXMPMetadata(out.toByteArray());
            pdf.save(claiming.toFile());
        }
        assertEquals(List.of("PDF/A-3u", "PDF/UA-1"), PdfValidator.claimedStandards(claiming));
        List<PdfValidator.Problem> problems = new PdfValidator().validate(claiming);
        assertTrue(problems.stream().anyMatch(p -> p.standard().equals("PDF/UA-1")), problems.toString());
    }

    @Test
    void aFileThatClaimsNothingFails(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(plain.toFile());
        }
        assertEquals(List.of(), PdfValidator.claimedStandards(plain));
        List<PdfValidator.Problem> problems = new PdfValidator().validate(plain);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).description().contains("claims no PDF/A or PDF/UA"), problems.toString());
        assertFalse(problems.get(0).toString().isBlank());
    }
}
