package dev.octavo.xhtml;

import dev.octavo.model.Code;
import dev.octavo.model.Inline;
import dev.octavo.model.InlineContainer;
import dev.octavo.model.NoteRef;
import dev.octavo.model.PageStart;
import dev.octavo.model.Text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Puts inlines into a block's text at places counted in non-space characters, as the printed layout counts them
 * ({@link PageStart}): the EPUB's page-break markers, the printed book's moved figures. Each goes in before the
 * first counted character past its count; containers (emphasis, links…) are split around it by walking into them.
 */
final class CountedInsertion {
    /** An inline to put in after {@code charsBefore} counted characters. */
    record Insert(int charsBefore, Inline inline) {
    }

    /** A block's text cut in two at a place counted as above: what comes before, and what comes after. */
    record Halves(List<Inline> before, List<Inline> after) {
    }

    private CountedInsertion() {
    }

    /**
     * The text cut before the first counted character past {@code charsBefore}. A container that spans the cut is
     * on both sides (an emphasis, a link); a glossary term's use keeps its id on the side where it begins, and is
     * plain words on the other, so that no id is given twice.
     */
    static Halves split(List<Inline> content, int charsBefore) {
        List<Inline> before = new ArrayList<>();
        List<Inline> after = new ArrayList<>();
        cut(content, new Cut(charsBefore), before, after);
        return new Halves(before, after);
    }

    /** Where a split stands: characters counted so far, and whether anything has gone after the cut yet. */
    private static final class Cut {
        final int at;
        int counted;
        boolean made;

        Cut(int at) {
            this.at = at;
        }
    }

    private static void cut(List<Inline> content, Cut cut, List<Inline> before, List<Inline> after) {
        for (Inline inline : content) {
            if (cut.made) {
                after.add(inline);
            } else if (inline instanceof Text text) {
                cutText(text.text(), cut, before, after);
            } else if (inline instanceof InlineContainer container) {
                List<Inline> inBefore = new ArrayList<>();
                List<Inline> inAfter = new ArrayList<>();
                cut(container.content(), cut, inBefore, inAfter);
                if (!inBefore.isEmpty()) {
                    before.add(container.withContent(inBefore));
                }
                if (!inAfter.isEmpty()) {
                    after.add(inBefore.isEmpty() || !(container instanceof dev.octavo.model.GlossaryRef)
                            ? container.withContent(inAfter) : new dev.octavo.model.Styled("span", java.util.Map.of(),
                            inAfter));
                }
            } else if (cut.counted >= cut.at && !(inline instanceof dev.octavo.model.PageBreak)) {
                after.add(inline);
                cut.made = true;
            } else {
                before.add(inline);
                if (inline instanceof NoteRef ref && ref.occurrence() == 1) {
                    cut.counted += PageStart.countedCharacters(Integer.toString(ref.note().number()));
                } else if (inline instanceof Code c) {
                    cut.counted += PageStart.countedCharacters(c.code());
                }
            }
        }
    }

    private static void cutText(String text, Cut cut, List<Inline> before, List<Inline> after) {
        int i = 0;
        while (i < text.length() && cut.counted < cut.at) {
            int cp = text.codePointAt(i);
            if (PageStart.counts(cp)) {
                cut.counted++;
            }
            i += Character.charCount(cp);
        }
        // The white space at the cut belongs to neither half: the first ends its last line with its last letter (a
        // space there would be set as part of the line and leave it short of the measure), the second begins with
        // its first.
        int end = i;
        while (i < text.length() && !PageStart.counts(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        if (end > 0) {
            before.add(new Text(text.substring(0, end)));
        }
        if (i < text.length()) {
            after.add(new Text(text.substring(i)));
            cut.made = true;
        }
    }

    /**
     * Inlines put into texts that count as one, one after the other (the lines of a poem): the count runs on from
     * one to the next; what is due past the last character goes at the end of the last.
     */
    static List<List<Inline>> insertAcross(List<List<Inline>> texts, List<Insert> inserts) {
        Deque<Insert> pending = new ArrayDeque<>(inserts.stream()
                .sorted(Comparator.comparingInt(Insert::charsBefore)).toList());
        int[] counted = {0};
        List<List<Inline>> out = new ArrayList<>();
        for (List<Inline> text : texts) {
            out.add(walk(text, pending, counted));
        }
        if (!pending.isEmpty() && !out.isEmpty()) {
            List<Inline> last = new ArrayList<>(out.get(out.size() - 1));
            pending.forEach(insert -> last.add(insert.inline()));
            out.set(out.size() - 1, last);
        }
        return out;
    }

    static List<Inline> insert(List<Inline> content, List<Insert> inserts) {
        if (inserts == null || inserts.isEmpty()) {
            return content;
        }
        Deque<Insert> pending = new ArrayDeque<>(inserts.stream()
                .sorted(Comparator.comparingInt(Insert::charsBefore)).toList());
        int[] counted = {0};
        List<Inline> out = walk(content, pending, counted);
        pending.forEach(insert -> out.add(insert.inline()));
        return out;
    }

    private static List<Inline> walk(List<Inline> content, Deque<Insert> pending, int[] counted) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : content) {
            if (inline instanceof Text text) {
                splitText(text.text(), pending, counted, out);
            } else if (inline instanceof InlineContainer container) {
                placeDue(pending, counted, out);
                out.add(container.withContent(walk(container.content(), pending, counted)));
            } else if (inline instanceof NoteRef ref && ref.occurrence() == 1) {
                // The printed call's number is text on the printed line (a later call is a link, not counted).
                placeDue(pending, counted, out);
                out.add(ref);
                counted[0] += PageStart.countedCharacters(Integer.toString(ref.note().number()));
            } else if (inline instanceof Code c) {
                placeDue(pending, counted, out);
                out.add(c);
                counted[0] += PageStart.countedCharacters(c.code());
            } else {
                out.add(inline);
            }
        }
        return out;
    }

    /** Inserts whose count is reached go in before whatever comes next. */
    private static void placeDue(Deque<Insert> pending, int[] counted, List<Inline> out) {
        while (!pending.isEmpty() && pending.peek().charsBefore() <= counted[0]) {
            out.add(pending.poll().inline());
        }
    }

    private static void splitText(String text, Deque<Insert> pending, int[] counted, List<Inline> out) {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (PageStart.counts(cp) && !pending.isEmpty() && pending.peek().charsBefore() <= counted[0]) {
                if (!run.isEmpty()) {
                    out.add(new Text(run.toString()));
                    run.setLength(0);
                }
                placeDue(pending, counted, out);
            }
            run.appendCodePoint(cp);
            if (PageStart.counts(cp)) {
                counted[0]++;
            }
            i += Character.charCount(cp);
        }
        if (!run.isEmpty()) {
            out.add(new Text(run.toString()));
        }
    }
}
