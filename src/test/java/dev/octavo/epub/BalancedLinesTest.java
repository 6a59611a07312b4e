package dev.octavo.epub;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BalancedLinesTest {
    private static final Locale VI = Locale.forLanguageTag("vi");

    /** Every character one unit wide: the measure is a number of characters. */
    private static List<String> lines(String text, int measure, Locale language) {
        return new BalancedLines(String::length, measure, language).lines(text).lines();
    }

    @Test
    void aVietnameseTitleBreaksAfterItsColonAndKeepsItsPhrasesWhole() {
        assertEquals(List.of("Năm 1918:", "năm đầu tiên", "của Cách mạng Nga"),
                lines("Năm 1918: năm đầu tiên của Cách mạng Nga", 18, VI));
    }

    @Test
    void linesAreEvenRatherThanGreedy() {
        // Greedy filling would give "Những bài học của cách" / "mạng" at this measure.
        List<String> lines = lines("Những bài học của cách mạng", 22, Locale.ENGLISH);
        assertEquals(2, lines.size());
        assertEquals(List.of("Những bài học", "của cách mạng"), lines);
    }

    @Test
    void aLineDoesNotEndOnAWordThatLeansOnTheNextInVietnamese() {
        // "Những bài học của" / "cách mạng cho hôm nay" would fit as well, but leaves "của" hanging.
        assertEquals(List.of("Những bài học", "của cách mạng", "cho hôm nay"),
                lines("Những bài học của cách mạng cho hôm nay", 17, VI));
    }

    @Test
    void aNumberStaysWithTheWordBeforeIt() {
        assertEquals(List.of("Cuộc chiến", "năm 1918 ở Nga"), lines("Cuộc chiến năm 1918 ở Nga", 15, VI));
    }

    @Test
    void aWordWiderThanTheMeasureGetsALineOfItsOwn() {
        assertEquals(List.of("a", "Wiederherstellung", "b"), lines("a Wiederherstellung b", 10, Locale.GERMAN));
    }
}
