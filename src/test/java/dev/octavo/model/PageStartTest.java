package dev.octavo.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageStartTest {
    @Test
    void countsEveryCharacterButWhiteSpaceAndACharacterBeyondTheBmpOnce() {
        assertEquals(0, PageStart.countedCharacters(""));
        assertEquals(0, PageStart.countedCharacters(" \t\n\u00A0\u2009"));
        assertEquals(12, PageStart.countedCharacters("Nước Nga, 1918"));
        assertEquals(3, PageStart.countedCharacters("a\uD835\uDC00 b"), "𝐀 is one character, in two chars");
    }
}
