package dev.octavo;

import dev.octavo.testing.EpubBook;
import dev.octavo.testing.EpubCheckRunner;
import dev.octavo.testing.PdfGeometry;
import dev.octavo.testing.PdfGeometry.Box;
import dev.octavo.testing.PdfGeometry.DrawnImage;
import dev.octavo.testing.PdfGeometry.DrawnPath;
import dev.octavo.testing.PdfGeometry.Glyph;
import dev.octavo.testing.PdfGeometry.Page;
import dev.octavo.testing.RealBook;
import dev.octavo.testing.RealBook.Figure;
import dev.octavo.testing.RealBook.Language;
import dev.octavo.testing.RealBook.Xref;
import dev.octavo.testing.Seed;
import dev.octavo.testing.Tool;
import dev.octavo.testing.VeraPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Books that look like real ones ({@link RealBook}: four chapters, fifty figures of every format, cross-references,
 * footnotes, tables, code, a glossary), in Vietnamese and in English, checked as a printer, a reader and the
 * standards' validators would, with tools independent of Octavo: PDFBox's graphics stream engine
 * ({@link PdfGeometry}) for where everything is drawn, PDFBox's renderer for colours, poppler's pdfimages, the EPUB
 * read as XML, EPUBCheck, veraPDF and DAISY Ace. Each book is built once and shared by the tests.
 */
class RealBookTest {
    private static final Instant STAMP = Instant.parse("2026-03-01T00:00:00Z");
    /** Gaps below one and a half body lines are leading, or the space around a heading, not an empty stretch. */
    private static final double MERGE_GAP = 1.5 * PdfGeometry.BODY_LINE;
    private static final double LEAST_FILL = 0.70;

    private static final Map<Language, Built> BUILT = new EnumMap<>(Language.class);

    /** A variant written, published and opened, with what the tests derive from it once. */
    static final class Built {
        RealBook.Written book;
        Path root;
        Publication publication;
        PDDocument pdf;
        List<Page> pages;
        String[] labels;
        /** The outline in order: title, depth, page index. */
        List<Bookmark> bookmarks = new ArrayList<>();
        BookText text;
        /** Where each figure's caption is printed, in figure order; null for one that is not printed. */
        List<Caption> captions;
        EpubBook epub;
        double seconds;
    }

    record Bookmark(String title, int depth, int page) {
    }

    /** A figure's caption as printed: its page and the box of its glyphs. */
    record Caption(int page, Box box) {
    }

