package dev.octavo.manuscript;

/** What the files of one book share while they are read: ids, footnote numbers, assets, diagnostics. */
final class BookContext {
    private final IdRegistry ids = new IdRegistry();
    private final Diagnostics diagnostics;
    private final AssetResolver assets;
    private int footnotes;

    BookContext(Diagnostics diagnostics, AssetResolver assets) {
        this.diagnostics = diagnostics;
        this.assets = assets;
    }

    IdRegistry ids() {
        return ids;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    AssetResolver assets() {
        return assets;
    }

    int nextFootnoteNumber() {
        return ++footnotes;
    }
}
