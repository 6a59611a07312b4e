package dev.octavo.pdf.engine;

import dev.octavo.fonts.FontSet;
import dev.octavo.model.Book;
import dev.octavo.testing.Seed;
import dev.octavo.testing.SeedBook;
import dev.octavo.xhtml.Theme;
import dev.octavo.xhtml.XhtmlRenderer;

/**
 * The seed's printed body (Vietnamese text in two families, bold and italic, justified lines, footnotes, running
 * heads and folios) as print XHTML, with the repository's fonts: what the drawing tests typeset two ways.
 */
record SeedPrint(String xhtml, FontSet fonts) {
    static SeedPrint body() {
        Book book = SeedBook.model();
        Theme theme = Theme.over(Seed.projectDir().resolve("styles"));
        FontSet fonts = FontSet.fromDirectory(Seed.projectDir().resolve("fonts"));
        return new SeedPrint(new XhtmlRenderer(theme).renderPrintBody(book, theme.stylesheet("print.css"),
                fonts.families()), fonts);
    }
}
