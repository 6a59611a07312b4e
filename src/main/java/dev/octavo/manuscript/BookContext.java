package dev.octavo.manuscript;

/** What the files of one book share while they are read: ids, footnote numbers, paths, assets, glyphs, diagnostics. */
final class BookContext {
    private final IdRegistry ids = new IdRegistry();
    private final Diagnostics diagnostics;
    private final ManuscriptPaths paths;
    private final AssetResolver assets;
    private final GlyphCheck glyphs;
    private int footnotes;

    BookContext(Diagnostics diagnostics, ManuscriptPaths paths, GlyphCheck glyphs) {
        this.diagnostics = diagnostics;
        this.paths = paths;
        this.assets = new AssetResolver(paths, diagnostics);
        this.glyphs = glyphs;
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

    int nextFootnoteNumber() {
        return ++footnotes;
    }
}
