package dev.octavo.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the PDF renderer put the book's anchors: for each element id, the 0-based indexes of the pages it
 * appears on, in order; and for each page with running text, where that text begins. The stages after the PDF layout (pagination decisions, page labels, the EPUB's page
 * list) read the printed book through this map, never by parsing the PDF.
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
}
