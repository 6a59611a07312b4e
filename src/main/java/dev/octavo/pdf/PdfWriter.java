package dev.octavo.pdf;

import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.octavo.fonts.FontFace;
import dev.octavo.fonts.FontSet;
import dev.octavo.model.Metadata;
import dev.octavo.model.PageMap;
import dev.octavo.model.PageNumbering;
import dev.octavo.model.PageStart;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Typesets the print XHTML into a PDF with openhtmltopdf. Every font is embedded as a subset; the document
 * information and the file identifier are derived from the book and the build timestamp, never from the clock,
 * so that a rebuild gives the same bytes. The renderer reads nothing but files of the manuscript (ResourceGuard).
 */
public final class PdfWriter {
    private static final Pattern EVERY_ID = Pattern.compile(".+");
    /** The JDK's own sRGB profile: the output intent PDF/A asks for, with no file to ship. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /**
     * What was written.
     *
     * @param pageMap   where every element with an id was printed, and where each page's text begins
     * @param numbering the page labels of this PDF
     * @param refused   the URIs the renderer asked for and was refused
     */
    public record Summary(int pages, PageMap pageMap, PageNumbering numbering, List<String> refused) {
        public Summary {
            refused = List.copyOf(refused);
        }
    }

    /**
     * Lays the document out without drawing it (cheap: no glyph encoding), to see where everything lands.
     *
     * @param markable the ids of the blocks whose lines may start a page in the page map
     */
    public PageMap layout(String xhtml, Path baseDirectory, FontSet fonts, Predicate<String> markable,
                          Consumer<String> detail) throws IOException {
        return layout(xhtml, baseDirectory, fonts, Optional.of(markable), detail);
    }

    /** A layout for the element positions alone: no page starts are looked for (the first of two passes). */
    public PageMap layout(String xhtml, Path baseDirectory, FontSet fonts, Consumer<String> detail) throws IOException {
        return layout(xhtml, baseDirectory, fonts, Optional.empty(), detail);
    }

    private PageMap layout(String xhtml, Path baseDirectory, FontSet fonts, Optional<Predicate<String>> markable,
                           Consumer<String> detail) throws IOException {
        try (PdfBoxRenderer renderer = builder(xhtml, baseDirectory, fonts, detail, new ResourceGuard(baseDirectory))
                .buildPdfRenderer()) {
            renderer.layout();
            // What createPDF does before drawing, and findPagePositionsByID needs: pages placed, root known.
            renderer.getRootBox().getLayer().assignPagePaintingPositions(
                    renderer.getSharedContext().newLayoutContextInstance(), Layer.PAGED_MODE_PRINT);
            renderer.getOutputDevice().setRoot(renderer.getRootBox());
            return pageMap(renderer, markable);
        }
    }

    /**
     * Renders the final PDF.
     *
     * @param baseDirectory the manuscript directory: relative URIs resolve against it, and only its files are read
     * @param bodyStartId   the id of the element that opens the body: page 1 in arabic, roman before it
     */
    public Summary write(String xhtml, Path baseDirectory, FontSet fonts, Metadata metadata, Instant timestamp,
                         String bodyStartId, Predicate<String> markable, OutputStream out, Consumer<String> detail)
            throws IOException {
        ResourceGuard guard = new ResourceGuard(baseDirectory);
        try (PdfBoxRenderer renderer = builder(xhtml, baseDirectory, fonts, detail, guard).buildPdfRenderer()) {
            PDDocument pdf = renderer.createPDFKeepOpen();
            try {
                PageMap map = pageMap(renderer, Optional.of(markable));
                PageNumbering numbering = new PageNumbering(map.first(bodyStartId).orElse(0));
                PrintFinishing.apply(pdf, metadata, timestamp, numbering, xhtml);
                // PDFBox 3's default object-stream compression writes a trailer /Size that qpdf --check flags;
                // classic cross-reference tables keep print shops' preflight quiet (streams stay Flate-compressed).
                pdf.save(out, CompressParameters.NO_COMPRESSION);
                return new Summary(pdf.getNumberOfPages(), map, numbering, guard.refused());
            } finally {
                pdf.close();
            }
        }
    }

    private static PdfRendererBuilder builder(String xhtml, Path baseDirectory, FontSet fonts, Consumer<String> detail,
                                              ResourceGuard guard) {
        RendererLogging.install();
        Document document = SecureXml.parse(xhtml);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withW3cDocument(document, baseDirectory.toUri().toString());
        guard.install(builder);
        builder.withProducer("Octavo");
        // Tagged PDF/UA-1 and archival PDF/A-3u with an sRGB output intent; the XMP packet is rewritten afterwards.
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
        builder.useColorProfile(SRGB);
        builder.withDiagnosticConsumer(d -> {
            if (d.getLevel().intValue() >= java.util.logging.Level.INFO.intValue()) {
                detail.accept("openhtmltopdf: " + d.getFormattedMessage());
            }
        });
        for (FontFace face : fonts.faces()) {
            // GSUB-free data: PDFBox would otherwise run its slow GSUB worker on every text run (GsubFreeFont).
            byte[] data = face.pdfData();
            builder.useFont(() -> new ByteArrayInputStream(data), face.family(), face.weight(),
                    face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
        return builder;
    }

    private static PageMap pageMap(PdfBoxRenderer renderer, Optional<Predicate<String>> markable) {
        Map<String, List<Integer>> pages = new LinkedHashMap<>();
        for (PagePosition<?> position : renderer.findPagePositionsByID(EVERY_ID)) {
            List<Integer> on = pages.computeIfAbsent(position.getId(), id -> new ArrayList<>());
            if (!on.contains(position.getPageNo())) {
                on.add(position.getPageNo());
            }
        }
        pages.values().forEach(list -> list.sort(Integer::compare));
        List<PageStart> starts = markable.map(m -> PageStartFinder.find(renderer, m)).orElse(List.of());
        return new PageMap(renderer.getRootBox().getLayer().getPages().size(), pages, starts);
    }
}
