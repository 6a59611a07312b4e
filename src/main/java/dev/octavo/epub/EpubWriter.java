package dev.octavo.epub;

import dev.octavo.fonts.FontFace;
import dev.octavo.fonts.FontSet;
import dev.octavo.internal.Slugs;
import dev.octavo.model.Asset;
import dev.octavo.model.Book;
import dev.octavo.model.Cover;
import dev.octavo.model.Toc;
import dev.octavo.model.TocEntry;
import dev.octavo.xhtml.EpubDocuments;
import dev.octavo.xhtml.XhtmlDocument;
import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Writes the EPUB 3 container: mimetype (first, stored), container.xml, the package document 3.0, the
 * navigation document, an NCX for EPUB 2 reading systems, stylesheets, fonts, images and content documents.
 *
 * <p>Written here rather than with epublib: epublib (and its fork epub4j) writes only EPUB 2 — the OPF
 * version is hard-coded to 2.0, its writers are private, and zip entry times cannot be set, which would make
 * the output neither EPUB 3 nor reproducible. epublib reads our EPUBs back in the tests instead.
 */
public final class EpubWriter {
    public static final String ROOT = "EPUB/";
    /** The cover image's manifest id, also named by the EPUB 2 cover meta that older readers look for. */
    static final String COVER_IMAGE_ID = "cover-image";
    private static final String FONTS_CSS = "css/fonts.css";
    private static final String EPUB_CSS = "css/epub.css";
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);

    private final Configuration freemarker;

    public EpubWriter() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new ClassTemplateLoader(EpubWriter.class.getClassLoader(), "dev/octavo/epub"));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        this.freemarker = cfg;
    }

    /**
     * What was written, for progress lines, and what the author should know about it.
     *
     * @param warnings fonts embedded whole because their licence reserves their name
     */
    public record Summary(int documents, int fonts, int images, List<dev.octavo.Diagnostic> warnings) {
        public Summary {
            warnings = List.copyOf(warnings);
        }
    }

    public Summary write(Book book, EpubDocuments documents, FontSet fonts, String epubCss, Instant timestamp,
                         OutputStream out) throws IOException {
        List<ManifestItem> items = new ArrayList<>();
        Map<String, byte[]> files = new HashMap<>();
        List<String> order = new ArrayList<>();

        List<XhtmlDocument> all = new ArrayList<>(documents.spine());
        all.add(documents.nav());
        EmbeddedFonts embedded = EmbeddedFonts.of(book.metadata().fonts(), fonts, fontHrefs(fonts.faces()), all, epubCss);
        for (EmbeddedFonts.Embedded font : embedded.fonts()) {
            add(items, files, order, new ManifestItem("font-" + (items.size() + 1), font.href(), "font/ttf", ""),
                    font.data());
        }
        for (Map.Entry<String, byte[]> licence : embedded.licences().entrySet()) {
            add(items, files, order, new ManifestItem("font-licence-" + (items.size() + 1), licence.getKey(),
                    "text/plain", ""), licence.getValue());
        }
        Map<FontFace, String> hrefs = new java.util.LinkedHashMap<>();
        embedded.fonts().forEach(font -> hrefs.put(font.face(), font.href()));
        add(items, files, order, new ManifestItem("css-fonts", FONTS_CSS, "text/css", ""),
                FontFaceCss.of(List.copyOf(hrefs.keySet()), hrefs, "../").getBytes(UTF_8));
        add(items, files, order, new ManifestItem("css-epub", EPUB_CSS, "text/css", ""), epubCss.getBytes(UTF_8));
        Cover cover = book.cover();
        if (cover.isTypographic()) {
            add(items, files, order, new ManifestItem(COVER_IMAGE_ID, cover.href(), cover.mediaType(), "cover-image"),
                    new TypographicCover().render(book.metadata(), fonts));
        }
        for (Asset asset : book.assets()) {
            boolean isCover = cover.image().filter(asset::equals).isPresent();
            ManifestItem item = isCover ? new ManifestItem(COVER_IMAGE_ID, asset.href(), asset.mediaType(), "cover-image")
                    : new ManifestItem("asset-" + (items.size() + 1), asset.href(), asset.mediaType(), "");
            add(items, files, order, item, Files.readAllBytes(asset.source()));
        }
        for (XhtmlDocument doc : documents.spine()) {
            add(items, files, order, new ManifestItem(doc.name(), doc.fileName(), "application/xhtml+xml", ""),
                    doc.xhtml().getBytes(UTF_8));
        }

        List<TocEntry> toc = Toc.of(book);
        Map<String, Object> model = new HashMap<>();
        model.put("meta", book.metadata());
        model.put("lang", book.metadata().languageTag());
        model.put("modified", MODIFIED.format(timestamp.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
        model.put("items", items);
        model.put("spine", readingOrder(documents));
        model.put("a11y", Accessibility.of(book, !documents.pageList().isEmpty()));
        model.put("identifierType", identifierType(book.metadata().identifier()));
        model.put("coverImageId", COVER_IMAGE_ID);
        model.put("pageList", documents.pageList());
        model.put("points", NavPoint.number(toc));
        model.put("depth", Math.max(1, NavPoint.depth(toc)));
        model.put("navPointCount", NavPoint.count(toc));

        try (ZipWriter zip = new ZipWriter(new NonClosing(out), timestamp)) {
            zip.stored("mimetype", "application/epub+zip".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            zip.deflated("META-INF/container.xml", resource("container.xml"));
            zip.deflated(ROOT + "package.opf", render("package.opf.ftlx", model));
            zip.deflated(ROOT + "nav.xhtml", documents.nav().xhtml().getBytes(UTF_8));
            zip.deflated(ROOT + "toc.ncx", render("toc.ncx.ftlx", model));
            for (String href : order) {
                zip.deflated(ROOT + href, files.get(href));
            }
        }
        return new Summary(documents.spine().size() + 1, embedded.fonts().size(),
                book.assets().size() + (cover.isTypographic() ? 1 : 0), embedded.warnings());
    }

    /**
     * The files that give the book's documents their look, by their place in the book: the fonts, then
     * {@value #FONTS_CSS} (their faces) and {@value #EPUB_CSS}. The live preview serves these, with every face
     * whole (the text changes as the author writes); the book itself carries the faces its text uses, subset.
     */
    public static Map<String, byte[]> styleFiles(FontSet fonts, String epubCss) {
        List<FontFace> faces = fonts.faces();
        Map<FontFace, String> fontHrefs = fontHrefs(faces);
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        for (FontFace face : faces) {
            files.put(fontHrefs.get(face), face.data());
        }
        files.put(FONTS_CSS, FontFaceCss.of(faces, fontHrefs, "../").getBytes(UTF_8));
        files.put(EPUB_CSS, epubCss.getBytes(UTF_8));
        return files;
    }

    /** ONIX code list 5 identifier type of an ISBN (15: ISBN-13, 02: ISBN-10); empty for other identifiers. */
    static String identifierType(String identifier) {
        if (!identifier.startsWith("urn:isbn:")) {
            return "";
        }
        return identifier.length() == "urn:isbn:".length() + 13 ? "15" : "02";
    }

    /** The cover, the title page, then the table of contents (readers expect it there, and the landmarks point at it), then the text. */
    private static List<XhtmlDocument> readingOrder(EpubDocuments documents) {
        List<XhtmlDocument> order = new ArrayList<>(documents.spine());
        order.add(order.indexOf(documents.titlePage()) + 1, documents.nav());
        return order;
    }

    private static void add(List<ManifestItem> items, Map<String, byte[]> files, List<String> order,
                            ManifestItem item, byte[] data) {
        items.add(item);
        files.put(item.href(), data);
        order.add(item.href());
    }

    /**
     * Font file names inside the book, Octavo's own ({@code fonts/literata-700-italic.ttf}): made from the face's
     * family, weight and style, never from a file name, so nothing from outside becomes a zip entry name as it is.
     * A number keeps two faces of the same description apart.
     */
    private static Map<FontFace, String> fontHrefs(List<FontFace> faces) {
        Map<FontFace, String> hrefs = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (FontFace face : faces) {
            String family = Slugs.slug(face.family());
            String base = (family.isEmpty() ? "font" : family) + "-" + face.weight() + (face.italic() ? "-italic" : "");
            String candidate = base;
            for (int n = 2; !taken.add(candidate); n++) {
                candidate = base + "-" + n;
            }
            hrefs.put(face, "fonts/" + candidate + ".ttf");
        }
        return hrefs;
    }

    private byte[] render(String template, Map<String, Object> model) throws IOException {
        StringWriter writer = new StringWriter();
        try {
            freemarker.getTemplate(template).process(model, writer);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + template + " failed: " + e.getMessage(), e);
        }
        return writer.toString().getBytes(UTF_8);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = EpubWriter.class.getResourceAsStream("/dev/octavo/epub/" + name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in.readAllBytes();
        }
    }

    /** The caller owns the stream: closing the zip must finish it, not close it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

}
