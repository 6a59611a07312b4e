package dev.octavo.pdf.finish;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.type.AbstractField;
import org.apache.xmpbox.type.ArrayProperty;
import org.apache.xmpbox.type.Cardinality;
import org.apache.xmpbox.type.PDFAPropertyType;
import org.apache.xmpbox.type.PDFASchemaType;
import org.apache.xmpbox.schema.XMPMediaManagementSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

import javax.xml.transform.TransformerException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Makes a finished PDF/A-3 file PDF/X-4 (ISO 15930-7:2010) as well, for the printer: the print condition Coated
 * FOGRA39 as output intent with Octavo's FOGRA39 profile embedded, shared by the PDF/A intent (PDF/A allows several
 * intents only with one profile); every DeviceRGB colour made sRGB (a /DefaultRGB in every resource dictionary,
 * ICCBased sRGB for images, shadings and groups), which a CMYK intent asks of PDF/A and PDF/X alike; the PDF/X
 * identification in the XMP packet and the document information, and a version of at least 1.6.
 *
 * <p>The pages' TrimBox and BleedBox are PrintFinishing's and the cover's own; the fonts are embedded already.
 * Public for {@link dev.octavo.pdf.PdfWriter} and the print cover.
 */
public final class PdfX4 {
    /** The print condition's identifier in the ICC's registry of characterisation data. */
    public static final String CONDITION = "FOGRA39";
    /** What the registry calls it. */
    public static final String CONDITION_INFO = "Coated FOGRA39 (ISO 12647-2:2004)";
    /** The ICC's registry, where {@link #CONDITION} is listed. */
    public static final String REGISTRY = "http://www.color.org";
    /** The profile made from FOGRA39L by src/main/icc/make-fogra39.sh (FOGRA39-NOTICE.txt beside it). */
    public static final String PROFILE_RESOURCE = "octavo-fogra39.icc";
    private static final String PDFXID = "http://www.npes.org/pdfx/ns/id/";
    private static final String PDF = "http://ns.adobe.com/pdf/1.3/";
    private static final COSName GTS_PDFX = COSName.getPDFName("GTS_PDFX");
    private static final COSName GTS_PDFA1 = COSName.getPDFName("GTS_PDFA1");
    private static final COSName DEFAULT_RGB = COSName.getPDFName("DefaultRGB");

    private PdfX4() {
    }

    /** The embedded CMYK output profile, as shipped in the jar. */
    public static byte[] profile() throws IOException {
        try (InputStream in = PdfX4.class.getResourceAsStream(PROFILE_RESOURCE)) {
            if (in == null) {
                throw new IOException("Octavo's jar lacks its CMYK profile " + PROFILE_RESOURCE);
            }
            return in.readAllBytes();
        }
    }

    /**
     * @param documentKey what identifies the document across its versions (the book's identifier and which file)
     * @param fileId      the file identifier, which names this version
     */
    public static void apply(PDDocument pdf, String documentKey, byte[] fileId) throws IOException {
        if (pdf.getVersion() < 1.6f) {
            pdf.setVersion(1.7f);
        }
        COSStream srgb = outputIntents(pdf);
        COSArray rgb = new COSArray();
        rgb.add(COSName.ICCBASED);
        rgb.add(srgb);
        new RgbMapping(rgb).pages(pdf);
        pdf.getDocumentInformation().setTrapped("False");
        pdf.getDocumentInformation().setCustomMetadataValue("GTS_PDFXVersion", "PDF/X-4");
        xmp(pdf, documentKey, fileId);
    }

