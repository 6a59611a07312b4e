package dev.octavo.pdf.finish;

import dev.octavo.testing.SeedBook;
import dev.octavo.testing.Tool;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compact PDF: object streams, a cross-reference stream that indexes itself, and property lists inline. */
class CompactPdfSaverTest {
    private static final Pattern OBJECT = Pattern.compile("(?m)^(\\d+) 0 obj");

    @TempDir
    Path dir;

    @Test
    void theCrossReferenceStreamIndexesItselfAndSizeIsOneMoreThanTheHighestObject() throws Exception {
        byte[] bytes = twoPages();
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("/ObjStm"), "small objects go into object streams");

        // The last object in the file is the cross-reference stream (startxref points at it).
        int startxref = Integer.parseInt(text.substring(text.lastIndexOf("startxref") + 9).trim().split("\\s+")[0]);
        Matcher last = OBJECT.matcher(text.substring(startxref));
        assertTrue(last.lookingAt(), "startxref points at an object");
        long xrefNumber = Long.parseLong(last.group(1));
        long highest = 0;
        Matcher every = OBJECT.matcher(text);
        while (every.find()) {
            highest = Math.max(highest, Long.parseLong(every.group(1)));
        }
        assertEquals(highest, xrefNumber, "the cross-reference stream is the highest-numbered object");

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            COSDictionary trailer = pdf.getDocument().getTrailer();
            assertEquals(xrefNumber + 1, trailer.getLong(COSName.SIZE));
            assertEquals(2, pdf.getNumberOfPages());
        }
        Path file = Files.write(dir.resolve("two.pdf"), bytes);
        Tool.Result qpdf = Tool.run("qpdf", "--check", file.toString());
        assertEquals(0, qpdf.exitCode(), "qpdf exit code 0 means no warnings either:\n" + qpdf.output());
        Tool.Result xref = Tool.run("qpdf", "--show-xref", file.toString());
        assertTrue(xref.output().contains(xrefNumber + "/0: uncompressed"), "the stream has its own entry:\n"
                + xref.output());
    }

    @Test
    void theSeedBookHasNoPropertyListAsAnObjectOfItsOwn() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(SeedBook.publication().pdf().orElseThrow().toFile())) {
            int inline = 0;
            for (PDPage page : pdf.getPages()) {
                COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
                if (properties == null) {
                    continue;
                }
                for (COSName name : properties.keySet()) {
                    COSBase item = properties.getItem(name);
                    assertFalse(item instanceof COSObject, "page " + pdf.getPages().indexOf(page) + " /" + name.getName()
                            + " is a reference to an object of its own");
                    inline++;
                }
            }
            assertTrue(inline > 0, "a tagged openhtmltopdf book marks its backgrounds as artifacts with property lists");
        }
    }

    private static byte[] twoPages() throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A6);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.addRect(10, 10, 50 + i, 50);
                    content.fill();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CompactPdfSaver.save(pdf, out);
            return out.toByteArray();
        }
    }
}
