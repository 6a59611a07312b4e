package dev.octavo.backlist;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/** Octavo's verse back as the line block it was written as. */
final class Verse {
    private Verse() {
    }

    /**
     * Octavo's verse ({@code div.verse}, a {@code div.line} per line) as the line block it was written as: a bar
     * before each line, a bar alone between stanzas, the line's indent (no-break spaces) as spaces after the bar.
     */
    static void mark(ChapterSplitter.Draft draft, MarkdownText markdown) {
        for (Element verse : new ArrayList<>(draft.content.select("div.verse"))) {
            List<String> lines = new ArrayList<>();
            for (Element line : verse.select("> div.line")) {
                // The indent is read from the text itself: the converter drops leading no-break spaces.
                String plain = line.wholeText();
                int indent = plain.length() - plain.replaceFirst("^\u00A0+", "").length();
                String text = markdown.inline(line).replaceFirst("^[\u00A0\\s]+", "");
                lines.add(text.isEmpty() ? "|" : "| " + " ".repeat(indent) + text);
            }
            verse.replaceWith(new Element("p").appendText(markdown.marker(String.join("\n", lines))));
        }
    }
}
