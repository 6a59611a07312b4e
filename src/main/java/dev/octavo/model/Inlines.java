package dev.octavo.model;

import java.util.List;

/** Helpers over inline content. */
public final class Inlines {
    private Inlines() {
    }

    /**
     * The visible text, as a reader of the plain text would see it (no note numbers).
     *
     * @param inlines the inlines to read, containers included
     * @return their text and code, an image's text alternative, a space for a line break; no markup
     */
    public static String plainText(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        append(out, inlines);
        return out.toString();
    }

    private static void append(StringBuilder out, List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof Text t) {
                out.append(t.text());
            } else if (inline instanceof Code c) {
                out.append(c.code());
            } else if (inline instanceof InlineContainer container) {
                append(out, container.content());
            } else if (inline instanceof Image i) {
                out.append(i.alt());
            } else if (inline instanceof LineBreak) {
                out.append(' ');
            }
            // A NoteRef adds nothing: note numbers are not part of the sentence.
        }
    }
}