    static synchronized Built built(Language language) throws Exception {
        Built built = BUILT.get(language);
        if (built != null) {
            return built;
        }
        built = new Built();
        built.root = Files.createTempDirectory("octavo-realbook-" + language.tag + "-");
        long start = System.nanoTime();
        built.book = RealBook.write(built.root.resolve("manuscript"), language);
        built.publication = Publisher.builder()
                .manuscript(built.book.manuscript())
                .styles(Seed.projectDir().resolve("styles"))
                .fonts(Seed.projectDir().resolve("fonts"))
                .output(built.root.resolve("dist"))
                .displayBase(built.root)
                .timestamp(STAMP)
                .build()
                .publish();
        built.seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "RealBook %s: written and published in %.1f s, %d pages%n", language,
                built.seconds, built.publication.pageCount());
        built.pdf = Loader.loadPDF(built.publication.pdf().orElseThrow().toFile());
        built.pages = PdfGeometry.read(built.pdf);
        built.labels = built.pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
        collect(built, built.pdf.getDocumentCatalog().getDocumentOutline().children(), 0);
        built.text = BookText.of(built.pages);
        built.epub = EpubBook.open(built.publication.epub().orElseThrow());
        built.captions = captions(built);
        BUILT.put(language, built);
        return built;
    }

    /** {@code -Doctavo.realbook.keep} keeps the books (their folder is printed) to look at them. */
    @AfterAll
    static void close() throws IOException {
        for (Built built : BUILT.values()) {
            built.pdf.close();
            if (Boolean.getBoolean("octavo.realbook.keep")) {
                System.out.println("RealBook " + built.book.language() + " kept in " + built.root);
                continue;
            }
            try (var files = Files.walk(built.root)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        BUILT.clear();
    }

    private static void collect(Built built, Iterable<PDOutlineItem> items, int depth) throws IOException {
        for (PDOutlineItem item : items) {
            built.bookmarks.add(new Bookmark(item.getTitle(), depth, built.pdf.getPages().indexOf(
                    item.findDestinationPage(built.pdf))));
            collect(built, item.children(), depth + 1);
        }
    }

    // --- the page: everything inside the type area ---

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyImagePathAndLineOfTextLiesInsideTheTypeArea(Language language) throws Exception {
        Built built = built(language);
        Set<String> heads = new HashSet<>();
        heads.add(squeeze(built.book.title()));
        heads.add(squeeze(built.book.glossaryTitle()));
        built.book.chapters().forEach(c -> heads.add(squeeze(c.title())));
        List<String> outside = new ArrayList<>();
        int checked = 0;
        for (Page page : built.pages) {
            String folio = built.labels[page.index()];
            // A chapter's opening page has an empty head: a no-break space, which draws nothing.
            Predicate<String> furniture = line -> line.isEmpty() || heads.contains(line) || line.equals(folio);
            outside.addAll(page.outsideTypeArea(0.5, furniture));
            checked += page.images().size() + page.paths().size();
        }
        assertEquals(List.of(), outside);
        assertTrue(checked >= 50, "images and paths checked: " + checked);
    }

    // --- figures in print ---

    /** Every caption, in order, on the page of its figure, right under it: raster images as images, SVG as paths. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void everyCaptionIsPrintedRightUnderItsFigureOnTheSamePage(Language language) throws Exception {
        Built built = built(language);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < built.book.figures().size(); i++) {
            Figure figure = built.book.figures().get(i);
            Caption caption = built.captions.get(i);
            if (caption == null) {
                wrong.add(figure.label(language) + " (" + figure.file() + "): caption '" + figure.caption()
                        + "' not printed on one page after the caption before it");
                continue;
            }
            Page page = built.pages.get(caption.page());
            String name = figure.label(language) + " (" + figure.file() + ", page " + built.labels[page.index()] + ")";
            Optional<DrawnImage> image = imageAbove(page, caption.box());
            List<DrawnPath> drawing = drawingAbove(page, caption.box());
            if (figure.format().isRaster()) {
                if (image.isEmpty()) {
                    wrong.add(name + ": no image right above its caption " + caption.box());
                } else if (image.get().pixelsWide() != figure.pixelsWide()
                        || image.get().pixelsHigh() != figure.pixelsHigh()) {
                    wrong.add(name + ": the image above its caption has " + image.get().pixelsWide() + "x"
                            + image.get().pixelsHigh() + " pixels, not " + figure.pixelsWide() + "x" + figure.pixelsHigh());
                }
            } else if (image.isPresent() || drawing.size() < 5) {
                wrong.add(name + ": expected a vector drawing right above its caption, found "
                        + (image.isPresent() ? "an image" : drawing.size() + " paths"));
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * The caption's glyphs found in the book's text, figure after figure; null for a caption not printed (after the
     * one before it) or split across two pages, which the caption test reports.
     */
    private static List<Caption> captions(Built built) {
        List<Caption> captions = new ArrayList<>();
        int from = 0;
        for (Figure figure : built.book.figures()) {
            String printed = squeeze(figure.label(built.book.language()) + ". " + figure.caption());
            int at = built.text.text.indexOf(printed, from);
            if (at < 0 || built.text.pageOf(at) != built.text.pageOf(at + printed.length() - 1)) {
                captions.add(null);
                continue;
            }
            Box box = null;
            for (Glyph glyph : built.text.glyphs.subList(at, at + printed.length())) {
                box = box == null ? glyph.box() : box.union(glyph.box());
            }
            captions.add(new Caption(built.text.pageOf(at), box));
            from = at + printed.length();
        }
        return captions;
    }

    /** Where a figure's caption is printed; fails the calling test when it is not. */
    private static Caption caption(Built built, int figure) {
        Caption caption = built.captions.get(figure);
        if (caption == null) {
            throw new AssertionError("the caption of " + built.book.figures().get(figure).label(built.book.language())
                    + " is not printed in order on one page");
        }
        return caption;
    }

    /** The caption stands 2 mm under its image in the house style: an image whose foot is within 25 pt above it. */
    private static Optional<DrawnImage> imageAbove(Page page, Box caption) {
        return page.images().stream()
                .filter(i -> i.box().y0() >= caption.y1() - 1 && i.box().y0() - caption.y1() < 25)
                .filter(i -> i.box().x0() < caption.x1() && caption.x0() < i.box().x1())
                .min(Comparator.comparingDouble(i -> i.box().y0()));
    }

    /**
     * The paths of the drawing right above a caption: the largest path whose foot is within 25 pt above it (the
     * drawing's frame) and every path inside that one.
     */
    private static List<DrawnPath> drawingAbove(Page page, Box caption) {
        Optional<DrawnPath> frame = page.paths().stream()
                .filter(p -> p.box().y0() >= caption.y1() - 1 && p.box().y0() - caption.y1() < 25)
                .filter(p -> p.box().x0() < caption.x1() && caption.x0() < p.box().x1())
                .max(Comparator.comparingDouble(p -> p.box().width() * p.box().height()));
        if (frame.isEmpty()) {
            return List.of();
        }
        return page.paths().stream().filter(p -> p.box().within(frame.get().box(), 2)).toList();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyRasterFigureIsAnImageInThePdfAndNoDrawingIs(Language language) throws Exception {
        Built built = built(language);
        List<Figure> rasters = built.book.figures().stream().filter(f -> f.format().isRaster()).toList();
        // PDFBox: every image drawn, and nothing else drawn as an image (no SVG turned into pixels, no cover).
        List<String> drawn = built.pages.stream().flatMap(p -> p.images().stream())
                .map(i -> i.pixelsWide() + "x" + i.pixelsHigh()).sorted().toList();
        List<String> expected = rasters.stream().map(f -> f.pixelsWide() + "x" + f.pixelsHigh()).sorted().toList();
        assertEquals(expected, drawn, "images drawn in the PDF");
        // poppler: the same images, the JPEG photographs still JPEG (DCT) data, not decoded and re-encoded.
        Tool.Result list = Tool.run("pdfimages", "-list", built.publication.pdf().orElseThrow().toString());
        assertEquals(0, list.exitCode(), list.output());
        List<String> rows = list.output().lines().skip(2).filter(l -> !l.isBlank()).toList();
        List<String> listed = new ArrayList<>();
        List<String> jpegs = new ArrayList<>();
        for (String row : rows) {
            String[] cells = row.trim().split("\\s+");
            listed.add(cells[3] + "x" + cells[4]);
            if (cells[8].equals("jpeg")) {
                jpegs.add(cells[3] + "x" + cells[4]);
            }
        }
        assertEquals(expected, listed.stream().sorted().toList(), "pdfimages -list:\n" + list.output());
        assertEquals(built.book.figures(RealBook.Format.JPEG).stream().map(f -> f.pixelsWide() + "x" + f.pixelsHigh())
                .sorted().toList(), jpegs.stream().sorted().toList(), "JPEG-encoded images:\n" + list.output());
        assertTrue(built.book.figures(RealBook.Format.SVG).size() >= 10);
        assertTrue(built.book.figures(RealBook.Format.WEBP).size() >= 2);
        assertTrue(built.book.figures(RealBook.Format.GIF).size() >= 2);
    }

    /** PDFBox takes a two-colour GIF for black and white; the page must show the palette's own colours. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void theTwoColourGifPrintsInItsOwnColours(Language language) throws Exception {
        Built built = built(language);
        Figure gif = built.book.figures().stream().filter(f -> f.kind() == RealBook.Kind.TWO_COLOUR_GIF).findFirst()
                .orElseThrow();
        int index = built.book.figures().indexOf(gif);
        Caption caption = caption(built, index);
        Page page = built.pages.get(caption.page());
        DrawnImage image = imageAbove(page, caption.box()).orElseThrow(() -> new AssertionError("no GIF drawn"));
        float dpi = 36;
        BufferedImage rendered = new PDFRenderer(built.pdf).renderImageWithDPI(page.index(), dpi);
        double scale = dpi / 72.0;
        double height = page.trim().y1();
        int[] left = sample(rendered, image.box(), 0.25, scale, height);
        int[] right = sample(rendered, image.box(), 0.75, scale, height);
        int[] colours = gif.colours();
        assertColour(Arrays.copyOfRange(colours, 0, 3), left, "left half of the GIF");
        assertColour(Arrays.copyOfRange(colours, 3, 6), right, "right half of the GIF");
    }

    private static int[] sample(BufferedImage rendered, Box box, double across, double scale, double pageHeight) {
        int x = (int) Math.round((box.x0() + across * box.width()) * scale);
        int y = (int) Math.round((pageHeight - (box.y0() + box.y1()) / 2) * scale);
        int rgb = rendered.getRGB(x, y);
        return new int[] {(rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF};
    }

    private static void assertColour(int[] expected, int[] actual, String where) {
        for (int c = 0; c < 3; c++) {
            assertTrue(Math.abs(expected[c] - actual[c]) <= 12, where + ": expected " + Arrays.toString(expected)
                    + ", rendered " + Arrays.toString(actual));
        }
    }

    // --- figures in the EPUB ---

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyFigureIsAFigureWithItsImageTextAlternativeAndCaptionInTheEpub(Language language) throws Exception {
        Built built = built(language);
        Document opf = built.epub.packageDocument();
        List<Element> figures = new ArrayList<>();
        for (String href : built.epub.spine()) {
            if (href.matches("ch\\d+\\.xhtml")) {
                figures.addAll(EpubBook.html(built.epub.document(href), "figure"));
            }
        }
        assertEquals(built.book.figures().size(), figures.size(), "figures in the chapters");
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = built.book.figures().get(i);
            Element element = figures.get(i);
            List<Element> images = EpubBook.html(element, "img");
            List<Element> captions = EpubBook.html(element, "figcaption");
            if (images.size() != 1 || captions.size() != 1) {
                wrong.add(figure.label(language) + ": " + images.size() + " img, " + captions.size() + " figcaption");
                continue;
            }
            Element img = images.get(0);
            String alt = img.getAttribute("alt");
            if (alt.isBlank() || !normal(alt).equals(normal(figure.alt()))) {
                wrong.add(figure.label(language) + ": alt '" + alt + "', expected '" + figure.alt() + "'");
            }
            String caption = normal(captions.get(0).getTextContent());
            String expected = normal(figure.label(language) + ". " + figure.caption());
            if (!caption.equals(expected)) {
                wrong.add(figure.label(language) + ": figcaption '" + caption + "', expected '" + expected + "'");
            }
            String src = img.getAttribute("src");
            Element item = EpubBook.elements(opf, EpubBook.OPF, "item").stream()
                    .filter(it -> it.getAttribute("href").equals(src)).findFirst().orElse(null);
            if (item == null) {
                wrong.add(figure.label(language) + ": " + src + " is not in the manifest");
            } else if (!item.getAttribute("media-type").equals(figure.format().mediaType)) {
                wrong.add(figure.label(language) + ": " + src + " has media type " + item.getAttribute("media-type")
                        + ", not " + figure.format().mediaType);
            } else {
                // The EPUB ships the author's file as it is.
                assertArrayEquals(Files.readAllBytes(built.book.manuscript().resolve(figure.file())),
                        built.epub.bytes(src), figure.file());
            }
        }
        assertEquals(List.of(), wrong);
    }

    // --- no half-empty page ---

    @ParameterizedTest
    @EnumSource(Language.class)
    void noPageInsideAChapterIsLessThanSeventyPercentFull(Language language) throws Exception {
        Built built = built(language);
        List<Integer> starts = new ArrayList<>();
        for (RealBook.Chapter chapter : built.book.chapters()) {
            starts.add(bookmark(built, chapter.title(), 0).page());
        }
        starts.add(bookmark(built, built.book.glossaryTitle(), 0).page());
        List<String> thin = new ArrayList<>();
        List<double[]> fills = new ArrayList<>();
        for (int c = 0; c + 1 < starts.size(); c++) {
            int last = starts.get(c + 1) - 1;
            while (built.pages.get(last).isBlank()) {
                last--;
            }
            for (int p = starts.get(c); p < last; p++) {
                Page page = built.pages.get(p);
                if (page.isBlank()) {
                    continue;
                }
                double fill = page.fill(MERGE_GAP);
                fills.add(new double[] {fill, p});
                if (fill < LEAST_FILL) {
                    thin.add(String.format(Locale.ROOT, "page %s (index %d): %.0f %%%s", built.labels[p], p, 100 * fill,
                            figuresOn(built, p + 1)));
                }
            }
        }
        fills.sort(Comparator.comparingDouble(f -> f[0]));
        String worst = fills.stream().limit(6).map(f -> String.format(Locale.ROOT, "%s: %.0f %%",
                built.labels[(int) f[1]], 100 * f[0])).toList().toString();
        assertEquals(List.of(), thin, "pages under " + Math.round(100 * LEAST_FILL) + " % full; the worst pages: " + worst);
        assertTrue(fills.size() >= 40, "pages checked: " + fills.size());
    }

    /** The figures whose captions are printed on a page, to say what follows a thin page. */
    private static String figuresOn(Built built, int page) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < built.captions.size(); i++) {
            if (built.captions.get(i) != null && built.captions.get(i).page() == page) {
                Figure figure = built.book.figures().get(i);
                labels.add(figure.label(built.book.language()) + " (" + figure.file() + ")");
            }
        }
        return labels.isEmpty() ? "" : ", the next page has " + String.join(", ", labels);
    }

    private static Bookmark bookmark(Built built, String title, int depth) {
        return built.bookmarks.stream().filter(b -> b.title().equals(title) && b.depth() == depth).findFirst()
                .orElseThrow(() -> new AssertionError("no bookmark " + title + " in " + built.bookmarks));
    }

    /** The bookmarks are the headings, in order: the contents first, the glossary last. */
    private static int headingPage(Built built, int heading) {
        List<Bookmark> body = built.bookmarks.subList(1, built.bookmarks.size() - 1);
        assertEquals(built.book.headings().size(), body.size(), "a bookmark for every heading");
        Bookmark bookmark = body.get(heading);
        assertEquals(built.book.headings().get(heading).text(), bookmark.title());
        return bookmark.page();
    }

    // --- cross-references ---

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyCrossReferenceInTheEpubLeadsToItsTarget(Language language) throws Exception {
        Built built = built(language);
        Document opf = built.epub.packageDocument();
        List<Element> links = new ArrayList<>();
        for (String href : built.epub.spine()) {
            for (Element a : EpubBook.html(built.epub.document(href), "a")) {
                if (Arrays.asList(a.getAttribute("class").split("\\s+")).contains("xref")) {
                    links.add(a);
                }
            }
        }
        List<Xref> xrefs = built.book.xrefs();
        assertEquals(xrefs.size(), links.size(), "cross-references in the EPUB");
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < xrefs.size(); i++) {
            Xref xref = xrefs.get(i);
            Element a = links.get(i);
            String href = a.getAttribute("href");
            String[] parts = href.split("#", 2);
            boolean inManifest = EpubBook.elements(opf, EpubBook.OPF, "item").stream()
                    .anyMatch(it -> it.getAttribute("href").equals(parts[0]));
            Element target = inManifest && parts.length == 2 ? EpubBook.byId(built.epub.document(parts[0]), parts[1]) : null;
            String what = xref.markdown() + " -> " + href;
            if (!normal(a.getTextContent()).equals(normal(xref.words()))) {
                wrong.add(what + ": link text '" + a.getTextContent() + "', expected '" + xref.words() + "'");
            }
            if (target == null) {
                wrong.add(what + ": no such document or id");
                continue;
            }
            String targetText = normal(target.getTextContent());
            switch (xref.kind()) {
                case CHAPTER, HEADING -> {
                    String heading = normal(built.book.headings().get(xref.target()).text());
                    boolean isHeading = target.getLocalName().matches("h[1-6]|section");
                    if (!isHeading || !(targetText.equals(heading) || targetText.startsWith(heading))) {
                        wrong.add(what + ": leads to <" + target.getLocalName() + "> '" + abbreviate(targetText)
                                + "', not the heading '" + heading + "'");
                    }
                }
                case FIGURE -> {
                    Figure figure = built.book.figures().get(xref.target());
                    if (!target.getLocalName().equals("figure") || !targetText.contains(normal(figure.caption()))) {
                        wrong.add(what + ": leads to <" + target.getLocalName() + "> '" + abbreviate(targetText)
                                + "', not the figure '" + figure.caption() + "'");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(xrefs.size() >= 15);
    }

    /**
     * In the PDF, each cross-reference prints its words and "(tr. N)" / "(p. N)", N the label of its target's page,
     * and is a link annotation to that page. The glossary is typeset apart: its references print the number, unlinked.
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void everyCrossReferenceInThePdfLinksToItsTargetsPageAndPrintsItsNumber(Language language) throws Exception {
        Built built = built(language);
        List<String> wrong = new ArrayList<>();
        int from = 0;
        int linked = 0;
        for (Xref xref : built.book.xrefs()) {
            int targetPage = switch (xref.kind()) {
                case CHAPTER, HEADING -> headingPage(built, xref.target());
                case FIGURE -> caption(built, xref.target()).page();
            };
            Pattern printed = Pattern.compile(Pattern.quote(squeeze(xref.words())) + "\\("
                    + Pattern.quote(language.pageWord()) + "([0-9ivxlc]+)\\)");
            Matcher m = printed.matcher(built.text.text);
            if (!m.find(from)) {
                wrong.add(xref.markdown() + ": '" + xref.words() + " (" + language.pageWord() + " N)' not printed after"
                        + " offset " + from);
                continue;
            }
            from = m.end();
            int page = built.text.pageOf(m.start());
            String what = xref.markdown() + " on page " + built.labels[page];
            if (!m.group(1).equals(built.labels[targetPage])) {
                wrong.add(what + ": prints " + language.pageWord() + " " + m.group(1) + ", its target is on page "
                        + built.labels[targetPage]);
            }
            if (xref.fromChapter() == 0) {
                continue;
            }
            List<Glyph> words = built.text.glyphs.subList(m.start(), m.start() + squeeze(xref.words()).length());
            List<Integer> destinations = new ArrayList<>();
            for (int p = page; p <= built.text.pageOf(m.end() - 1); p++) {
                for (PDAnnotation annotation : built.pdf.getPage(p).getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && words.stream().anyMatch(g ->
                            Box.of(new java.awt.geom.Rectangle2D.Float(link.getRectangle().getLowerLeftX(),
                                    link.getRectangle().getLowerLeftY(), link.getRectangle().getWidth(),
                                    link.getRectangle().getHeight())).intersects(g.box()))) {
                        destinations.add(destinationPage(built.pdf, link));
                    }
                }
            }
            if (destinations.isEmpty()) {
                wrong.add(what + ": no link annotation over its words");
            } else if (destinations.stream().anyMatch(d -> d != targetPage)) {
                wrong.add(what + ": links to page indexes " + destinations + ", its target is on page index " + targetPage);
            }
            linked++;
        }
        assertEquals(List.of(), wrong);
        assertTrue(linked >= 15, "linked references checked: " + linked);
    }

    private static int destinationPage(PDDocument pdf, PDAnnotationLink link) throws IOException {
        PDDestination destination = link.getDestination();
        if (destination == null && link.getAction() instanceof PDActionGoTo goTo) {
            destination = goTo.getDestination();
        }
        if (destination instanceof PDPageDestination page) {
            return page.retrievePageNumber();
        }
        return -1;
    }

    // --- validators ---

    @ParameterizedTest
    @EnumSource(Language.class)
    void epubCheckFindsNothing(Language language) throws Exception {
        assertEquals(List.of(), EpubCheckRunner.problems(built(language).publication.epub().orElseThrow()));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void veraPdfFindsThePdfConformingToPdfA3uAndPdfUa1(Language language) throws Exception {
        Path pdf = built(language).publication.pdf().orElseThrow();
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_U), "PDF/A-3u");
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
    }

    /** DAISY Ace, run as AceTest runs it; skipped where Ace is not installed, required on CI. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void aceFindsNoAccessibilityViolation(Language language) throws Exception {
        AceTest.assumeAceRuns();
        Built built = built(language);
        assertEquals(List.of(), AceTest.violations(built.publication.epub().orElseThrow(),
                built.root.resolve("ace-report")));
    }

    // --- the manuscript's diagnostics ---

    /** The only warnings are the print preflight's, and only for images that really are coarse (96 ppi). */
    @ParameterizedTest
    @EnumSource(Language.class)
    void theOnlyWarningsAreForImagesThatPrintBelow300Ppi(Language language) throws Exception {
        Built built = built(language);
        Pattern preflight = Pattern.compile("manuscript/\\S+\\.md:\\d+:\\d+: warning: (images/\\S+) prints at (\\d+) ppi;"
                + " print needs 300 .*");
        Set<String> coarse = new HashSet<>();
        for (Diagnostic warning : built.publication.warnings()) {
            Matcher m = preflight.matcher(warning.format(built.root));
            assertTrue(m.matches(), warning.format(built.root));
            assertTrue(Integer.parseInt(m.group(2)) < 300, warning.format(built.root));
            coarse.add(m.group(1));
        }
        for (Figure figure : built.book.figures()) {
            boolean declares300 = figure.kind() == RealBook.Kind.DIAGRAM || figure.kind() == RealBook.Kind.PHOTO
                    || figure.kind() == RealBook.Kind.SVG;
            if (declares300) {
                assertFalse(coarse.contains(figure.file()), figure.file() + " is 300 ppi or a drawing");
            }
        }
        assertTrue(coarse.size() >= 10, "coarse images: " + coarse);
    }

    // --- helpers ---

    /** The book's text in reading order, page after page, with every character's glyph and page. */
    static final class BookText {
        final String text;
        final List<Glyph> glyphs;
        private final int[] pageStarts;

        private BookText(String text, List<Glyph> glyphs, int[] pageStarts) {
            this.text = text;
            this.glyphs = glyphs;
            this.pageStarts = pageStarts;
        }

        static BookText of(List<Page> pages) {
            StringBuilder text = new StringBuilder();
            List<Glyph> glyphs = new ArrayList<>();
            int[] starts = new int[pages.size()];
            for (Page page : pages) {
                starts[page.index()] = text.length();
                PdfGeometry.Squeezed squeezed = PdfGeometry.Squeezed.of(page.readingOrder(6));
                String normal = quotes(squeezed.text());
                text.append(normal);
                glyphs.addAll(squeezed.glyphs());
            }
            return new BookText(text.toString(), glyphs, starts);
        }

        /** The page a character is printed on: the last page starting at or before it (blank pages start nothing). */
        int pageOf(int offset) {
            int low = 0;
            int high = pageStarts.length - 1;
            while (low < high) {
                int mid = (low + high + 1) >>> 1;
                if (pageStarts[mid] <= offset) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            return low;
        }
    }

    /** Text with white space removed and typographic quotes made plain, as both outputs are compared. */
    static String squeeze(String text) {
        return quotes(text.replaceAll("[\\s\u00A0]+", ""));
    }

    private static String quotes(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"');
    }

    private static String normal(String text) {
        return quotes(text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip());
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
