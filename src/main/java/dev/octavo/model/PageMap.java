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
 */
public record PageMap(int pageCount, Map<String, List<Integer>> pages, List<PageStart> starts) {
    public PageMap {
        pages = Map.copyOf(pages);
        starts = List.copyOf(starts);
    }

    /** The page an element starts on. */
    public Optional<Integer> first(String id) {
        List<Integer> on = pages.get(id);
        return on == null || on.isEmpty() ? Optional.empty() : Optional.of(on.get(0));
    }

    /** This layout without its pages from {@code pageIndex} on, nor what was laid out there. */
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

    /** An element id both layouts have (the first in alphabetical order), if any. */
    public Optional<String> sharedId(PageMap other) {
        return other.pages.keySet().stream().filter(pages::containsKey).sorted().findFirst();
    }

    /**
     * This layout followed by that of a document whose pages come after these (the printed glossary after the
     * body). The two must not share an element id.
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
