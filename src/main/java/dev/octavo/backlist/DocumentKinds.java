package dev.octavo.backlist;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Set;

/**
 * Documents that are no chapter, which Octavo makes again from the manuscript: a cover, a title page, a contents
 * page. Told by EPUB 3's {@code epub:type} where the book has it, and by their look where it has not (EPUB 2).
 */
final class DocumentKinds {
    private DocumentKinds() {
    }

    static boolean isCover(Element body) {
        return body.text().isBlank() && (body.selectFirst("img, image") != null)
                || body.getAllElements().stream().anyMatch(e -> Semantics.is(e, "cover") && e.text().isBlank());
    }

    /**
     * A title page, which Octavo makes again from book.yaml: marked so, or (pandoc's EPUB 2) only elements of the
     * title page's classes.
     */
    static boolean isTitlePage(Element body) {
        if (body.getAllElements().stream().anyMatch(e -> Semantics.is(e, "titlepage"))) {
            return true;
        }
        Set<String> classes = Set.of("title", "subtitle", "author", "publisher", "date", "rights", "description",
                "cover-image", "editor", "translator");
        return body.selectFirst(".title") != null && body.children().stream()
                .allMatch(child -> child.classNames().stream().anyMatch(classes::contains) || child.text().isBlank());
    }

    /** A contents page of EPUB 2 (or a nav in the spine): marked as such, or links and little else. */
    static boolean isContents(Element body) {
        if (body.getAllElements().stream().anyMatch(e -> Semantics.is(e, "toc") && !e.normalName().equals("a"))) {
            return true;
        }
        List<Element> links = body.select("a[href]");
        int linkText = links.stream().mapToInt(a -> a.text().replaceAll("\\s", "").length()).sum();
        return links.size() >= 3 && links.stream().noneMatch(a -> Hrefs.external(a.attr("href")))
                && linkText >= 0.8 * body.text().replaceAll("\\s", "").length();
    }
}
