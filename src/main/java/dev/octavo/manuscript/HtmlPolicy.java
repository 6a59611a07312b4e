package dev.octavo.manuscript;

import dev.octavo.model.Styled;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import java.util.Set;

/**
 * Which raw HTML of a manuscript survives. A jsoup {@link Safelist} built from the model's vocabulary
 * ({@link Styled#ELEMENTS}, plus {@code br}) says which elements and attributes stay. Of the rest, elements
 * that hold code, media, forms or documents' heads go with everything inside them; any other element (div, p,
 * font, a …) is unwrapped and leaves its text behind, so that no words of the author are lost.
 */
final class HtmlPolicy {
    private static final Set<String> REMOVED_WITH_CONTENT = Set.of(
            "script", "style", "template", "noscript", "iframe", "frame", "frameset", "noframes", "object", "embed",
            "applet", "param", "noembed", "xmp", "plaintext", "form", "input", "button", "select", "option",
            "optgroup", "datalist", "textarea", "output", "svg", "math", "canvas", "audio", "video", "picture",
            "source", "track", "img", "map", "area", "head", "title", "meta", "link", "base");

    private final Safelist safelist;

    HtmlPolicy() {
        Safelist list = new Safelist().addTags("br").addAttributes(":all", Styled.LANG);
        Styled.ELEMENTS.forEach((element, attributes) -> {
            list.addTags(element);
            if (!attributes.isEmpty()) {
                list.addAttributes(element, attributes.toArray(String[]::new));
            }
        });
        this.safelist = list;
    }

    boolean keeps(Element element) {
        return safelist.isSafeTag(element.normalName());
    }

    boolean keeps(Element element, Attribute attribute) {
        return safelist.isSafeAttribute(element.normalName(), element, attribute);
    }

    boolean removesWithContent(Element element) {
        return REMOVED_WITH_CONTENT.contains(element.normalName());
    }
}
