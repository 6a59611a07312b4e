package dev.octavo.xhtml;

import dev.octavo.model.Block;
import dev.octavo.model.Book;
import dev.octavo.model.Chapter;
import dev.octavo.model.Text;
import dev.octavo.model.TextWalk;

import java.util.List;

/**
 * The chapters one print document holds, from {@code from} (inclusive) to {@code to} (exclusive) of {@code count}:
 * the whole book, or one part of a first layout pass split in two so that two threads can lay the book out at once.
 * The part that opens the book holds the front matter, the one that closes it the glossary.
 *
 * <p>Every chapter and the glossary open on a fresh page, and openhtmltopdf lays out the contents page's numbers
 * with a stand-in of fixed width ({@code 999}) whatever they turn out to be; so a part lays out the same pages, page
 * for page, as its chapters do in the whole book, and the pages of the second part follow those of the first.
 */
public record PrintPart(int from, int to, int count) {
    public PrintPart {
        if (from < 0 || from > to || to > count) {
            throw new IllegalArgumentException("no such part of " + count + " chapters: " + from + " to " + to);
        }
    }

    /** The whole book in one document. */
    public static PrintPart whole(Book book) {
        return new PrintPart(0, book.chapters().size(), book.chapters().size());
    }

    /**
     * The book in two parts of about the same amount of text, the first with the front matter; the whole book as
     * one part when it has a single chapter.
     */
    public static List<PrintPart> halves(Book book) {
        List<Chapter> chapters = book.chapters();
        if (chapters.size() < 2) {
            return List.of(whole(book));
        }
        long[] upTo = new long[chapters.size() + 1];
        for (int i = 0; i < chapters.size(); i++) {
            upTo[i + 1] = upTo[i] + textLength(chapters.get(i));
        }
        int split = 1;
        while (split < chapters.size() - 1 && upTo[split] * 2 < upTo[chapters.size()]) {
            split++;
        }
        return List.of(new PrintPart(0, split, chapters.size()), new PrintPart(split, chapters.size(), chapters.size()));
    }

    /** With the front matter: the half-title, title page, colophon and contents. */
    public boolean opensBook() {
        return from == 0;
    }

    /** With the glossary, if the book has one. */
    public boolean closesBook() {
        return to == count;
    }

    /** Whether the chapter at this 0-based index is in this part. */
    public boolean holds(int chapter) {
        return chapter >= from && chapter < to;
    }

    private static long textLength(Chapter chapter) {
        return textLength(chapter.blocks())
                + chapter.footnotes().stream().mapToLong(note -> textLength(note.content())).sum();
    }

    private static long textLength(List<Block> blocks) {
        return TextWalk.inlines(blocks).filter(Text.class::isInstance).mapToLong(t -> ((Text) t).text().length()).sum();
    }
}
