package dev.octavo.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the PDF renderer put the book's anchors: for each element id, the 0-based indexes of the pages it
 * appears on, in order; and for each page with running text, where that text begins. The stages after the PDF
 * layout (the glossary's page references, page labels, the EPUB's page list) read the printed book through this
 * map, never by parsing the PDF.
 *
 * @param pageCount the number of pages laid out
 * @param pages     per element id, the indexes of the pages the element appears on, ascending and without repeats;
 *                  an id that was not laid out is absent
 * @param starts    where each page's running text begins: at most one start per page, and none for a page
 *                  without running text (a blank page, say)
 */
public record PageMap(int pageCount, Map<String, List<Integer>> pages, List<PageStart> starts) {
    /**
     * A page map over unmodifiable copies of the map and the list.
     *
     * @param pageCount the number of pages laid out
     * @param pages     per element id, the indexes of the pages it appears on, in order
     * @param starts    where the running text of each page that has some begins
     */
    public PageMap {
        pages = Map.copyOf(pages);
        starts = List.copyOf(starts);
    }

    /**
     * The page an element starts on.
     *
     * @param id the element's id
     * @return the 0-based index of its first page, or empty when no element with that id was laid out
     */
    public Optional<Integer> first(String id) {
        List<Integer> on = pages.get(id);
        return on == null || on.isEmpty() ? Optional.empty() : Optional.of(on.get(0));
    }

    /**
     * This layout without its pages from {@code pageIndex} on, nor what was laid out there.
     *
     * @param pageIndex the 0-based index of the first page to drop
     * @return the pages before it: an element that appears only on later pages is gone, one that spans the cut
     *         keeps its earlier pages
     */
    public PageMap before(int pageIndex) {
        Map<String, List<Integer>> kept = new HashMap<>();
        pages.forEach((id, on) -> {
            List<Integer> earlier = on.stream().filter(page -> page < pageIndex).toList();
            if (!earlier.isEmpty()) {
                kept.put(id, earlier);
            }
        });
        return new PageMap(Math.min(pageCount, pageIndex), kept,
                starts.stream().filter(start -> start.pageIndex() < pageIndex).toList());
    }

    /**
     * An element id both layouts have (the first in alphabetical order), if any.
     *
     * @param other the other layout
     * @return the id, or empty when the two layouts have no id in common and so can be joined
     */
    public Optional<String> sharedId(PageMap other) {
        return other.pages.keySet().stream().filter(pages::containsKey).sorted().findFirst();
    }

    /**
     * This layout followed by that of a document whose pages come after these (the printed glossary after the
     * body). The two must not share an element id.
     *
     * @param next the layout of the pages that come after these, its page indexes counted from 0
     * @return one map of both, {@code next}'s pages and starts moved on by this layout's page count
     * @throws IllegalArgumentException if the two layouts share an element id
     */
    public PageMap followedBy(PageMap next) {
        sharedId(next).ifPresent(id -> {
            throw new IllegalArgumentException("both parts have an element with id " + id);
        });
        Map<String, List<Integer>> joined = new HashMap<>(pages);
        next.pages.forEach((id, on) -> joined.put(id, on.stream().map(page -> page + pageCount).toList()));
        List<PageStart> allStarts = new ArrayList<>(starts);
        next.starts.forEach(start -> allStarts.add(
                new PageStart(start.pageIndex() + pageCount, start.blockId(), start.charsBefore())));
        return new PageMap(pageCount + next.pageCount, joined, allStarts);
    }
}
