package dev.octavo.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.octavo.fonts.FontFace;
import dev.octavo.fonts.FontSet;
import dev.octavo.model.Metadata;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.w3c.dom.Document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Consumer;

/**
 * Typesets the print XHTML into a PDF with openhtmltopdf. Every font is embedded as a subset; the document
 * information and the file identifier are derived from the book and the build timestamp, never from the clock,
 * so that a rebuild gives the same bytes. The renderer reads no resource but the files inside the manuscript
 * directory ({@link ResourceGuard}): nothing is fetched, whatever a stylesheet or template asks for.
 */
public final class PdfWriter {

    /**
     * What was written, for progress lines.
     *
     * @param refused the URIs the renderer asked for and was refused
     */
    public record Summary(int pages, List<String> refused) {
        public Summary {
            refused = List.copyOf(refused);
        }
    }

    /** @param baseDirectory the manuscript directory: relative URIs resolve against it, and only its files are read */
    public Summary write(String xhtml, Path baseDirectory, FontSet fonts, Metadata metadata, Instant timestamp,
                         OutputStream out, Consumer<String> detail) throws IOException {
        RendererLogging.install();
        Document document = SecureXml.parse(xhtml);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withW3cDocument(document, baseDirectory.toUri().toString());
        ResourceGuard guard = new ResourceGuard(baseDirectory);
        guard.install(builder);
        builder.withProducer("Octavo");
        builder.withDiagnosticConsumer(d -> {
            if (d.getLevel().intValue() >= java.util.logging.Level.INFO.intValue()) {
                detail.accept("openhtmltopdf: " + d.getFormattedMessage());
            }
        });
        for (FontFace face : fonts.faces()) {
            byte[] data = face.data();
            builder.useFont(() -> new ByteArrayInputStream(data), face.family(), face.weight(),
                    face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            PDDocument pdf = renderer.createPDFKeepOpen();
            try {
                stamp(pdf, metadata, timestamp, xhtml);
                // PDFBox 3's default object-stream compression writes a trailer /Size that qpdf --check flags;
                // classic cross-reference tables keep print shops' preflight quiet (streams stay Flate-compressed).
                pdf.save(out, CompressParameters.NO_COMPRESSION);
                return new Summary(pdf.getNumberOfPages(), guard.refused());
            } finally {
                pdf.close();
            }
        }
    }

    private static void stamp(PDDocument pdf, Metadata metadata, Instant timestamp, String xhtml) {
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
        Calendar time = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        time.setTimeInMillis(timestamp.toEpochMilli());
        info.setCreationDate(time);
        info.setModificationDate(time);
        pdf.getDocumentCatalog().setLanguage(metadata.languageTag());

        // Without an /ID PDFBox makes one from the clock; ours is a digest of what the PDF was made from.
        byte[] id = digest(metadata.identifier() + '\n' + timestamp + '\n' + xhtml);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().setDocumentID(ids);
    }

    private static byte[] digest(String text) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(sha, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
