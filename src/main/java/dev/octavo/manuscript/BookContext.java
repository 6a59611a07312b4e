package dev.octavo.manuscript;

import dev.octavo.model.FootnoteNumbering;

/** What the files of one book share while they are read: ids, footnote numbers, paths, assets, glyphs, diagnostics. */
final class BookContext {
    private final IdRegistry ids = new IdRegistry();
    private final Diagnostics diagnostics;
    private final ManuscriptPaths paths;
    private final AssetResolver assets;
    private final GlyphCheck glyphs;
    private final FootnoteNumbering numbering;
    private int footnotes;

    BookContext(Diagnostics diagnostics, ManuscriptPaths paths, GlyphCheck glyphs, FootnoteNumbering numbering) {
        this.diagnostics = diagnostics;
        this.paths = paths;
        this.assets = new AssetResolver(paths, diagnostics);
        this.glyphs = glyphs;
        this.numbering = numbering;
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
