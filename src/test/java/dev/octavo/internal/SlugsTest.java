package dev.octavo.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugsTest {
    @Test
    void vietnameseTitlesBecomeAsciiWordsJoinedByDashes() {
        assertEquals("nam-1918-nam-dau-tien-cua-cach-mang-nga", Slugs.slug("Năm 1918: năm đầu tiên của Cách mạng Nga"));
        assertEquals("dang-cong-nhan", Slugs.slug("  «Đảng» công nhân!  "));
        assertEquals("", Slugs.slug("—…—"));
    }

    @Test
    void aLongTitleIsCutAtSixtyCharactersWithNoDashAtTheEnd() {
        String slug = Slugs.slug("Tăng cường củng cố, từ tháng 10 đến tháng 12 năm 1917 và những bước đầu tiên của phản cách mạng");
        assertTrue(slug.length() <= 60, slug);
        assertEquals("tang-cuong-cung-co-tu-thang-10-den-thang-12-nam-1917-va-nhun", slug);
        assertEquals("a".repeat(59), Slugs.slug("a".repeat(59) + " b"), "the cut falls on a dash, which goes");
    }
}
