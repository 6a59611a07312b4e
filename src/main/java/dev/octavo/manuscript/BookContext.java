package dev.octavo.manuscript;

import dev.octavo.model.FootnoteNumbering;
import dev.octavo.model.PageLayout;

/**
 * What the files of one book share while they are read: ids, anchors, footnote numbers, paths, images, glyphs,
 * diagnostics.
 */
final class BookContext {
    private final IdRegistry ids = new IdRegistry();
    private final Diagnostics diagnostics;
    private final ManuscriptPaths paths;
    private final AssetResolver assets;
    private final ImagePlacer images;
    private final GlyphCheck glyphs;
    private final FootnoteNumbering numbering;
    private final BookYaml.Figures figures;
    private final boolean smartDashes;
    private Anchors anchors;
    private CrossReferences references;
    private int footnotes;

    BookContext(Diagnostics diagnostics, ManuscriptPaths paths, GlyphCheck glyphs, FootnoteNumbering numbering,
                PageLayout page, BookYaml.Figures figures, boolean smartDashes) {
        this.diagnostics = diagnostics;
        this.paths = paths;
        this.assets = new AssetResolver(paths, diagnostics, new ImageInspector(figures.imagePpi()));
        this.images = new ImagePlacer(assets, new ImageFit(page), figures.printPpi(), figures.ppiRule(), diagnostics);
        this.glyphs = glyphs;
        this.numbering = numbering;
        this.figures = figures;
        this.smartDashes = smartDashes;
    }

    /** The book's anchors, once named (before the chapters are converted). */
    void anchors(Anchors named) {
        this.anchors = named;
        this.references = new CrossReferences(named, paths, diagnostics);
    }

    Anchors anchors() {
        return anchors;
    }

    CrossReferences references() {
        return references;
    }

    ImagePlacer images() {
        return images;
    }

    BookYaml.Figures figures() {
        return figures;
    }

    /** Whether a hyphen between spaces is set as a dash ({@code smart-dashes}). */
    boolean smartDashes() {
        return smartDashes;
    }

    IdRegistry ids() {
        return ids;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    ManuscriptPaths paths() {
        return paths;
    }

    AssetResolver assets() {
        return assets;
    }

    GlyphCheck glyphs() {
        return glyphs;
    }

    /** The number of a chapter's next note; {@code earlierInChapter} notes of the chapter were numbered before it. */
    int nextFootnoteNumber(int earlierInChapter) {
        return numbering.next(footnotes++, earlierInChapter);
    }
}
