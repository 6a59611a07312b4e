package dev.octavo.manuscript;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A hyphen between spaces is set as an en dash held to the word before it; every other hyphen stays. */
class SmartDashesTest {
    @Test
    void aSpacedHyphenBecomesANoBreakSpaceAnEnDashAndASpace() {
        assertEquals("phải\u00A0\u2013 về kinh tế", SmartDashes.apply("phải - về kinh tế"));
        assertEquals("1917\u00A0\u2013 1918", SmartDashes.apply("1917 -- 1918"));
        assertEquals("a\u00A0\u2013 b", SmartDashes.apply("a \u2013 b"), "an en dash already there is held too");
        assertEquals("a\u00A0\u2013 b", SmartDashes.apply("a\n-\nb"), "across a line end of the source");
    }

    @Test
    void hyphensInWordsBeforeNumbersAtTheEndAndLongerRunsStay() {
        String text = "Brest-Litovsk, tiền-tố, nhiệt độ -5, em\u2014dash, a --- b, trailing -";
        assertEquals(text, SmartDashes.apply(text));
        String plain = "Không có gạch nối";
        assertSame(plain, SmartDashes.apply(plain), "nothing to do: the same text");
    }
}
