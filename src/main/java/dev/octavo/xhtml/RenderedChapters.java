package dev.octavo.xhtml;

import dev.octavo.model.Book;
import dev.octavo.model.Chapter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The EPUB documents of chapters as last rendered, kept between renderings of the same book by the same renderer so
 * that only a chapter that changed is rendered again (the live preview's loop). A chapter's document is made from
 * the chapter (its text, ids, note numbers, glossary links, page-break markers) and from what every chapter's
 * template may show of the book: its metadata, labels, glossary and the list of its chapters' titles. When all of
 * these are equal, so is the document. Used by one rendering at a time.
 */
public final class RenderedChapters {
    private Map<Chapter, XhtmlDocument> documents = new HashMap<>();
    private Map<Chapter, XhtmlDocument> rendering = new HashMap<>();
    /** What the kept documents show of the book: compared once per rendering, not once per chapter. */
    private Object bookContext;
    private int renderedLast;

    /** What a chapter's document may show of the book beyond the chapter itself. */
    static Object bookContext(Book book, List<String> stylesheets) {
        // Plain titles: a title's page-break marker is the chapter's own business.
        List<Object> outline = book.chapters().stream()
                .<Object>map(chapter -> List.of(chapter.id(), chapter.name(), chapter.plainTitle())).toList();
        return List.of(book.metadata(), book.labels(), book.glossary(), outline, stylesheets);
    }

    XhtmlDocument get(Chapter chapter, Supplier<XhtmlDocument> render) {
        XhtmlDocument document = documents.get(chapter);
        if (document == null) {
            document = render.get();
            renderedLast++;
        }
        rendering.put(chapter, document);
        return document;
    }

    /** Called before a rendering of the whole book: the kept documents serve only the same book context. */
    void begin(Object bookContext) {
        if (!bookContext.equals(this.bookContext)) {
            documents = new HashMap<>();
            this.bookContext = bookContext;
        }
        renderedLast = 0;
        rendering = new HashMap<>();
    }

    /** Called after it: only this rendering's documents are kept. */
    void end() {
        documents = rendering;
        rendering = new HashMap<>();
    }

    /** How many chapters the last rendering rendered (the others it took from here). */
    public int renderedLast() {
        return renderedLast;
    }
}
