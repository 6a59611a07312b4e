package dev.octavo.preview;

import dev.octavo.Diagnostic;
import dev.octavo.ManuscriptException;
import dev.octavo.SourcePosition;
import dev.octavo.epub.EpubWriter;
import dev.octavo.fonts.FontSet;
import dev.octavo.fonts.FontSetCache;
import dev.octavo.manuscript.BookParser;
import dev.octavo.manuscript.Diagnostics;
import dev.octavo.manuscript.GlyphCoverage;
import dev.octavo.manuscript.ParsedFiles;
import dev.octavo.manuscript.ManuscriptReader;
import dev.octavo.model.Asset;
import dev.octavo.model.Book;
import dev.octavo.model.Chapter;
import dev.octavo.model.PageTarget;
import dev.octavo.model.PageMap;
import dev.octavo.model.PageNumbering;
import dev.octavo.xhtml.EpubDocuments;
import dev.octavo.xhtml.PageBreaks;
import dev.octavo.xhtml.RenderedChapters;
import dev.octavo.xhtml.Theme;
import dev.octavo.xhtml.XhtmlDocument;
import dev.octavo.xhtml.XhtmlRenderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The book as the preview shows it, made again after each change: the EPUB's own documents, read and rendered
 * incrementally. Only the Markdown of a file whose text changed is parsed again ({@link ParsedFiles}); the book-wide
 * parts (ids, note numbers, glossary links, contents) are worked out again from all the parses, and only a chapter
 * whose model changed is rendered again ({@link RenderedChapters}). Page-break markers come from the last PDF's
 * layout, for the chapters that are still as that PDF has them. Used on one thread.
 */
final class LiveBook {
    private final PreviewSettings settings;
    private final ParsedFiles parsed = new ParsedFiles();
    private RenderedChapters rendered = new RenderedChapters();
    private XhtmlRenderer renderer;
    private List<Object> stylesSeen;
    private Printed printed;
    private Read last;

    LiveBook(PreviewSettings settings) {
        this.settings = settings;
    }

    /**
     * The documents in reading order (title page, chapters, glossary), the nav document, and the files their look
     * needs (stylesheets and fonts, the manuscript's images), by their place in the book; with stamps that change
     * when those files do, for the page to load them again.
     */
    record Documents(List<XhtmlDocument> spine, XhtmlDocument nav, Map<String, byte[]> styleFiles,
                     Map<String, Path> images, String styleStamp, Map<String, String> imageStamps) {
    }

    /**
     * One making of the book: its documents, or the problems that kept it from being made (then the last good
     * documents stay on screen), and what it cost.
     */
    record Made(Optional<Documents> documents, List<Diagnostic> problems, int filesParsed, int chaptersRendered) {
    }

    /** Where the last PDF's pages fell, for the book as that PDF was made from it. */
    private record Printed(Book book, PageBreaks.Marked marked) {
    }

    /** Reads, parses and renders the book as its files are now. */
    Made make() {
        Diagnostics diagnostics = new Diagnostics();
        List<Diagnostic> fontProblems = new ArrayList<>();
        Theme theme = theme();
        Optional<FontSet> fonts = fonts(theme, fontProblems);
        Book book;
        try {
            var files = new ManuscriptReader().read(settings.manuscript(), diagnostics);
            GlyphCoverage coverage = fonts.<GlyphCoverage>map(set -> new GlyphCoverage(set::covers,
                    settings.missingGlyphs())).orElseGet(GlyphCoverage::unchecked);
            book = new BookParser(coverage).parse(files, diagnostics, parsed);
        } catch (ManuscriptException e) {
            last = null;
            return failed(fontProblems, e.diagnostics());
        }
        if (fonts.isEmpty()) {
            last = null;
            return failed(fontProblems, diagnostics.all());
        }
        last = new Read(book, fonts.get(), List.copyOf(diagnostics.warnings()));
        return render(last, theme, parsed.parsedLast());
    }

    /**
     * Renders the book as last read again, with the page breaks of the last PDF; empty when the last reading had
     * errors (the next reading marks them).
     */
    Optional<Made> remark() {
        return Optional.ofNullable(last).map(read -> render(read, theme(), 0));
    }

    /** A reading of the book without errors. */
    private record Read(Book book, FontSet fonts, List<Diagnostic> warnings) {
    }

