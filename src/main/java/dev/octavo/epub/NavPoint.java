package dev.octavo.epub;

import dev.octavo.model.TocEntry;

import java.util.ArrayList;
import java.util.List;

/** A table-of-contents entry with the play order the NCX needs (depth-first, from 1). */
public record NavPoint(int order, TocEntry entry, List<NavPoint> children) {

    static List<NavPoint> number(List<TocEntry> entries) {
        return number(entries, new int[] {0});
    }

    private static List<NavPoint> number(List<TocEntry> entries, int[] counter) {
        List<NavPoint> points = new ArrayList<>();
        for (TocEntry entry : entries) {
            int order = ++counter[0];
            points.add(new NavPoint(order, entry, number(entry.children(), counter)));
        }
        return points;
    }

    /** How many entries there are, nested ones included: the last play order. */
    static int count(List<TocEntry> entries) {
        return entries.stream().mapToInt(e -> 1 + count(e.children())).sum();
    }

    static int depth(List<TocEntry> entries) {
        return entries.stream().mapToInt(e -> 1 + depth(e.children())).max().orElse(0);
    }
}
