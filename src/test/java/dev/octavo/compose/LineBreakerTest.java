package dev.octavo.compose;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The line breaker against an oracle that tries every way to break small paragraphs, and on the rules it keeps:
 * hyphens in a row, runts, paragraphs that cannot be set without an overfull line.
 */
class LineBreakerTest {
    /** The second pass alone (no pass without hyphens first), no limit on hyphens: the oracle's own rules. */
    private static final Settings ORACLE = new Settings(-2, 2, 10, 10_000, 10_000, 5_000, 1000, 0, 0, 1e6, 2);

    /** A word of letters 5 units wide, split into syllables at hyphen penalties (the hyphen 3 units wide). */
    private static void word(Items.Builder b, int letters, int[] syllableEnds, double hyphenCost) {
        int done = 0;
        for (int end : syllableEnds) {
            b.box(5 * (end - done));
            b.penalty(3, hyphenCost, true);
            done = end;
        }
        b.box(5 * (letters - done));
    }

    private static Items paragraph(Random random, int words, List<int[]> hyphenationsOut) {
        Items.Builder b = Items.builder();
        for (int w = 0; w < words; w++) {
            int letters = 2 + random.nextInt(9);
            int[] ends = letters >= 6 && random.nextBoolean() ? new int[] {2 + random.nextInt(letters - 4)} : new int[0];
            hyphenationsOut.add(ends);
            word(b, letters, ends, 50);
            if (w + 1 < words) {
                b.glue(4, 2, 4.0 / 3);
            }
        }
        return b.finish().build();
    }

    /** Every legal break of the items, as the algorithm defines them. */
    private static List<Integer> legalBreaks(Items items) {
        List<Integer> breaks = new ArrayList<>();
        for (int i = 0; i < items.size; i++) {
            if (items.kind[i] == Items.PENALTY && items.cost[i] < Items.INFINITE
                    || items.kind[i] == Items.GLUE && i > 0 && items.kind[i - 1] == Items.BOX) {
                breaks.add(i);
            }
        }
        return breaks;
    }

    /** The demerits of one way to break, computed the plain way; infinite when a line is infeasible. */
    private static double cost(Items items, List<Integer> chosen, double measure, Settings s) {
        double total = 0;
        int start = 0;
        int previousFitness = 1;
        boolean previousFlagged = false;
        for (int k = 0; k < chosen.size(); k++) {
            int b = chosen.get(k);
            double width = 0;
            double stretch = 0;
            double shrink = 0;
            for (int i = start; i < b; i++) {
                if (items.kind[i] != Items.PENALTY) {
                    width += items.width[i];
                }
                if (items.kind[i] == Items.GLUE) {
                    stretch += items.stretch[i];
                    shrink += items.shrink[i];
                }
            }
            boolean flagged = items.kind[b] == Items.PENALTY && items.flagged[b];
            if (items.kind[b] == Items.PENALTY) {
                width += items.width[b];
            }
            double ratio = width < measure ? (stretch > 0 ? (measure - width) / stretch : Double.POSITIVE_INFINITY)
                    : width > measure ? (shrink > 0 ? (measure - width) / shrink : Double.NEGATIVE_INFINITY) : 0;
            if (ratio < -1 || ratio > s.tolerance()) {
                return Double.POSITIVE_INFINITY;
            }
            double penalty = items.kind[b] == Items.PENALTY ? items.cost[b] : 0;
            double line = s.linePenalty() + 100 * Math.pow(Math.abs(ratio), 3);
            double d = line * line;
            if (penalty >= 0) {
                d += penalty * penalty;
            } else if (penalty > -Items.INFINITE) {
                d -= penalty * penalty;
            }
            if (flagged && previousFlagged) {
                d += s.doubleHyphenDemerits();
            }
            if (k == chosen.size() - 1 && previousFlagged) {
                d += s.finalHyphenDemerits();
            }
            int fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3;
            if (Math.abs(fitness - previousFitness) > 1) {
                d += s.fitnessDemerits();
            }
            total += d;
            previousFitness = fitness;
            previousFlagged = flagged;
            // The next line starts at the next box: glue and penalties after a break vanish.
            start = b;
            while (start < items.size && items.kind[start] != Items.BOX) {
                start++;
            }
        }
        return total;
    }

    @Test
    void theBreaksCostTheLeastOfAllWaysToBreakTheParagraph() {
        Random random = new Random(1981);
        int compared = 0;
        for (int trial = 0; trial < 3000; trial++) {
            Items items = paragraph(random, 6 + random.nextInt(6), new ArrayList<>());
            double measure = 60 + random.nextInt(60);
            List<Integer> legal = legalBreaks(items);
            int last = items.size - 1;
            List<Integer> candidates = legal.subList(0, legal.size() - 1);
            if (candidates.size() > 14) {
                continue;
            }
            double best = Double.POSITIVE_INFINITY;
            for (long mask = 0; mask < 1L << candidates.size(); mask++) {
                List<Integer> chosen = new ArrayList<>();
                for (int i = 0; i < candidates.size(); i++) {
                    if ((mask & (1L << i)) != 0) {
                        chosen.add(candidates.get(i));
                    }
                }
                chosen.add(last);
                best = Math.min(best, cost(items, chosen, measure, ORACLE));
            }
            Lines lines = new LineBreaker(ORACLE).breakLines(items, line -> measure);
            if (best == Double.POSITIVE_INFINITY) {
                continue; // only the emergency pass could set it: tested below
            }
            assertNotNull(lines);
            List<Integer> found = new ArrayList<>();
            for (int b : lines.breaks()) {
                found.add(b);
            }
            assertEquals(best, cost(items, found, measure, ORACLE), 1e-6, "trial " + trial + ": " + found);
            compared++;
        }
        assertTrue(compared > 300, "paragraphs compared with the oracle: " + compared);
    }

