package dev.octavo.backlist;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Figures and images, as markers for the Markdown Octavo reads: {@code ![caption](images/x.png)}. */
final class Figures {
    private Figures() {
    }

    /**
     * Figures and images as Octavo writes them: a {@code figure} (or pandoc's {@code div.figure}) with its caption,
     * or an image alone in its paragraph, becomes {@code ![caption](images/x.png)} on its own; a figure of several
     * images becomes as many, its caption a paragraph after them; an image in a sentence stays there.
     */
    static void mark(ChapterSplitter.Draft draft, ImageCatalog images, MarkdownText markdown, ImportLog log) {
        for (Element figure : new ArrayList<>(draft.content.select("figure, div.figure"))) {
            if (figure.parent() == null || figure.parents().stream().anyMatch(p -> p.is("figure, div.figure"))) {
                continue; // inside a figure already taken
            }
            Element captionElement = figure.selectFirst("figcaption, p.caption, .caption");
            String caption = captionElement == null ? "" : markdown.inline(captionElement);
            String captionText = captionElement == null ? "" : captionElement.text().strip();
            List<String> blocks = new ArrayList<>();
            List<Element> imgs = figure.select("img");
            for (Element img : imgs) {
                String alt = img.attr("alt").strip();
                Optional<String> path = path(draft, img, images, log);
                if (path.isEmpty()) {
                    continue;
                }
                String words = imgs.size() == 1 && !caption.isEmpty() ? caption : MarkdownText.escape(alt);
                String attributes = imgs.size() == 1 && !alt.isEmpty() && !caption.isEmpty() && !alt.equals(captionText)
                        ? "{alt=\"" + alt.replace("\"", "'") + "\"}" : "";
                blocks.add("![" + words + "](" + path.get() + ")" + attributes);
            }
            if ((imgs.size() != 1 || blocks.isEmpty()) && !caption.isEmpty()) {
                blocks.add(caption); // the caption of several images, or of one that could not come
            }
            if (blocks.isEmpty()) {
                figure.remove();
            } else {
                figure.replaceWith(new Element("p").appendText(markdown.marker(String.join("\n\n", blocks))));
            }
        }
        for (Element img : new ArrayList<>(draft.content.select("img"))) {
            Optional<String> path = path(draft, img, images, log);
            if (path.isEmpty()) {
                img.remove();
                continue;
            }
            String image = "![" + MarkdownText.escape(img.attr("alt").strip()) + "](" + path.get() + ")";
            Element paragraph = img.parent();
            boolean alone = paragraph != null && paragraph.normalName().equals("p") && paragraph.text().isBlank()
                    && paragraph.select("img").size() == 1;
            if (alone) {
                paragraph.replaceWith(new Element("p").appendText(markdown.marker(image)));
            } else {
                img.replaceWith(new TextNode(markdown.marker(image)));
            }
        }
    }

    private static Optional<String> path(ChapterSplitter.Draft draft, Element img, ImageCatalog images,
                                         ImportLog log) {
        if (img.attr("src").isBlank()) {
            log.leftOut(log.at(draft.entry, img), "an image without a source (src) is left out");
            return Optional.empty();
        }
        return Hrefs.resolve(draft.entry, img.attr("src")).flatMap(entry -> images.path(entry, log.at(draft.entry, img)));
    }
}
