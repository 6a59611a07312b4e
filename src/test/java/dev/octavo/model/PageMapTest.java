package dev.octavo.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageMapTest {
    private final PageMap opening = new PageMap(3, Map.of("toc", List.of(1), "one", List.of(2)),
            List.of(new PageStart(2, "one-p", 0)));
    private final PageMap closing = new PageMap(4, Map.of("two", List.of(0, 1), "three", List.of(3)),
            List.of(new PageStart(0, "two-p", 0), new PageStart(1, "two-p", 57)));

    @Test
    void theNextPartsPagesComeAfterThisOnes() {
        PageMap joined = opening.followedBy(closing);
        assertEquals(7, joined.pageCount());
        assertEquals(Optional.of(1), joined.first("toc"));
        assertEquals(List.of(3, 4), joined.pages().get("two"));
        assertEquals(Optional.of(6), joined.first("three"));
        assertEquals(List.of(new PageStart(2, "one-p", 0), new PageStart(3, "two-p", 0), new PageStart(4, "two-p", 57)),
                joined.starts());
    }

    @Test
    void partsOfOneDocumentShareNoId() {
        PageMap again = new PageMap(1, Map.of("one", List.of(0)), List.of());
        assertEquals(Optional.of("one"), opening.sharedId(again));
        assertEquals(Optional.empty(), opening.sharedId(closing));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> opening.followedBy(again));
        assertEquals("both parts have an element with id one", e.getMessage());
    }

    @Test
    void beforeAPageKeepsOnlyWhatWasLaidOutEarlier() {
        PageMap body = new PageMap(5, Map.of("toc", List.of(1), "long", List.of(2, 3, 4), "opening", List.of(4)),
                List.of(new PageStart(2, "long-p", 0), new PageStart(3, "long-p", 120), new PageStart(4, "long-p", 300)));
        PageMap before = body.before(4);
        assertEquals(4, before.pageCount());
        assertEquals(Map.of("toc", List.of(1), "long", List.of(2, 3)), before.pages());
        assertEquals(List.of(new PageStart(2, "long-p", 0), new PageStart(3, "long-p", 120)), before.starts());
        assertEquals(body, body.before(9), "nothing after the last page to leave out");
    }
}
