package dev.octavo.xhtml;

import dev.octavo.model.Book;
import dev.octavo.model.Chapter;
import dev.octavo.model.CrossRef;
import dev.octavo.model.GlossaryEntry;
import dev.octavo.model.GlossaryRef;
import dev.octavo.model.PageMap;
import dev.octavo.model.PageNumbering;
import dev.octavo.model.TextWalk;

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

    /**
     * The page labels of what the glossary's definitions refer to (CrossRef), by target id: the glossary is typeset
     * as a document of its own, where the body's pages can only be written in.
     */
    public static Map<String, String> ofReferences(Book book, PageMap body, PageNumbering numbering) {
        Map<String, String> labels = new HashMap<>();
        for (GlossaryEntry entry : book.glossary().entries()) {
            TextWalk.inlines(entry.definition()).filter(CrossRef.class::isInstance).map(CrossRef.class::cast)
                    .forEach(ref -> body.first(ref.id()).ifPresent(page -> labels.put(ref.id(), numbering.label(page))));
        }
        return Map.copyOf(labels);
    }
}
