package dev.octavo.model;

import java.util.List;

/** The whole book as the renderers see it: immutable, resolved, with no I/O left to do. */
public record Book(Metadata metadata, Labels labels, List<Chapter> chapters, Glossary glossary, List<Asset> assets) {
    public Book {
        chapters = List.copyOf(chapters);
        assets = List.copyOf(assets);
    }

    public List<Footnote> footnotes() {
        return chapters.stream().flatMap(c -> c.footnotes().stream()).toList();
    }
}
