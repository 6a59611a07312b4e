package dev.octavo.manuscript;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IdRegistryTest {
    @Test
    void slugsDropVietnameseMarksAndKeepLettersAndDigits() {
        assertEquals("nam-1918-nam-dau-tien-cua-cach-mang-nga", IdRegistry.slug("Năm 1918: năm đầu tiên của Cách mạng Nga"));
        assertEquals("s-1918", IdRegistry.slug("1918"));
        assertEquals("", IdRegistry.slug("!!! …"));
    }

    @Test
    void repeatedTextGetsNumberedSuffixes() {
        IdRegistry ids = new IdRegistry();
        List<String> got = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            got.add(ids.allocate("Tự vệ đỏ", "section"));
        }
        assertEquals(List.of("tu-ve-do", "tu-ve-do-2", "tu-ve-do-3"), got);
    }

    @Test
    void fallbacksAreNumberedFromOneAndSkipTakenIds() {
        IdRegistry ids = new IdRegistry();
        ids.reserve("ch01-p-2");
        assertEquals(List.of("ch01-p-1", "ch01-p-3", "ch01-p-4"),
                List.of(ids.allocate("", "ch01-p"), ids.allocate("", "ch01-p"), ids.allocate("", "ch01-p")));
    }
}
