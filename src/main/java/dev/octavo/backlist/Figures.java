package dev.octavo.backlist;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.Optional;

/** Figures and images, as markers for the Markdown Octavo reads: {@code ![caption](images/x.png)}. */
final class Figures {
    private Figures() {
    }

    /**
     * Figures and images as Octavo writes them: an image alone in its paragraph, or in a {@code figure} with its
     * caption, becomes {@code ![caption](images/x.png)} on its own; an image in a sentence stays there.
     */
    static void mark(ChapterSplitter.Draft draft, ImageCatalog images, MarkdownText markdown,
                                ImportLog log) {
        for (Element img : new ArrayList<>(draft.content.select("img"))) {
            if (img.parent() == null) {
                continue;
            }
            Optional<String> path = Hrefs.resolve(draft.entry, img.attr("src"))
                    .flatMap(entry -> images.path(entry, log.at(draft.entry, img)));
            Element figure = img.closest("figure, div.figure");
            Element paragraph = img.parent();
            boolean alone = paragraph != null && paragraph.normalName().equals("p") && paragraph.text().isBlank()
                    && paragraph.select("img").size() == 1;
            String alt = img.attr("alt").strip();
            if (path.isEmpty()) {
                img.remove();
                continue;
            }
            if (figure != null || alone) {
                Element captionElement = figure == null ? null : figure.selectFirst("figcaption, p.caption, .caption");
                String caption = captionElement == null ? MarkdownText.escape(alt) : markdown.inline(captionElement);
                String attributes = !alt.isEmpty() && captionElement != null && !alt.equals(captionElement.text().strip())
                        ? "{alt=\"" + alt.replace("\"", "'") + "\"}" : "";
                Element block = figure != null ? figure : paragraph;
                block.replaceWith(new Element("p").appendText(markdown.marker("![" + caption + "](" + path.get()
                        + ")" + attributes)));
            } else {
                img.replaceWith(new TextNode(markdown.marker("![" + MarkdownText.escape(alt) + "](" + path.get()
                        + ")")));
            }
        }
    }
}
