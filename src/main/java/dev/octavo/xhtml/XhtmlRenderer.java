package dev.octavo.xhtml;

import dev.octavo.model.Book;
import dev.octavo.model.Chapter;
import dev.octavo.model.PageTarget;
import dev.octavo.model.Toc;
import dev.octavo.model.TocEntry;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the model into XHTML with the theme's FreeMarker templates ({@code .ftlx}: XML output format,
 * every interpolation escaped). One renderer may be used by several threads: the FreeMarker configuration
 * is not changed after construction.
 */
public final class XhtmlRenderer {
    /** Where the EPUB documents find their stylesheets. */
    public static final List<String> EPUB_STYLESHEETS = List.of("css/fonts.css", "css/epub.css");
    public static final String TITLE_PAGE = "titlepage";
    public static final String COVER = "cover";

    private final Configuration freemarker;
    private final Theme theme;

    public XhtmlRenderer(Theme theme) {
        this.theme = theme;
        this.freemarker = SandboxedTemplates.configuration(theme.templateLoader());
    }

    /** The EPUB's documents, without a page list. */
    public EpubDocuments renderEpub(Book book) {
        return renderEpub(book, List.of(), Map.of());
    }

    /**
     * The EPUB's documents.
     *
     * @param pageList     the print edition's pages, for the nav document's page list; empty for none
     * @param beforeBlocks page-break markers that stand before blocks without inline text of their own (the
     *                     glossary's title and terms), by block id; markers elsewhere are inlines of the book
     */
    public EpubDocuments renderEpub(Book book, List<PageTarget> pageList, Map<String, List<PageTarget>> beforeBlocks) {
        // No cache: a build renders each chapter once, and hashing the whole model to look it up would cost more.
        return renderEpub(book, pageList, beforeBlocks, null);
    }

    /**
     * The EPUB's documents, each chapter's taken from {@code earlier} when the chapter and what its document shows of
     * the book are unchanged since this renderer rendered it; this rendering's are kept there for the next.
     *
     * @param earlier the chapters this renderer rendered last, or null to render every chapter
     */
    public EpubDocuments renderEpub(Book book, List<PageTarget> pageList, Map<String, List<PageTarget>> beforeBlocks,
                                    RenderedChapters earlier) {
        List<TocEntry> toc = Toc.of(book);
        Map<String, Object> common = common(book);
        common.put("stylesheets", EPUB_STYLESHEETS);
        common.put("pageList", pageList);
        common.put("beforeBlocks", beforeBlocks);

        Map<String, Object> coverModel = new HashMap<>(common);
        coverModel.put("cover", book.cover());
        coverModel.put("coverAlt", coverAlt(book));
        XhtmlDocument cover = new XhtmlDocument(COVER, book.labels().cover(), render("epub-cover.ftlx", coverModel));
        Map<String, Object> titleModel = new HashMap<>(common);
        titleModel.put("document", TITLE_PAGE);
        XhtmlDocument titlePage = new XhtmlDocument(TITLE_PAGE, book.metadata().title(),
                render("epub-title.ftlx", titleModel));
        List<XhtmlDocument> spine = new ArrayList<>();
        spine.add(cover);
        spine.add(titlePage);
        if (earlier != null) {
            earlier.begin(RenderedChapters.bookContext(book, EPUB_STYLESHEETS));
        }
        for (Chapter chapter : book.chapters()) {
            java.util.function.Supplier<XhtmlDocument> rendering = () -> {
                Map<String, Object> model = new HashMap<>(common);
                model.put("chapter", chapter);
                return new XhtmlDocument(chapter.name(), chapter.plainTitle(), render("epub-chapter.ftlx", model));
            };
            spine.add(earlier == null ? rendering.get() : earlier.get(chapter, rendering));
        }
        if (earlier != null) {
            earlier.end();
        }
        if (!book.glossary().isEmpty()) {
            Map<String, Object> model = new HashMap<>(common);
            model.put("glossary", book.glossary());
            spine.add(new XhtmlDocument(book.glossary().id(), book.glossary().title(), render("epub-glossary.ftlx", model)));
        }

        Map<String, Object> navModel = new HashMap<>(common);
        navModel.put("toc", toc);
        navModel.put("coverHref", cover.fileName());
        navModel.put("titleHref", titlePage.fileName());
        navModel.put("pageList", pageList);
        navModel.put("bodyHref", book.chapters().get(0).name() + ".xhtml");
        if (!book.glossary().isEmpty()) {
            navModel.put("glossaryHref", book.glossary().id() + ".xhtml");
        }
        XhtmlDocument nav = new XhtmlDocument("nav", book.labels().contents(), render("epub-nav.ftlx", navModel));
        return new EpubDocuments(cover, titlePage, spine, nav, pageList);
    }

