package dev.octavo.check;

import dev.octavo.internal.OptionalLibrary;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.AbstractSimpleProperty;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Validates a PDF with veraPDF against the standards it claims in its XMP metadata: the PDF/A part and conformance
 * of {@code pdfaid} (Octavo's interior and cover: PDF/A-3u), and PDF/UA-1 when {@code pdfuaid} says so (Octavo's
 * interior; the print cover is artwork, not tagged). A file that claims neither fails: there is nothing to validate
 * it against. veraPDF does not validate PDF/X. veraPDF is an optional dependency of Octavo: a library user adds {@code org.verapdf:validation-model} to use this class,
 * the command line has it, and the Maven plugin's check goal resolves it when it runs.
 */
public final class PdfValidator {
    private static final String PDFUAID = "http://www.aiim.org/pdfua/ns/id/";

    /** The class that calls veraPDF, loaded by name (this one must load without veraPDF); see the constructors. */
    public static final String RUN = "dev.octavo.check.VeraPdfRun";

    /** A failed rule: the standard, its clause and test number, how often it failed, and what it checks. */
    public record Problem(String standard, String rule, int failures, String description) {
        @Override
        public String toString() {
            return standard + " rule " + rule + " failed " + failures + " time(s): " + description;
        }
    }

    private final Function<Path, List<Problem>> run;

    /** With veraPDF on this class's own class path. */
    public PdfValidator() {
        this(PdfValidator.class.getClassLoader());
    }

    /**
     * With veraPDF from another class loader, which must also load {@value #RUN} itself, from Octavo's jar, and
     * take this class and {@link Problem} from this class's loader.
     *
     * @param loader the class loader that has veraPDF and Octavo's jar on its path
     * @throws IllegalStateException when veraPDF cannot be loaded
     */
    public PdfValidator(ClassLoader loader) {
        this.run = OptionalLibrary.function(loader, RUN, "org.verapdf.pdfa.Foundries",
                "veraPDF (org.verapdf:validation-model)");
    }

    /**
     * Checks a file with veraPDF against what it claims ({@link #claimedStandards}).
     *
     * @param pdf the file to check
     * @return what veraPDF found (the failed rules of each standard claimed), in its order; empty when the file is
     *         clean; a problem of its own when the file claims no standard or cannot be read
     */
    public List<Problem> validate(Path pdf) {
        return run.apply(pdf);
    }

    /**
     * The standards a PDF claims in its XMP metadata, read with PDFBox: {@code "PDF/A-3u"} from {@code pdfaid:part}
     * 3 and {@code pdfaid:conformance} U (the part and the conformance as written, the latter in lower case), and
     * {@code "PDF/UA-1"} from {@code pdfuaid:part} 1.
     *
     * @param pdf the file
     * @return the PDF/A standard first, then PDF/UA; empty when the file claims neither or has no readable metadata
     */
    public static List<String> claimedStandards(Path pdf) {
        List<String> standards = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            if (metadata == null) {
                return standards;
            }
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            XMPMetadata xmp;
            try (InputStream in = metadata.exportXMPMetadata()) {
                xmp = parser.parse(in);
            }
            PDFAIdentificationSchema pdfa = xmp.getPDFAIdentificationSchema();
            if (pdfa != null && pdfa.getPart() != null && pdfa.getConformance() != null) {
                standards.add("PDF/A-" + pdfa.getPart() + pdfa.getConformance().toLowerCase(Locale.ROOT));
            }
            XMPSchema pdfua = xmp.getSchema(PDFUAID);
            if (pdfua != null && pdfua.getProperty("part") instanceof AbstractSimpleProperty part) {
                standards.add("PDF/UA-" + part.getStringValue().strip());
            }
        } catch (IOException | XmpParsingException | RuntimeException e) {
            // not a PDF, or metadata that cannot be read: it claims nothing that can be checked
        }
        return standards;
    }
}
