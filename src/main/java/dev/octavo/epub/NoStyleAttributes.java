package dev.octavo.epub;

import com.openhtmltopdf.css.extend.StylesheetFactory;
import com.openhtmltopdf.css.sheet.Ruleset;
import com.openhtmltopdf.css.sheet.Stylesheet;
import com.openhtmltopdf.css.sheet.StylesheetInfo;

import java.io.Reader;

/**
 * The matcher asks for style attributes' rules through this; {@link DomAttributes} gives it none, since Octavo's
 * documents carry no style attribute that touches fonts.
 */
final class NoStyleAttributes implements StylesheetFactory {
    @Override
    public Stylesheet parse(Reader reader, StylesheetInfo info) {
        return null;
    }

    @Override
    public Ruleset parseStyleDeclaration(int origin, String css) {
        return null;
    }

    @Override
    public Stylesheet getStylesheet(StylesheetInfo info) {
        return null;
    }
}
