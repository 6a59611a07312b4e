package dev.octavo.manuscript;

import com.vladsch.flexmark.util.ast.Document;
import dev.octavo.SourcePosition;
import dev.octavo.model.Image;

/** What every manuscript file's reader shares: its source and parsed document, the book's diagnostics and assets. */
abstract class FileContext implements MarkdownConverter.Context {
    final SourceText source;
    final Document document;
    final BookContext book;

    FileContext(SourceText source, Document document, BookContext book) {
        this.source = source;
        this.document = document;
        this.book = book;
    }

    @Override
    public SourceText source() {
        return source;
    }

    @Override
    public Document document() {
        return document;
    }

    @Override
    public Diagnostics diagnostics() {
        return book.diagnostics();
    }

    @Override
    public Image image(String url, String alt, SourcePosition at) {
        return book.assets().image(url, alt, at);
    }

    @Override
    public ManuscriptPaths paths() {
        return book.paths();
    }

    @Override
    public GlyphCheck glyphs() {
        return book.glyphs();
    }
}
