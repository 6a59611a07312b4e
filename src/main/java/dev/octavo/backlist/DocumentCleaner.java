package dev.octavo.backlist;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Takes out of a document what a manuscript cannot hold, each named in the report at its place (scripts, forms,
 * frames, media, inline SVG, style attributes), and what a publishing tool adds on its own and makes again from
 * the manuscript, silently: the print edition's page-break markers, glossary links, notes' "back to text" links,
 * figure labels ("Figure 1.2.") and empty spacers. A code block keeps only its language of all its classes.
 */
final class DocumentCleaner {
    private static final Map<String, String> LEFT_OUT = Map.ofEntries(
            Map.entry("script", "a script"), Map.entry("noscript", "a noscript fallback"),
            Map.entry("style", "a style sheet in the document"), Map.entry("form", "a form"),
            Map.entry("input", "a form field"), Map.entry("button", "a button"), Map.entry("select", "a form field"),
            Map.entry("textarea", "a form field"), Map.entry("iframe", "a frame"), Map.entry("frame", "a frame"),
            Map.entry("object", "an embedded object"), Map.entry("embed", "an embedded object"),
            Map.entry("audio", "audio"), Map.entry("video", "video"), Map.entry("canvas", "a canvas"),
            Map.entry("svg", "an inline SVG drawing"), Map.entry("math", "MathML"));

    private final ImportLog log;

    DocumentCleaner(ImportLog log) {
        this.log = log;
    }

    /** Cleans the document; true when it had figure labels, which book.yaml's {@code figures: numbered} makes again. */
    boolean clean(ParsedDocument document) {
        Element body = document.body();
        boolean labels = !body.select("figure .figure-label, figcaption .figure-label").isEmpty();
        for (Element element : new ArrayList<>(body.getAllElements())) {
            if (element.parent() == null && element != body) {
                continue; // inside something already taken out
            }
            String name = element.normalName().replaceFirst("^.*:", "");
            String what = LEFT_OUT.get(name);
            if (what != null) {
                log.leftOut(log.at(document.entry(), element), what + " (<" + element.normalName() + ">) is left out");
                element.remove();
            } else if (Semantics.is(element, "pagebreak") || element.hasClass("figure-label")
                    || element.hasClass("justified-end") || Semantics.is(element, "backlink")
                    || element.hasClass("footnote-back")) {
                element.remove();
            } else if (name.equals("a") && (Semantics.is(element, "glossref"))) {
                element.unwrap();
            } else if (name.equals("s") || name.equals("strike")) {
                element.tagName("del"); // the converter writes ~~ for del only
            } else if (name.equals("pre")) {
                CodeLanguage.keepOnly(element);
                // Code holds no links: pandoc's line anchors (<a href="#cb1-1"></a>) would come out as text.
                element.select("a").forEach(link -> {
                    if (link.text().isEmpty()) {
                        link.remove();
                    } else {
                        link.unwrap();
                    }
                });
            } else if (name.equals("br") && element.nextSibling() instanceof TextNode after
                    && element.closest("pre") == null) {
                // A line break's source line break is no text (HTML collapses it), but the converter would keep it
                // as a blank line and so end the paragraph: pandoc writes "<br />" and a new line.
                after.text(after.getWholeText().replaceFirst("^[ \t\r\n]+", ""));
            }
        }
        int styled = 0;
        Element firstStyled = null;
        for (Element element : body.getAllElements()) {
            if (element.hasAttr("style")) {
                styled++;
                firstStyled = firstStyled == null ? element : firstStyled;
                element.removeAttr("style");
            }
        }
        if (styled > 0) {
            log.leftOut(log.at(document.entry(), firstStyled), styled + " style attribute" + (styled == 1 ? " is" : "s are")
                    + " left out (the first here): the house style sets the book");
        }
        List<Node> comments = new ArrayList<>();
        body.forEachNode(node -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        });
        comments.forEach(Node::remove);
        return labels;
    }
}