    private Made render(Read read, Theme theme, int filesParsed) {
        Book book = read.book();
        try {
            XhtmlRenderer renderer = renderer(theme);
            Book shown = withPageBreaks(book);
            boolean allMarked = printed != null && shown.equals(printed.marked().book());
            List<PageTarget> pageList = allMarked ? printed.marked().pageList() : List.of();
            Map<String, List<PageTarget>> beforeBlocks = printed != null
                    && book.glossary().equals(printed.book().glossary()) ? printed.marked().beforeBlocks() : Map.of();
            EpubDocuments documents = renderer.renderEpub(shown, pageList, beforeBlocks, rendered);
            List<XhtmlDocument> spine = documents.spine().stream()
                    .filter(doc -> !doc.equals(documents.cover())).toList();
            Map<String, Path> images = new LinkedHashMap<>();
            Map<String, String> imageStamps = new LinkedHashMap<>();
            for (Asset asset : book.assets()) {
                images.put(asset.href(), asset.source());
                imageStamps.put(asset.href(), stamp(asset.source()));
            }
            Map<String, byte[]> styleFiles = EpubWriter.styleFiles(read.fonts(), theme.stylesheet("epub.css"));
            return new Made(Optional.of(new Documents(spine, documents.nav(), styleFiles, images, stamp(styleFiles),
                    imageStamps)), read.warnings(), filesParsed, rendered.renderedLast());
        } catch (ManuscriptException e) {
            // A template of the project's styles that cannot be read or fails: at its line, as the build tells it.
            return failed(List.of(), e.diagnostics());
        } catch (RuntimeException e) {
            // A stylesheet of the project's styles that cannot be read.
            Path where = theme.directory().orElse(settings.manuscript());
            return failed(List.of(), List.of(Diagnostic.error(SourcePosition.of(where), message(e))));
        }
    }

    /**
     * Keeps where the PDF's pages fell for the book it was made from; the next {@link #make()} marks the page
     * breaks of every chapter that is still as it was then.
     */
    void printed(Book book, PageMap pages, PageNumbering numbering) {
        printed = new Printed(book, PageBreaks.mark(book, pages, numbering));
    }

    /** The book with the last PDF's page-break markers in each chapter (and glossary) unchanged since. */
    private Book withPageBreaks(Book book) {
        if (printed == null) {
            return book;
        }
        Map<String, Chapter[]> before = new HashMap<>();
        List<Chapter> plain = printed.book().chapters();
        List<Chapter> marked = printed.marked().book().chapters();
        for (int i = 0; i < plain.size(); i++) {
            before.put(plain.get(i).id(), new Chapter[] {plain.get(i), marked.get(i)});
        }
        List<Chapter> chapters = new ArrayList<>();
        for (Chapter chapter : book.chapters()) {
            Chapter[] was = before.get(chapter.id());
            chapters.add(was != null && was[0].equals(chapter) ? was[1] : chapter);
        }
        var glossary = book.glossary().equals(printed.book().glossary()) ? printed.marked().book().glossary()
                : book.glossary();
        return new Book(book.metadata(), book.labels(), chapters, glossary, book.assets(), book.cover(), book.print());
    }

    /**
     * The renderer of these styles: the same one, with its rendered chapters, while no file of the styles changed;
     * a new one otherwise (templates are read once by a renderer).
     */
    private XhtmlRenderer renderer(Theme theme) {
        List<Object> styles = theme.directory().map(LiveBook::filesOf).orElse(List.of());
        if (renderer == null || !styles.equals(stylesSeen)) {
            renderer = new XhtmlRenderer(theme);
            rendered = new RenderedChapters();
            stylesSeen = styles;
        }
        return renderer;
    }

    /** Each file of a folder with its size and time, to tell when one changed. */
    private static List<Object> filesOf(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            List<Object> all = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                all.add(List.of(file.toString(), attributes.size(), attributes.lastModifiedTime().toMillis()));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the styles folder " + directory, e);
        }
    }

    private Theme theme() {
        return Theme.of(settings.theme(), settings.styles());
    }

    /** A checksum of the files, which changes when any of them does. */
    private static String stamp(Map<String, byte[]> files) {
        CRC32C checksum = new CRC32C();
        files.forEach((name, bytes) -> {
            checksum.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            checksum.update(bytes);
        });
        return Long.toHexString(checksum.getValue());
    }

    /** The file's time and size, which change when it is saved. */
    private static String stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return Long.toHexString(attributes.lastModifiedTime().toMillis()) + "-" + attributes.size();
        } catch (IOException e) {
            return "missing";
        }
    }

    private Optional<FontSet> fonts(Theme theme, List<Diagnostic> problems) {
        try {
            return Optional.of(FontSetCache.shared().forBook(settings.fonts(), theme.fontsFolder()));
        } catch (ManuscriptException e) {
            problems.addAll(e.diagnostics());
            return Optional.empty();
        }
    }

    private static Made failed(List<Diagnostic> first, List<Diagnostic> then) {
        List<Diagnostic> all = new ArrayList<>(first);
        all.addAll(then);
        return new Made(Optional.empty(), all, 0, 0);
    }

    private static String message(Throwable e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && (message == null || !message.contains(cause.getMessage()))) {
            message = (message == null ? "" : message + ": ") + cause.getMessage();
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
