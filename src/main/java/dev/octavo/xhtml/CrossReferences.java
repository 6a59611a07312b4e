package dev.octavo.xhtml;

import dev.octavo.model.Book;
import dev.octavo.model.Chapter;
import dev.octavo.model.CrossRef;
import dev.octavo.model.TextWalk;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The cross-references of a book's text, as the print document needs them. */
public final class CrossReferences {
    private CrossReferences() {
    }

    /** The ids of the targets whose page the chapters' cross-references print, notes included. */
    public static Set<String> pagesPrinted(Book book) {
        Set<String> ids = new TreeSet<>();
        for (Chapter chapter : book.chapters()) {
            Stream.concat(TextWalk.inlines(chapter.blocks()),
                            chapter.footnotes().stream().flatMap(note -> TextWalk.inlines(note.content())))
                    .filter(CrossRef.class::isInstance).map(CrossRef.class::cast).filter(CrossRef::pageNumber)
                    .forEach(ref -> ids.add(ref.id()));
        }
        return ids;
    }
}
