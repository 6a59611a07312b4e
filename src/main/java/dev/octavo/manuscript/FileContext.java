package dev.octavo.manuscript;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.octavo.SourcePosition;
import dev.octavo.model.CrossRef;
import dev.octavo.model.Image;
import dev.octavo.model.Inline;
import dev.octavo.model.Text;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    public Image image(String url, String alt, Map<String, String> attributes, int captionChars, SourcePosition at) {
        return book.images().image(url, alt, attributes, captionChars, at);
    }

    @Override
    public Optional<Anchors.Anchor> anchor(Node node) {
        return book.anchors().of(node);
    }

    @Override
    public Optional<Inline> crossReference(String url, List<Inline> content, SourcePosition at) {
        return book.references().resolve(url, source.path(), at).map(anchor -> new CrossRef(anchor.document(),
                anchor.id(), book.figures().pageReferences(),
                content.isEmpty() ? List.of(new Text(anchor.shown())) : content));
    }

    @Override
    public ManuscriptPaths paths() {
        return book.paths();
    }

    @Override
    public GlyphCheck glyphs() {
        return book.glyphs();
    }

    @Override
    public boolean smartDashes() {
        return book.smartDashes();
    }
}