    /**
     * The PDF/X intent and the PDF/A intent with one CMYK profile.
     *
     * @return the sRGB profile the PDF/A intent carried, kept for the ICCBased sRGB the RGB colours become
     */
    private static COSStream outputIntents(PDDocument pdf) throws IOException {
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        // The profile's bytes as shipped: PDOutputIntent would embed LittleCMS's rewriting of them.
        PDStream profile = new PDStream(pdf, new ByteArrayInputStream(profile()), COSName.FLATE_DECODE);
        COSStream cmyk = profile.getCOSObject();
        cmyk.setInt(COSName.N, 4);
        cmyk.setItem(COSName.ALTERNATE, COSName.DEVICECMYK);
        COSDictionary printerIntent = new COSDictionary();
        printerIntent.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
        printerIntent.setItem(COSName.S, GTS_PDFX);
        printerIntent.setItem(COSName.DEST_OUTPUT_PROFILE, cmyk);
        PDOutputIntent printer = new PDOutputIntent(printerIntent);
        describe(printer);
        COSStream srgb = null;
        List<PDOutputIntent> intents = new ArrayList<>();
        intents.add(printer);
        for (PDOutputIntent intent : catalog.getOutputIntents()) {
            if (GTS_PDFA1.equals(intent.getCOSObject().getCOSName(COSName.S))) {
                if (srgb == null && intent.getDestOutputIntent() != null
                        && intent.getDestOutputIntent().getInt(COSName.N) == 3) {
                    srgb = intent.getDestOutputIntent();
                }
                intent.getCOSObject().setItem(COSName.DEST_OUTPUT_PROFILE, cmyk);
                describe(intent);
                intents.add(intent);
            }
        }
        catalog.setOutputIntents(intents);
        if (srgb == null) {
            srgb = new PDOutputIntent(pdf, new ByteArrayInputStream(
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())).getDestOutputIntent();
        }
        return srgb;
    }

    private static void describe(PDOutputIntent intent) {
        intent.setOutputConditionIdentifier(CONDITION);
        intent.setOutputCondition(CONDITION_INFO);
        intent.setInfo(CONDITION_INFO);
        intent.setRegistryName(REGISTRY);
    }

