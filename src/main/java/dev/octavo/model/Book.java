package dev.octavo.model;

import java.util.List;

/**
 * The whole book as the renderers see it: immutable, resolved, with no I/O left to do.
 *
 * @param metadata what book.yaml says about the book: title, people, identifier, page size…
 * @param labels   the words Octavo adds to the book, in its language
 * @param chapters the chapters in reading order, one per manuscript file
 * @param glossary the glossary; empty when the manuscript has none
 * @param assets   the manuscript's images, the cover image among them when book.yaml names one
 * @param cover    the cover: one of {@code assets}, or the typographic cover the EPUB writer draws
 * @param print    the print edition's paper and distributor, for the print cover and the distributor's rules
 */
public record Book(Metadata metadata, Labels labels, List<Chapter> chapters, Glossary glossary, List<Asset> assets,
                   Cover cover, PrintEdition print) {
    /**
     * A book over unmodifiable copies of the lists. Stages that change the text (glossary links, page breaks, moved
     * figures) make a new book this way, with the parts they do not touch passed on as they are.
     *
     * @param metadata what book.yaml says about the book
     * @param labels   the words Octavo adds to the book, in its language
     * @param chapters the chapters in reading order
     * @param glossary the glossary, possibly empty
     * @param assets   the manuscript's images
     * @param cover    the cover
     * @param print    the print edition's paper and distributor
     */
    public Book {
        chapters = List.copyOf(chapters);
        assets = List.copyOf(assets);
        java.util.Objects.requireNonNull(print, "print");
    }

    /**
     * A book on white paper for no distributor in particular ({@link PrintEdition#DEFAULT}).
     *
     * @param metadata what book.yaml says about the book
     * @param labels   the words Octavo adds to the book, in its language
     * @param chapters the chapters in reading order
     * @param glossary the glossary, possibly empty
     * @param assets   the manuscript's images
     * @param cover    the cover
     */
    public Book(Metadata metadata, Labels labels, List<Chapter> chapters, Glossary glossary, List<Asset> assets,
                Cover cover) {
        this(metadata, labels, chapters, glossary, assets, cover, PrintEdition.DEFAULT);
    }

    /**
     * Every footnote of the book, chapter by chapter in call order: what the build counts and the accessibility
     * statement looks into.
     *
     * @return the notes of all chapters; empty for a book without notes
     */
    public List<Footnote> footnotes() {
        return chapters.stream().flatMap(c -> c.footnotes().stream()).toList();
    }
}
