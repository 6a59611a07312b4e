package dev.octavo.xhtml;

import dev.octavo.model.Book;
import dev.octavo.model.Chapter;
import dev.octavo.model.GlossaryRef;
import dev.octavo.model.PageMap;
import dev.octavo.model.PageNumbering;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The pages the printed glossary lists for each of its terms: where the body's layout put each use. The body
 * document marks every use of a term with an id of its own (blocks.ftlx), so its page map holds them all.
 */
public final class GlossaryPages {
    private GlossaryPages() {
    }

    /** Per glossary entry id, the page labels of its uses in order ("3, 7"); entries never used are absent. */
    public static Map<String, String> of(Book book, PageMap body, PageNumbering numbering) {
        Map<String, SortedSet<Integer>> pages = new HashMap<>();
        for (Chapter chapter : book.chapters()) {
            for (GlossaryRef use : GlossaryUses.of(chapter)) {
                body.first(use.id()).ifPresent(page -> pages
                        .computeIfAbsent(use.entry().id(), id -> new TreeSet<>())
                        .add(page));
            }
        }
        Map<String, String> labels = new HashMap<>();
        pages.forEach((entry, indexes) -> labels.put(entry,
                String.join(", ", indexes.stream().map(numbering::label).toList())));
        return Map.copyOf(labels);
    }
}
