package dev.octavo.epub;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.parser.CSSPrimitiveValue;
import com.openhtmltopdf.css.parser.PropertyValue;
import org.w3c.dom.Element;

/**
 * The characters CSS draws that the documents do not hold: generated content and list markers. Counted
 * generously (every digit a counter may show, every quote mark), as {@link FontUse} errs on the side of more.
 */
final class GeneratedText {
    private static final String QUOTES = "\"'“”‘’«»‹›„‚";

    private GeneratedText() {
    }

    /** What the {@code content} of an element's {@code ::before} or {@code ::after} may draw. */
    static String content(PropertyValue content, Element element) {
        StringBuilder text = new StringBuilder();
        generated(content, element, text);
        return text.toString();
    }

    /** The characters generated content may draw: its strings, the attributes it names, counters' digits, quotes. */
    private static void generated(PropertyValue value, Element element, StringBuilder text) {
        if (value.getValues() != null && !value.getValues().isEmpty()) {
            value.getValues().forEach(inner -> generated(inner, element, text));
        } else if (value.getFunction() != null) {
            if ("attr".equalsIgnoreCase(value.getFunction().getName())) {
                value.getFunction().getParameters().forEach(p -> text.append(element.getAttribute(p.getCssText().strip())));
            } else {
                text.append("0123456789.-ivxlcdmIVXLCDM•◦▪");
            }
        } else if (value.getPrimitiveType() == CSSPrimitiveValue.CSS_STRING) {
            text.append(value.getStringValue());
        } else if (value.getPrimitiveType() == CSSPrimitiveValue.CSS_IDENT) {
            text.append(QUOTES);
        } else {
            text.append(value.getCssText());
        }
    }

    /** What a list item's marker of this {@code list-style-type} may draw; nothing for {@code none}. */
    static String marker(IdentValue type) {
        if (type == IdentValue.NONE) {
            return "";
        } else if (type == IdentValue.DISC || type == IdentValue.CIRCLE || type == IdentValue.SQUARE) {
            return "•◦▪";
        } else if (type == IdentValue.LOWER_ALPHA || type == IdentValue.LOWER_LATIN) {
            return "abcdefghijklmnopqrstuvwxyz.";
        } else if (type == IdentValue.UPPER_ALPHA || type == IdentValue.UPPER_LATIN) {
            return "ABCDEFGHIJKLMNOPQRSTUVWXYZ.";
        } else if (type == IdentValue.LOWER_ROMAN || type == IdentValue.UPPER_ROMAN) {
            return "ivxlcdmIVXLCDM.";
        }
        return "0123456789.-";
    }
}
