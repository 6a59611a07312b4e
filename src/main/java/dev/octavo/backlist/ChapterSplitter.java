package dev.octavo.backlist;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a document into chapters: one per heading of its highest level, so a document that holds several chapters
 * gives several files; a document without a heading is a chapter under its title in the contents, or else goes on
 * the chapter before. Section and wrapper elements are unwrapped first, so headings inside them count.
 *
 * <p>A document that opens below the book's chapter level (its highest heading an h2 where chapters are h1) and has
 * no entry of its own in the contents goes on the chapter before too: converters such as calibre cut a chapter into
 * several files at its sections, and the sections belong to their chapter.
 */
final class ChapterSplitter {
    private static final Set<String> WRAPPERS = Set.of("section", "article", "main", "header", "footer", "div", "body");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section",
            "ul", "ol", "table", "blockquote", "figure", "dl", "pre", "hr", "article", "aside", "header", "footer");

    /** A chapter in the making: its heading (null for content that goes on the chapter before) and its nodes. */
    static final class Draft {
        final String entry;
        final Element heading;
        final Element content = new Element("div");

        Draft(String entry, Element heading) {
            this.entry = entry;
            this.heading = heading;
        }
    }

    /** The highest level of a heading in the document (1 for h1), 7 when it has none. */
    static int topLevel(ParsedDocument document) {
        int top = 7;
        for (Element element : document.body().getAllElements()) {
            if (Semantics.heading(element)) {
                top = Math.min(top, Semantics.level(element));
            }
        }
        return top;
    }

    /** @param chapterLevel the level of the book's chapter headings: the highest {@link #topLevel} of its documents */
    List<Draft> split(ParsedDocument document, int chapterLevel) {
        Element body = document.body();
        unwrap(body);
        int top = 7;
        for (Element child : body.children()) {
            if (Semantics.heading(child)) {
                top = Math.min(top, Semantics.level(child));
            }
        }
        boolean continues = top < 7 && top > chapterLevel && document.tocTitle().isEmpty();
        int base = continues ? chapterLevel : top;
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        List<Node> before = new ArrayList<>();
        for (Node node : new ArrayList<>(body.childNodes())) {
            if (node instanceof TextNode text && text.isBlank()) {
                continue;
            }
            if (!continues && node instanceof Element element && Semantics.heading(element)
                    && Semantics.level(element) == top) {
                current = new Draft(document.entry(), element);
                drafts.add(current);
                element.remove();
                before.forEach(current.content::appendChild);
                before.clear();
                continue;
            }
            if (node instanceof Element element && Semantics.heading(element)) {
                element.tagName("h" + Math.min(6, Math.max(2, Semantics.level(element) - base + 1)));
            }
            if (current == null) {
                before.add(node);
            } else {
                current.content.appendChild(node);
            }
        }
        if (drafts.isEmpty() && !before.isEmpty()) {
            String title = !document.tocTitle().isEmpty() ? document.tocTitle() : "";
            Element heading = title.isEmpty() ? null : new Element("h1").text(title);
            Draft draft = new Draft(document.entry(), heading);
            before.forEach(draft.content::appendChild);
            drafts.add(draft);
        }
        for (Draft draft : drafts) {
            if (draft.heading != null) {
                draft.heading.tagName("h1");
                if (draft.heading.text().isBlank()) {
                    // A heading of an image or of nothing: the chapter still needs words for its "# ".
                    draft.heading.empty().text(!document.tocTitle().isEmpty() ? document.tocTitle()
                            : !document.title().isEmpty() ? document.title()
                            : document.entry().replaceFirst("^.*/", "").replaceFirst("\\.[^.]*$", ""));
                }
            }
        }
        return drafts;
    }

    /** Unwraps wrappers that hold blocks, until the body's children are the blocks themselves. */
    private static void unwrap(Element body) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Element child : new ArrayList<>(body.children())) {
                if (WRAPPERS.contains(child.normalName()) && !child.hasClass("verse") && !child.hasClass("figure")
                        && child.children().stream().anyMatch(c -> BLOCKS.contains(c.normalName()))) {
                    Element first = child.firstElementChild();
                    if (!child.id().isEmpty() && first != null && first.id().isEmpty()) {
                        first.id(child.id()); // a link to the section still finds its heading
                    }
                    child.unwrap();
                    changed = true;
                }
            }
        }
    }
}
