package dev.octavo.pdf.engine;

import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import dev.octavo.Diagnostic;
import dev.octavo.ManuscriptException;
import dev.octavo.SourcePosition;
import dev.octavo.compose.Hyphenation;
import dev.octavo.compose.LineBreaker;
import dev.octavo.compose.Settings;
import dev.octavo.fonts.FontSet;
import dev.octavo.model.FigurePlacement;
import dev.octavo.model.PageMap;
import dev.octavo.model.PrintedMargins;
import dev.octavo.pdf.finish.ArrayStreamCache;
import dev.octavo.pdf.finish.EmptyArtifacts;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One print document in a PDF of its own: laid out when made, so that its page map is known at once, and drawn on
 * {@link #draw}. Its pages are tidied (EmptyArtifacts) on another thread as soon as openhtmltopdf has drawn them,
 * and its fonts are subset once they are all drawn. Not for use by two threads at once.
 *
 * <p>Public for {@link dev.octavo.pdf.PdfWriter}, which lays out the documents of a book, mends their figure holes,
 * and joins, finishes and saves what they draw; how a document is laid out and drawn stays in this package.
 */
public final class TypesetDocument implements AutoCloseable {
    /**
     * Every id of the book's own: openhtmltopdf also gives each footnote body an id of its own ("fs-footnote-7"),
     * numbered in each document, which the book never refers to.
     */
    private static final Pattern BOOK_IDS = Pattern.compile("^(?!fs-footnote-\\d+$).+");
    /** The JDK's own sRGB profile: the output intent PDF/A asks for, with no file to ship. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final PDDocument pdf;
    private final EmbeddedFonts fonts;
    private final EmptyArtifacts.Tidier tidier;
    private final BalancedPages pages;
    /** The layout; let go once the pages are drawn (see {@link #draw}). */
    private PdfBoxRenderer renderer;
    private final PageMap map;
    private final PrintedMargins margins;
    private final long layoutNanos;
    private final long composeNanos;
    private final int composedParagraphs;
    private final Map<String, LineBreaker.Keep> pageEndHyphens;
    private EmptyArtifacts.Count tidied;

    /**
     * @param markable   the ids of the blocks whose lines may start a page in the page map
     * @param firstFolio the number the folio of the first page shows ({@code counter(page)})
     * @param guard      what the renderer may read; one guard may serve several documents at once
     * @param undivided  by paragraph, the lines that must not end in a hyphen: those that ended a page in an earlier
     *                   layout ({@link #pageEndHyphens})
     */
    public TypesetDocument(String xhtml, Path baseDirectory, FontSet fontSet, Predicate<String> markable,
                           int firstFolio, ResourceGuard guard, Hyphenation hyphenation,
                           Map<String, LineBreaker.Keep> undivided, Consumer<String> detail) {
        this(xhtml, baseDirectory, fontSet, markable, firstFolio, guard, detail, new TabulatedWidths(), hyphenation,
                undivided);
    }

    /** @param measures the renderer's text measuring and drawing (TabulatedWidths; one per document) */
    TypesetDocument(String xhtml, Path baseDirectory, FontSet fontSet, Predicate<String> markable,
                    int firstFolio, ResourceGuard guard, Consumer<String> detail, TabulatedWidths measures) {
        this(xhtml, baseDirectory, fontSet, markable, firstFolio, guard, detail, measures, new Hyphenation(),
                Map.of());
    }

    /** @param hyphenation where words may break; may serve documents on other threads at once */
    TypesetDocument(String xhtml, Path baseDirectory, FontSet fontSet, Predicate<String> markable,
                    int firstFolio, ResourceGuard guard, Consumer<String> detail, TabulatedWidths measures,
                    Hyphenation hyphenation, Map<String, LineBreaker.Keep> undivided) {
        pdf = new PDDocument(ArrayStreamCache::new);
        tidier = new EmptyArtifacts.Tidier(pdf);
        fonts = new EmbeddedFonts(pdf);
        pages = new BalancedPages(tidier::finished);
        PdfBoxRenderer built = null;
        try {
            org.w3c.dom.Document document = SecureXml.parse(xhtml);
            // Marked before the renderer computes any style: the mark sets a paragraph white-space: pre-wrap.
            List<org.w3c.dom.Element> paragraphs = ParagraphComposer.mark(document);
            PdfRendererBuilder builder = builder(document, baseDirectory, fontSet, guard, detail);
            builder.usePageSupplier(pages);
            builder.useInitialPageNumber(firstFolio);
            built = builder.buildPdfRenderer();
            // Text measured from width tables, line breaks found without the URL search where there is no slash.
            built.getSharedContext().setTextRenderer(measures);
            built.getSharedContext().setLineBreaker(new PlainLineBreaks());
            long started = System.nanoTime();
            ParagraphComposer composer = new ParagraphComposer(built.getSharedContext(), measures, hyphenation,
                    Settings.BOOK, language(document));
            Map<org.w3c.dom.Element, ComposedLines.Paragraph> composed = composer.compose(paragraphs, undivided);
            composeNanos = System.nanoTime() - started;
            composedParagraphs = composed.size();
            // Room on every page for what hangs into the margins, a point more than the widest hang for rounding.
            float hang = composer.widestHang() > 0 ? composer.widestHang() / built.getDotsPerPoint() + 1 : 0;
            tidier.editEach(contents -> PageClipWidening.widen(contents, hang));
            ComposedLines.Spaced[] spaced = new ComposedLines.Spaced[1];
            map = layOut(built, markable, baseDirectory, composed, spaced);
            pageEndHyphens = spaced[0].pageEndHyphens();
            refuseUnprintableText(measures, baseDirectory);
            margins = SheetMargins.narrowest(built);
            layoutNanos = System.nanoTime() - started;
        } catch (RuntimeException | Error e) {
            closeQuietly(built, e);
            throw e;
        }
        renderer = built;
    }

    /** Where every element with an id was laid out, and where each page's text begins (for PdfWriter). */
    /** The narrowest margins of its pages, from the sheet's edges (bleed included). */
    public PrintedMargins margins() {
        return margins;
    }

    public PageMap map() {
        return map;
    }

    /** The document drawn into, which PdfWriter joins, finishes and saves once drawn. */
    public PDDocument pdf() {
        return pdf;
    }

    /**
     * Where to move the figures that leave holes in this layout, the first of each chapter ({@link FigureHoles}):
     * PdfWriter lays the body out again with them.
     */
    public Map<String, FigurePlacement> figureHoles(Set<String> skip) {
        return FigureHoles.find(renderer.getRootBox(), renderer.getRootBox().getLayer().getPages(), skip);
    }

    /** The layout's root box while there is a layout: for the test that it is let go once drawn. */
    java.util.Optional<com.openhtmltopdf.render.BlockBox> rootBox() {
        return java.util.Optional.ofNullable(renderer).map(PdfBoxRenderer::getRootBox);
    }

    /** How long the layout took, composing the paragraphs included, for PdfWriter's timings. */
    public long layoutNanos() {
        return layoutNanos;
    }

    /** How long composing the paragraphs took, for PdfWriter's timings. */
    public long composeNanos() {
        return composeNanos;
    }

    /**
     * The composed lines that end a page in a divided word, by paragraph: PdfWriter lays the document out again
     * with them kept whole where another break is as good ({@link LineBreaker.Keep}).
     */
    public Map<String, LineBreaker.Keep> pageEndHyphens() {
        return pageEndHyphens;
    }

    /** How many paragraphs Octavo's line breaker set, for PdfWriter's timings. */
    public int composedParagraphs() {
        return composedParagraphs;
    }

    /** What tidying the pages took out; known once drawn (PdfWriter's timings count the blank pages). */
    public EmptyArtifacts.Count tidied() {
        return tidied;
    }

    /**
     * Draws the pages laid out, tidies them and subsets the fonts: the document is then ready to be saved (by
     * PdfWriter).
     */
    public void draw() throws IOException {
        renderer.createPDFKeepOpen(); // draws the layout made above: openhtmltopdf lays out only when not yet done
        pages.finishLast();
        tidied = tidier.apply();
        fonts.subset();
        // The boxes, styles and the DOM are not needed to finish and save the PDF: at 200× the seed they were
        // 250 MB the save's garbage had to share the heap with (two full collections, 1.8 s of a 3 s save).
        // Closing the renderer does not close the document it drew into (createPDFKeepOpen).
        PdfBoxRenderer drawn = renderer;
        renderer = null;
        drawn.close();
    }

    private PdfRendererBuilder builder(org.w3c.dom.Document document, Path baseDirectory, FontSet fontSet,
                                       ResourceGuard guard, Consumer<String> detail) {
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
        // SVG figures are drawn as vectors by Batik, with no script run and nothing fetched.
        builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                BatikSVGDrawer.SvgExternalResourceMode.SECURE));
        builder.withDiagnosticConsumer(d -> {
            if (d.getLevel().intValue() >= java.util.logging.Level.INFO.intValue()) {
                detail.accept("openhtmltopdf: " + d.getFormattedMessage());
            }
        });
        fonts.offer(fontSet, builder);
        return builder;
    }

    /** @param spaced where to put what spacing the composed lines found */
    private static PageMap layOut(PdfBoxRenderer renderer, Predicate<String> markable, Path baseDirectory,
                                  Map<org.w3c.dom.Element, ComposedLines.Paragraph> composed,
                                  ComposedLines.Spaced[] spaced) {
        renderer.layout();
        refuseUndrawnImages(renderer, baseDirectory);
        // The composed paragraphs' lines, as broken before the layout, spaced to the measure.
        spaced[0] = ComposedLines.justify(renderer.getRootBox(), renderer.getRootBox().getLayer().getPages(),
                composed);
        // What createPDF does before drawing, and findPagePositionsByID needs: pages placed, root known.
        renderer.getRootBox().getLayer().assignPagePaintingPositions(
                renderer.getSharedContext().newLayoutContextInstance(), Layer.PAGED_MODE_PRINT);
        renderer.getOutputDevice().setRoot(renderer.getRootBox());
        Map<String, List<Integer>> onPages = new LinkedHashMap<>();
        for (PagePosition<?> position : renderer.findPagePositionsByID(BOOK_IDS)) {
            List<Integer> on = onPages.computeIfAbsent(position.getId(), id -> new ArrayList<>());
            if (!on.contains(position.getPageNo())) {
                on.add(position.getPageNo());
            }
        }
        onPages.values().forEach(list -> list.sort(Integer::compare));
        return new PageMap(renderer.getRootBox().getLayer().getPages().size(), onPages,
                PageStartFinder.find(renderer, markable));
    }

    /**
     * Nothing is left out of a book quietly: an image the renderer could not draw stops the build, named by its
     * file, or, for an address that is no file (a template's or stylesheet's), at the manuscript with the address.
     */
    private static void refuseUndrawnImages(PdfBoxRenderer renderer, Path baseDirectory) {
        List<Diagnostic> problems = new ArrayList<>();
        for (String src : UndrawnImages.find(renderer.getRootBox())) {
            Path file = null;
            try {
                java.net.URI uri = java.net.URI.create(src);
                file = "file".equalsIgnoreCase(uri.getScheme()) ? Path.of(uri) : null;
            } catch (IllegalArgumentException e) {
                // not a URI: named as written below
            }
            problems.add(file != null
                    ? Diagnostic.error(SourcePosition.of(file),
                            "the PDF renderer could not draw this image, so the book would lack it")
                    : Diagnostic.error(SourcePosition.of(baseDirectory), "the PDF renderer could not draw the image '"
                            + src + "' (only files inside the manuscript are read), so the book would lack it"));
        }
        if (!problems.isEmpty()) {
            throw new ManuscriptException(problems);
        }
    }

    /** Text in a font the book does not have would be missing from the page: the build stops, quoting it. */
    private static void refuseUnprintableText(TabulatedWidths measures, Path baseDirectory) {
        List<String> text = measures.unprintable();
        if (!text.isEmpty()) {
            throw new ManuscriptException(List.of(Diagnostic.error(SourcePosition.of(baseDirectory),
                    "the print stylesheet sets text in a font family the book does not have, so it would not be"
                            + " printed: " + String.join(", ", text.stream().map(t -> "'" + t + "'").toList())
                            + " (name one of the book's font families, see the colophon)")));
        }
    }

    /** The document's language, from its root's lang: the book's. */
    private static java.util.Locale language(org.w3c.dom.Document document) {
        String lang = document.getDocumentElement().getAttribute("lang");
        return lang.isEmpty() ? java.util.Locale.ROOT : java.util.Locale.forLanguageTag(lang);
    }

    @Override
    public void close() throws IOException {
        try (pdf; tidier; PdfBoxRenderer notDrawn = renderer) {
            // all three closed, in reverse order, whatever any of them throws (the renderer only if never drawn)
        }
    }

    /** Closes what a constructor that failed made, keeping what went wrong first. */
    private void closeQuietly(PdfBoxRenderer built, Throwable cause) {
        try (pdf; tidier; built) {
            // all closed, whatever any of them throws
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