    /** The cover's text alternative says what the cover shows: "Cover: Title: Subtitle – Authors". */
    static String coverAlt(Book book) {
        StringBuilder alt = new StringBuilder(book.labels().cover()).append(": ").append(book.metadata().title());
        if (!book.metadata().subtitle().isBlank()) {
            alt.append(": ").append(book.metadata().subtitle());
        }
        if (!book.metadata().creatorNames().isBlank()) {
            alt.append(" \u2013 ").append(book.metadata().creatorNames());
        }
        return alt.toString();
    }

    /**
     * The print document of the front matter and the chapters, with the print stylesheet inlined; it ends with
     * an empty page where the glossary will open ({@link PrintPart}).
     *
     * @param fontFamilies the families the book is typeset in, for the colophon
     */
    public String renderPrintBody(Book book, String css, List<String> fontFamilies) {
        return renderPrintBody(book, css, fontFamilies, Map.of());
    }

    /**
     * The print document of the front matter and the chapters.
     *
     * @param targetPages the page label of each cross-reference's target, by id, as the last layout put it; a
     *                    reference whose target has none yet prints its page through the stylesheet's target-counter
     */
    public String renderPrintBody(Book book, String css, List<String> fontFamilies, Map<String, String> targetPages) {
        return renderPrint(book, css, fontFamilies, PrintPart.BODY, Map.of(), targetPages);
    }

    /**
     * The print document of the glossary alone.
     *
     * @param glossaryPages per glossary entry id, the page labels of its uses ({@link GlossaryPages})
     * @param targetPages   the page labels of what the definitions refer to, by target id
     */
    public String renderPrintGlossary(Book book, String css, List<String> fontFamilies,
                                      Map<String, String> glossaryPages, Map<String, String> targetPages) {
        return renderPrint(book, css, fontFamilies, PrintPart.GLOSSARY, glossaryPages, targetPages);
    }

    private String renderPrint(Book book, String css, List<String> fontFamilies, PrintPart part,
                               Map<String, String> glossaryPages, Map<String, String> targetPages) {
        Map<String, Object> model = common(book);
        model.put("part", part);
        model.put("toc", Toc.of(book));
        model.put("css", css);
        model.put("geometryCss", PrintGeometry.css(book.metadata().page()));
        model.put("fontFamilies", fontFamilies);
        model.put("glossaryPages", glossaryPages);
        model.put("targetPages", targetPages);
        return render("print.ftlx", model);
    }

    private static Map<String, Object> common(Book book) {
        Map<String, Object> model = new HashMap<>();
        model.put("book", book);
        model.put("meta", book.metadata());
        model.put("labels", book.labels());
        model.put("lang", book.metadata().languageTag());
        return model;
    }

    /**
     * @throws dev.octavo.ManuscriptException when the template cannot be read or fails, at its file and line
     */
    private String render(String templateName, Map<String, Object> model) {
        try {
            Template template = freemarker.getTemplate(templateName);
            StringWriter out = new StringWriter(16 * 1024);
            template.process(model, out);
            return out.toString();
        } catch (TemplateException | IOException e) {
            throw SandboxedTemplates.failure(templateName, e, theme::templateSource);
        }
    }
}
