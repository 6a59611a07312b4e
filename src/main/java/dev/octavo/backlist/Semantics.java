package dev.octavo.backlist;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Set;

/** What an element is for, as EPUB 3 ({@code epub:type}), ARIA ({@code role}) or common class names say. */
final class Semantics {
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private Semantics() {
    }

    /** Whether the element's {@code epub:type}, {@code role} (as {@code doc-}…) or class has one of the words. */
    static boolean is(Element element, String... words) {
        List<String> types = List.of(element.attr("epub:type").split("\\s+"));
        String role = element.attr("role");
        for (String word : words) {
            if (types.contains(word) || role.equals("doc-" + word) || element.hasClass(word)) {
                return true;
            }
        }
        return false;
    }

    static boolean heading(Element element) {
        return HEADINGS.contains(element.normalName());
    }

    static int level(Element heading) {
        return heading.normalName().charAt(1) - '0';
    }
}
