package dev.octavo.manuscript;

import dev.octavo.model.FootnoteNumbering;

/** What the files of one book share while they are read: ids, footnote numbers, assets, diagnostics. */
final class BookContext {
    private final IdRegistry ids = new IdRegistry();
    private final Diagnostics diagnostics;
    private final AssetResolver assets;
    private final FootnoteNumbering numbering;
    private int footnotes;

    BookContext(Diagnostics diagnostics, AssetResolver assets, FootnoteNumbering numbering) {
        this.diagnostics = diagnostics;
        this.assets = assets;
        this.numbering = numbering;
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

    /** The number of a chapter's next note; {@code earlierInChapter} notes of the chapter were numbered before it. */
    int nextFootnoteNumber(int earlierInChapter) {
        return numbering.next(footnotes++, earlierInChapter);
    }
}
