package dev.octavo.pdf.finish;

import dev.octavo.model.Metadata;
import dev.octavo.model.PageLayout;
import dev.octavo.model.PageNumbering;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

import javax.xml.transform.TransformerException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * What a print shop and a PDF reader need beyond the rendered pages: page labels that match the printed
 * folios, trim and bleed boxes, document information, and a file identifier that depends on the content only.
 *
 * <p>Public for {@link dev.octavo.pdf.PdfWriter}, which makes the identifier while the book is laid out and
 * applies the rest once it is drawn and joined.
 */
public final class PrintFinishing {
    private static final float POINTS_PER_MM = 72f / 25.4f;

    private PrintFinishing() {
    }

    /** @param fileId the file identifier, {@link #fileId} */
    public static void apply(PDDocument pdf, Metadata metadata, Instant timestamp, PageNumbering numbering,
                             byte[] fileId) throws IOException {
        pageLabels(pdf, numbering);
        boxes(pdf, metadata.page());
        information(pdf, metadata, timestamp);
        xmpDates(pdf, timestamp);
        identifier(pdf, fileId);
    }

    /**
     * openhtmltopdf writes a complete PDF/A and PDF/UA XMP packet (identification and extension schemas), but
     * stamps it with the clock. Only the dates are replaced, with the build timestamp, keeping the rest.
     */
    private static void xmpDates(PDDocument pdf, Instant timestamp) throws IOException {
        PDMetadata stream = pdf.getDocumentCatalog().getMetadata();
        if (stream == null) {
            return;
        }
        try (InputStream in = stream.exportXMPMetadata()) {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            XMPMetadata xmp = parser.parse(in);
            XMPBasicSchema basic = xmp.getXMPBasicSchema() != null ? xmp.getXMPBasicSchema() : xmp.createAndAddXMPBasicSchema();
            Calendar time = utc(timestamp);
            basic.setCreateDate(time);
            basic.setModifyDate(time);
            basic.setMetadataDate(time);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            stream.importXMPMetadata(out.toByteArray());
        } catch (XmpParsingException | TransformerException e) {
            throw new IOException("cannot rewrite the PDF's XMP metadata: " + e.getMessage(), e);
        }
    }

    private static Calendar utc(Instant timestamp) {
        Calendar time = new GregorianCalendar(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
        time.setTimeInMillis(timestamp.toEpochMilli());
        return time;
    }

    /** Roman front matter, arabic body from 1: the labels a reader's "go to page" uses. */
    private static void pageLabels(PDDocument pdf, PageNumbering numbering) throws IOException {
        PDPageLabels labels = new PDPageLabels(pdf);
        if (numbering.bodyStart() > 0) {
            PDPageLabelRange front = new PDPageLabelRange();
            front.setStyle(PDPageLabelRange.STYLE_ROMAN_LOWER);
            labels.setLabelItem(0, front);
        }
        PDPageLabelRange body = new PDPageLabelRange();
        body.setStyle(PDPageLabelRange.STYLE_DECIMAL);
        body.setStart(1);
        labels.setLabelItem(numbering.bodyStart(), body);
        pdf.getDocumentCatalog().setPageLabels(labels);
    }

    /**
     * The page is the trim size plus its bleed: TrimBox is where the guillotine cuts. Without bleed at the binding,
     * a right-hand page (an even index: the first page is one) is cut at its left edge, a left-hand one at its right.
     */
    private static void boxes(PDDocument pdf, PageLayout layout) {
        float bleed = (float) layout.bleedMm() * POINTS_PER_MM;
        float binding = (float) layout.bindingBleedMm() * POINTS_PER_MM;
        int index = 0;
        for (PDPage page : pdf.getPages()) {
            PDRectangle media = page.getMediaBox();
            boolean right = index++ % 2 == 0;
            float left = right ? binding : bleed;
            PDRectangle trim = new PDRectangle(media.getLowerLeftX() + left, media.getLowerLeftY() + bleed,
                    media.getWidth() - bleed - binding, media.getHeight() - 2 * bleed);
            page.setBleedBox(media);
            page.setTrimBox(trim);
            page.setCropBox(media);
        }
    }

    private static void information(PDDocument pdf, Metadata metadata, Instant timestamp) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(metadata.title());
        info.setAuthor(metadata.creatorNames());
        if (!metadata.description().isBlank()) {
            info.setSubject(metadata.description());
        }
        if (!metadata.subjects().isEmpty()) {
            info.setKeywords(String.join(", ", metadata.subjects()));
        }
        info.setCreator("Octavo");
        info.setProducer("Octavo (openhtmltopdf, PDFBox)");
        Calendar time = utc(timestamp);
        info.setCreationDate(time);
        info.setModificationDate(time);
        pdf.getDocumentCatalog().setLanguage(metadata.languageTag());
    }

    /**
     * Without an /ID PDFBox makes one from the clock; ours is a digest of what the PDF is made from: the book's
     * identifier, the timestamp and the print document.
     */
    public static byte[] fileId(Metadata metadata, Instant timestamp, String xhtml) {
        return digest(metadata.identifier() + '\n' + timestamp + '\n' + xhtml);
    }

    private static void identifier(PDDocument pdf, byte[] id) {
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().setDocumentID(ids);
    }

    private static byte[] digest(String text) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(sha, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