    /**
     * The identification PDF/X-4 reads from the XMP packet (pdfxid:GTS_PDFXVersion, the xmpMM identifiers and
     * rendition class, pdf:Trapped), added to what is there.
     */
    private static void xmp(PDDocument pdf, String documentKey, byte[] fileId) throws IOException {
        PDMetadata stream = pdf.getDocumentCatalog().getMetadata();
        if (stream == null) {
            throw new IOException("a PDF/X-4 file needs the PDF/A file's XMP packet to add to");
        }
        try (InputStream in = stream.exportXMPMetadata()) {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            XMPMetadata xmp = parser.parse(in);
            XMPMediaManagementSchema media = xmp.getXMPMediaManagementSchema() != null
                    ? xmp.getXMPMediaManagementSchema() : xmp.createAndAddXMPMediaManagementSchema();
            media.setDocumentID("uuid:" + UUID.nameUUIDFromBytes(documentKey.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
            media.setVersionID(HexFormat.of().formatHex(fileId));
            media.setRenditionClass("default");
            AdobePDFSchema adobe = xmp.getAdobePDFSchema() != null ? xmp.getAdobePDFSchema()
                    : xmp.createAndAddAdobePDFSchema();
            adobe.setTextPropertyValueAsSimple("Trapped", "False");
            describeInExtension(xmp);
            XMPSchema pdfx = xmp.getSchema(PDFXID) != null ? xmp.getSchema(PDFXID)
                    : xmp.createAndAddDefaultSchema("pdfxid", PDFXID);
            pdfx.setTextPropertyValueAsSimple("GTS_PDFXVersion", "PDF/X-4");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            stream.importXMPMetadata(out.toByteArray());
        } catch (XmpParsingException | TransformerException e) {
            throw new IOException("cannot add PDF/X-4 to the PDF's XMP metadata: " + e.getMessage(), e);
        }
    }

    /**
     * openhtmltopdf describes the Adobe PDF schema again as a PDF/A extension schema, with three of its properties:
     * veraPDF then reads pdf:Trapped as undeclared, so it is added to that description. Where such descriptions are,
     * veraPDF also wants pdfxid described (ISO 15930-7 defines it, not the XMP specification): it is, in both files.
     */
    private static void describeInExtension(XMPMetadata xmp) {
        PDFAExtensionSchema extension = xmp.getPDFExtensionSchema() != null ? xmp.getPDFExtensionSchema()
                : xmp.createAndAddPDFAExtensionSchemaWithDefaultNS();
        ArrayProperty schemas = extension.getSchemasProperty();
        if (schemas == null) {
            schemas = extension.createArrayProperty(PDFAExtensionSchema.SCHEMAS, Cardinality.Bag);
            extension.addProperty(schemas);
        }
        boolean pdfxid = false;
        boolean pdf = false;
        for (AbstractField field : schemas.getContainer().getAllProperties()) {
            if (field instanceof PDFASchemaType schema && schema.getProperty() != null) {
                pdfxid |= PDFXID.equals(schema.getNamespaceURI());
                if (PDF.equals(schema.getNamespaceURI())) {
                    pdf = true;
                    boolean trapped = schema.getProperty().getContainer().getAllProperties().stream().anyMatch(
                            p -> p instanceof PDFAPropertyType property && "Trapped".equals(property.getName()));
                    if (!trapped) {
                        schema.getProperty().getContainer().addProperty(trapped(xmp));
                    }
                }
            }
        }
        if (!pdf) {
            schemas.getContainer().addProperty(schema(xmp, "Adobe PDF Schema", PDF, "pdf", trapped(xmp)));
        }
        if (!pdfxid) {
            schemas.getContainer().addProperty(schema(xmp, "PDF/X ID Schema", PDFXID, "pdfxid", property(xmp,
                    "GTS_PDFXVersion", "internal", "The PDF/X version the file conforms to (ISO 15930).")));
        }
    }

    private static PDFASchemaType schema(XMPMetadata xmp, String name, String namespace, String prefix,
                                         PDFAPropertyType property) {
        PDFASchemaType schema = new PDFASchemaType(xmp);
        schema.addProperty(schema.createTextType(PDFASchemaType.SCHEMA, name));
        schema.addProperty(schema.createTextType(PDFASchemaType.NAMESPACE_URI, namespace));
        schema.addProperty(schema.createTextType(PDFASchemaType.PREFIX, prefix));
        ArrayProperty properties = schema.createArrayProperty(PDFASchemaType.PROPERTY, Cardinality.Seq);
        properties.getContainer().addProperty(property);
        schema.addProperty(properties);
        return schema;
    }

    private static PDFAPropertyType trapped(XMPMetadata xmp) {
        return property(xmp, "Trapped", "external",
                "Whether the document has been modified to include trapping information.");
    }

    private static PDFAPropertyType property(XMPMetadata xmp, String name, String category, String description) {
        PDFAPropertyType property = new PDFAPropertyType(xmp);
        property.addProperty(property.createTextType(PDFAPropertyType.NAME, name));
        property.addProperty(property.createTextType(PDFAPropertyType.VALUETYPE, "Text"));
        property.addProperty(property.createTextType(PDFAPropertyType.CATEGORY, category));
        property.addProperty(property.createTextType(PDFAPropertyType.DESCRIPTION, description));
        return property;
    }

    /**
     * Every DeviceRGB of the pages made ICCBased sRGB: colours set in content streams by a /DefaultRGB beside them,
     * in each resource dictionary; images, shadings and transparency groups by their colour space itself.
     */
    private static final class RgbMapping {
        private final COSArray rgb;
        private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());

        RgbMapping(COSArray rgb) {
            this.rgb = rgb;
        }

        void pages(PDDocument pdf) {
            for (PDPage page : pdf.getPages()) {
                COSDictionary dict = page.getCOSObject();
                group(dict);
                COSDictionary resources = dict.getCOSDictionary(COSName.RESOURCES);
                if (resources == null) {
                    resources = new COSDictionary();
                    dict.setItem(COSName.RESOURCES, resources);
                }
                resources(resources);
                COSArray annotations = dict.getCOSArray(COSName.ANNOTS);
                if (annotations != null) {
                    for (COSBase annotation : annotations) {
                        if (resolve(annotation) instanceof COSDictionary a
                                && a.getCOSDictionary(COSName.AP) != null) {
                            for (COSBase appearance : a.getCOSDictionary(COSName.AP).getValues()) {
                                appearance(resolve(appearance));
                            }
                        }
                    }
                }
            }
        }

        private void appearance(COSBase appearance) {
            if (appearance instanceof COSStream form) {
                xObject(form);
            } else if (appearance instanceof COSDictionary states) {
                states.getValues().forEach(state -> appearance(resolve(state)));
            }
        }

        private void resources(COSDictionary resources) {
            if (!seen.add(resources)) {
                return;
            }
            COSDictionary spaces = resources.getCOSDictionary(COSName.COLORSPACE);
            if (spaces == null) {
                spaces = new COSDictionary();
                resources.setItem(COSName.COLORSPACE, spaces);
            }
            for (COSName name : List.copyOf(spaces.keySet())) {
                spaces.setItem(name, space(spaces.getDictionaryObject(name)));
            }
            spaces.setItem(DEFAULT_RGB, rgb);
            each(resources, COSName.XOBJECT, this::xObject);
            each(resources, COSName.PATTERN, this::pattern);
            each(resources, COSName.SHADING, this::shading);
            each(resources, COSName.EXT_G_STATE, this::graphicsState);
            each(resources, COSName.FONT, font -> {
                if (font.getCOSDictionary(COSName.RESOURCES) != null) {
                    resources(font.getCOSDictionary(COSName.RESOURCES)); // a Type 3 font's glyphs
                }
            });
        }

        private static void each(COSDictionary resources, COSName kind,
                                 java.util.function.Consumer<COSDictionary> action) {
            COSDictionary named = resources.getCOSDictionary(kind);
            if (named != null) {
                for (COSBase value : named.getValues()) {
                    if (resolve(value) instanceof COSDictionary dictionary) {
                        action.accept(dictionary);
                    }
                }
            }
        }

        private void xObject(COSDictionary object) {
            if (!seen.add(object)) {
                return;
            }
            if (COSName.IMAGE.equals(object.getCOSName(COSName.SUBTYPE))) {
                if (object.getDictionaryObject(COSName.COLORSPACE) != null) {
                    object.setItem(COSName.COLORSPACE, space(object.getDictionaryObject(COSName.COLORSPACE)));
                }
                return;
            }
            group(object);
            COSDictionary resources = object.getCOSDictionary(COSName.RESOURCES);
            if (resources == null) {
                resources = new COSDictionary();
                object.setItem(COSName.RESOURCES, resources);
            }
            resources(resources);
        }

        private void pattern(COSDictionary pattern) {
            if (!seen.add(pattern)) {
                return;
            }
            if (pattern.getCOSDictionary(COSName.SHADING) != null) {
                shading(pattern.getCOSDictionary(COSName.SHADING));
            }
            if (pattern.getCOSDictionary(COSName.RESOURCES) != null) {
                resources(pattern.getCOSDictionary(COSName.RESOURCES));
            }
        }

        private void shading(COSDictionary shading) {
            if (shading.getDictionaryObject(COSName.COLORSPACE) != null) {
                shading.setItem(COSName.COLORSPACE, space(shading.getDictionaryObject(COSName.COLORSPACE)));
            }
        }

        private void graphicsState(COSDictionary state) {
            if (resolve(state.getDictionaryObject(COSName.SMASK)) instanceof COSDictionary mask
                    && mask.getDictionaryObject(COSName.G) instanceof COSStream group) {
                xObject(group);
            }
        }

        /** A transparency group blends in sRGB rather than DeviceRGB. */
        private void group(COSDictionary object) {
            COSDictionary group = object.getCOSDictionary(COSName.GROUP);
            if (group != null && group.getDictionaryObject(COSName.CS) != null) {
                group.setItem(COSName.CS, space(group.getDictionaryObject(COSName.CS)));
            }
        }

        /** The colour space with DeviceRGB, wherever it stands in it, made sRGB. */
        private COSBase space(COSBase space) {
            COSBase value = resolve(space);
            if (COSName.DEVICERGB.equals(value) || COSName.RGB.equals(value)) {
                return rgb;
            }
            if (value instanceof COSArray array && array.size() > 1 && array.getObject(0) instanceof COSName family) {
                int base = switch (family.getName()) {
                    case "Indexed", "Pattern" -> 1;
                    case "Separation", "DeviceN" -> 2;
                    default -> -1;
                };
                if (base > 0 && base < array.size()) {
                    array.set(base, space(array.get(base)));
                }
            }
            return space;
        }

        private static COSBase resolve(COSBase base) {
            return base instanceof COSObject object ? object.getObject() : base;
        }
    }
}
