package dev.octavo.pdf;

import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.octavo.fonts.FontSet;
import dev.octavo.internal.ParallelJobs;
import dev.octavo.model.Metadata;
import dev.octavo.model.PageMap;
import dev.octavo.model.PageNumbering;
import dev.octavo.model.PageStart;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Typesets the print XHTML into a PDF with openhtmltopdf. Every font is embedded as a subset; the document
 * information and the file identifier are derived from the book and the build timestamp, never from the clock,
 * so that a rebuild gives the same bytes. The renderer reads nothing but files of the manuscript (ResourceGuard).
 */
public final class PdfWriter {
    /**
     * Every id of the book's own: openhtmltopdf also gives each footnote body an id of its own ("fs-footnote-7"),
     * numbered in each document, which the book never refers to and which would clash between the parts of a
     * first pass ({@link dev.octavo.xhtml.PrintPart}).
     */
    private static final Pattern BOOK_IDS = Pattern.compile("^(?!fs-footnote-\\d+$).+");
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
        try (PDDocument scratch = new PDDocument(ArrayStreamCache::new);
             PdfBoxRenderer renderer = renderer(builder(SecureXml.parse(xhtml), baseDirectory, new EmbeddedFonts(scratch),
                     fonts, detail, new ResourceGuard(baseDirectory)))) {
            return layOut(renderer, markable);
        }
    }

    private static PageMap layOut(PdfBoxRenderer renderer, Optional<Predicate<String>> markable) {
        renderer.layout();
        // What createPDF does before drawing, and findPagePositionsByID needs: pages placed, root known.
        renderer.getRootBox().getLayer().assignPagePaintingPositions(
                renderer.getSharedContext().newLayoutContextInstance(), Layer.PAGED_MODE_PRINT);
        renderer.getOutputDevice().setRoot(renderer.getRootBox());
        return pageMap(renderer, markable);
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
        return write(xhtml, baseDirectory, fonts, metadata, timestamp, bodyStartId, markable, out, detail, (map, n) -> { });
    }

    /**
     * Renders the final PDF, and tells where everything landed as soon as the layout is done, before drawing
     * and saving: whoever waits for the pages (the EPUB's page list) can go on meanwhile.
     */
    public Summary write(String xhtml, Path baseDirectory, FontSet fonts, Metadata metadata, Instant timestamp,
                         String bodyStartId, Predicate<String> markable, OutputStream out, Consumer<String> detail,
                         BiConsumer<PageMap, PageNumbering> laidOut) throws IOException {
        ResourceGuard guard = new ResourceGuard(baseDirectory);
        // Hashing the document for the file identifier is plain byte work: another thread does it meanwhile.
        ParallelJobs.Pending<byte[]> fileId = ParallelJobs.meanwhile("pdf-id",
                () -> PrintFinishing.fileId(metadata, timestamp, xhtml));
        try (PDDocument pdf = new PDDocument(ArrayStreamCache::new)) {
            EmbeddedFonts embedded = new EmbeddedFonts(pdf);
            PdfRendererBuilder builder = builder(SecureXml.parse(xhtml), baseDirectory, embedded, fonts, detail, guard);
            // Pages are tidied (EmptyArtifacts) on another thread as soon as openhtmltopdf has drawn them.
            try (EmptyArtifacts.Tidier tidier = new EmptyArtifacts.Tidier()) {
                BalancedPages pages = new BalancedPages(tidier::finished);
                builder.usePageSupplier(pages);
                try (PdfBoxRenderer renderer = renderer(builder)) {
                    long started = System.nanoTime();
                    PageMap map = layOut(renderer, Optional.of(markable));
                    PageNumbering numbering = new PageNumbering(map.first(bodyStartId).orElse(0));
                    laidOut.accept(map, numbering);
                    long laidOutAt = System.nanoTime();
                    renderer.createPDFKeepOpen(); // draws the layout above: openhtmltopdf lays out only when not yet done
                    pages.finishLast();
                    long drawnAt = System.nanoTime();
                    PrintFinishing.apply(pdf, metadata, timestamp, numbering, fileId.outcome().orThrow());
                    tidier.apply(pdf);
                    InlinePropertyLists.apply(pdf);
                    embedded.subset();
                    long finishedAt = System.nanoTime();
                    CompactPdfSaver.save(pdf, out);
                    detail.accept(String.format(Locale.ROOT, "print: %d pages; final layout %.2f s, drawing %.2f s, "
                            + "finishing %.2f s, saving %.2f s", map.pageCount(), seconds(started, laidOutAt),
                            seconds(laidOutAt, drawnAt), seconds(drawnAt, finishedAt), seconds(finishedAt, System.nanoTime())));
                    return new Summary(pdf.getNumberOfPages(), map, numbering, guard.refused());
                }
            }
        } finally {
            fileId.outcome(); // the other thread is done whatever happened here
        }
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static PdfRendererBuilder builder(Document document, Path baseDirectory, EmbeddedFonts embedded, FontSet fonts,
                                              Consumer<String> detail, ResourceGuard guard) {
        RendererLogging.install();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withW3cDocument(document, baseDirectory.toUri().toString());
        guard.install(builder);
        builder.withProducer("Octavo");
        // Page contents are left uncompressed, the only effect of test mode: EmptyArtifacts edits and compresses them.
        builder.testMode(true);
        // Tagged PDF/UA-1 and archival PDF/A-3u with an sRGB output intent; the XMP packet is rewritten afterwards.
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
        builder.useColorProfile(SRGB);
        builder.withDiagnosticConsumer(d -> {
            if (d.getLevel().intValue() >= java.util.logging.Level.INFO.intValue()) {
                detail.accept("openhtmltopdf: " + d.getFormattedMessage());
            }
        });
        embedded.offer(fonts, builder);
        return builder;
    }

    /**
     * The builder's renderer, measuring text from width tables (TabulatedWidths) and finding line breaks without
     * the URL search where there is no slash (PlainLineBreaks), before it lays anything out.
     */
    private static PdfBoxRenderer renderer(PdfRendererBuilder builder) {
        PdfBoxRenderer renderer = builder.buildPdfRenderer();
        renderer.getSharedContext().setTextRenderer(new TabulatedWidths());
        renderer.getSharedContext().setLineBreaker(new PlainLineBreaks());
        return renderer;
    }

    private static PageMap pageMap(PdfBoxRenderer renderer, Optional<Predicate<String>> markable) {
        Map<String, List<Integer>> pages = new LinkedHashMap<>();
        for (PagePosition<?> position : renderer.findPagePositionsByID(BOOK_IDS)) {
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