    @Test
    void atMostTwoLinesInARowEndInAHyphen() {
        // Words that only fit the measure when hyphenated, every time.
        Items.Builder b = Items.builder();
        for (int w = 0; w < 12; w++) {
            word(b, 8, new int[] {4}, 50);
            if (w < 11) {
                b.glue(4, 2, 4.0 / 3);
            }
        }
        Items items = b.finish().build();
        Lines lines = new LineBreaker(Settings.BOOK).breakLines(items, line -> 64);
        int run = 0;
        int hyphens = 0;
        for (boolean hyphenated : lines.hyphenated()) {
            run = hyphenated ? run + 1 : 0;
            hyphens += hyphenated ? 1 : 0;
            assertTrue(run <= 2, "three hyphenated lines in a row");
        }
        assertTrue(hyphens > 0, "the measure needs hyphens");
    }

    @Test
    void aWordLongerThanTheMeasureIsSetOverfullByTheEmergencyPass() {
        Items items = Items.builder().box(20).glue(4, 2, 1).box(200).glue(4, 2, 1).box(20).finish().build();
        Lines lines = new LineBreaker(Settings.BOOK).breakLines(items, line -> 100);
        assertNotNull(lines);
        assertEquals(items.size - 1, lines.breaks()[lines.count() - 1]);
        assertTrue(lines.count() >= 2);
    }

    @Test
    void aShortLastLineIsAvoidedWhenALineAboveCanGiveItAWordAtAFairCost() {
        // Ten words of 10 and a last "x" of 4, spaces of 4 that may stretch by 4: five words fill a line of 64
        // (a little shrunk), four leave it loose (ratio 1). Five, five and "x" alone is best but for the runt.
        Items.Builder b = Items.builder();
        for (int w = 0; w < 10; w++) {
            b.box(10).glue(4, 4, 4.0 / 3);
        }
        Items items = b.box(4).finish().build();
        Settings allowingRunts = new Settings(1, 2, 10, 10_000, 10_000, 5_000, 2, 0, 0, 1e6, 2);
        Lines allowed = new LineBreaker(allowingRunts).breakLines(items, line -> 64);
        Lines avoided = new LineBreaker(Settings.BOOK).breakLines(items, line -> 64);
        assertEquals(1, words(allowed, items, allowed.count() - 1), "without the rule, x alone");
        assertEquals(2, words(avoided, items, avoided.count() - 1), "with it, a word joins x");
    }

    @Test
    void aLineToBeKeptWholeEndsInNoHyphenAndTheParagraphMostlyKeepsItsLines() {
        // Paragraphs of 60 words, about ten to a line: most of their hyphens can go, within the looser tolerance.
        Random random = new Random(17);
        int hyphenated = 0;
        int kept = 0;
        int sameLength = 0;
        LineBreaker breaker = new LineBreaker(Settings.BOOK);
        for (int trial = 0; trial < 200; trial++) {
            Items items = paragraph(random, 60, new ArrayList<>());
            Lines free = breaker.breakLines(items, line -> 250);
            for (int line = 0; line + 1 < free.count(); line++) {
                if (!free.hyphenated()[line]) {
                    continue;
                }
                hyphenated++;
                LineBreaker.Keep keep = new LineBreaker.Keep(java.util.Set.of(line), free.count());
                Lines whole = breaker.breakLines(items, l -> 250, LineBreaker.Hanging.NONE, keep);
                if (whole.hyphenated()[line]) {
                    // Only where no way within the looser tolerance leaves that line whole: then it is exactly
                    // the free setting.
                    assertEquals(free.demerits(), whole.demerits(), 1e-9);
                    continue;
                }
                kept++;
                sameLength += whole.count() == free.count() ? 1 : 0;
                for (double ratio : whole.ratios()) {
                    assertTrue(ratio <= Settings.BOOK.keepTolerance() + 1e-9, "looser than the keep tolerance");
                }
            }
        }
        assertTrue(kept >= hyphenated / 2, "lines kept whole: " + kept + " of " + hyphenated);
        assertTrue(sameLength >= kept * 9 / 10, "of " + kept + " paragraphs set again, " + sameLength
                + " kept their number of lines");
    }

    @Test
    void aLineMayHangOutByWhatItsEndAndStartAllow() {
        // Two words of 50 and a space of 4 that cannot stretch or shrink: 104 in a measure of 100 fits only if
        // the line may hang out by 4, for instance 3 at its end and 1 at its start.
        Items items = Items.builder().box(50).glue(4, 0, 0).box(50).glue(4, 0, 0).box(10).finish().build();
        LineBreaker breaker = new LineBreaker(Settings.BOOK);
        LineBreaker.Hanging hanging = new LineBreaker.Hanging() {
            @Override
            public double atEnd(int breakIndex) {
                return breakIndex == 3 ? 3 : 0;
            }

            @Override
            public double atStart(int breakIndex) {
                return breakIndex == -1 ? 1 : 0;
            }
        };
        Lines hung = breaker.breakLines(items, line -> 100, hanging);
        assertEquals(3, hung.breaks()[0], "both words on the first line");
        Lines flush = breaker.breakLines(items, line -> 100, LineBreaker.Hanging.NONE);
        assertEquals(1, flush.breaks()[0], "without hanging, the second word goes to the next line");
    }

    private static int words(Lines lines, Items items, int line) {
        int from = line == 0 ? 0 : lines.breaks()[line - 1];
        int count = 0;
        for (int i = from; i < lines.breaks()[line]; i++) {
            count += items.kind[i] == Items.BOX ? 1 : 0;
        }
        return count;
    }
}
