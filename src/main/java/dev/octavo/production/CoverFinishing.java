package dev.octavo.production;

import dev.octavo.model.Metadata;
import dev.octavo.pdf.finish.PrintFinishing;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

import javax.xml.transform.TransformerException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/** What makes the cover's file PDF/A-3u, and the same bytes for the same book and timestamp. */
final class CoverFinishing {
    /** The sRGB profile the interior's output intent carries too. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private CoverFinishing() {
    }

    /**
     * PDF/A-3u: the XMP packet, the document information agreeing with it, the output intent, the /ID.
     *
     * @return the file identifier
     */
    static byte[] apply(PDDocument pdf, Metadata metadata, Instant timestamp, PrintCover.Geometry geometry, int pages)
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
}
