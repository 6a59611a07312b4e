package dev.octavo.model;

import java.util.List;

/**
 * The whole book as the renderers see it: immutable, resolved, with no I/O left to do.
 *
 * @param assets the manuscript's images, the cover image among them when book.yaml names one
 */
public record Book(Metadata metadata, Labels labels, List<Chapter> chapters, Glossary glossary, List<Asset> assets,
                   Cover cover) {
    public Book {
        chapters = List.copyOf(chapters);
        assets = List.copyOf(assets);
    }

    public List<Footnote> footnotes() {
        return chapters.stream().flatMap(c -> c.footnotes().stream()).toList();
    }
}
