package dev.octavo.compose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Breaks a paragraph into lines as a whole (total fit), after Knuth and Plass, "Breaking Paragraphs into Lines"
 * (1981): of every way to break it, the one whose lines together cost least. A line costs its badness (how far its
 * spaces stretch or shrink, cubed) plus the penalty of its break, squared; more when it is much looser or tighter
 * than the line before it (fitness classes), when two hyphenated lines follow each other, or when the last but one
 * line ends in a hyphen. At most {@link Settings#maxHyphens()} lines in a row may end in a hyphen.
 *
 * <p>Three passes, as TeX makes them: first without hyphenation, for a paragraph that sets well without any; then
 * with hyphenation; then, for a paragraph with no feasible breaks (a word longer than the measure), an emergency pass
 * that takes the least bad breaks it can, overfull if it must. Pure arithmetic: no renderer, no fonts.
 */
public final class LineBreaker {
    /** Sums of many widths differ in their last bits from the same widths added otherwise: a line that shrinks by all
     * its shrink must not be lost to rounding. */
    private static final double ROUNDING = 1e-9;

    private final Settings settings;

    public LineBreaker(Settings settings) {
        this.settings = settings;
    }

    /**
     * How much of its first or last character a line may hang into the margin (optical margins), for a line that
     * ends at a break or begins after it.
     */
    public interface Hanging {
        Hanging NONE = new Hanging() {
            @Override
            public double atEnd(int breakIndex) {
                return 0;
            }

            @Override
            public double atStart(int breakIndex) {
                return 0;
            }
        };

        /** What the last character of a line that breaks at this item may hang out on the right. */
        double atEnd(int breakIndex);

        /** What the first character of a line that begins after this break may hang out on the left; -1: the start. */
        double atStart(int breakIndex);
    }

    /** The measure of each line, from 0. */
    public interface Widths {
        double of(int line);
    }

    /**
     * Lines that must not end in a hyphen, by their index (from 0), and how many lines the paragraph had: for a
     * paragraph broken again so that no page ends in a divided word, where the lines the same in number keep the
     * pages as they were.
     */
    public record Keep(Set<Integer> undivided, int lineCount) {
        public static final Keep NONE = new Keep(Set.of(), 0);

        public Keep {
            undivided = Set.copyOf(undivided);
        }
    }

    public Lines breakLines(Items items, Widths widths) {
        return breakLines(items, widths, Hanging.NONE);
    }

    public Lines breakLines(Items items, Widths widths, Hanging hanging) {
        return breakLines(items, widths, hanging, Keep.NONE);
    }

    /**
     * The best lines; with {@code keep}, the best with no hyphen at the end of the lines it names, of as many lines
     * as before if there is such a way, else of any number; the best lines regardless when no way within the
     * tolerance leaves those words whole.
     */
    public Lines breakLines(Items items, Widths widths, Hanging hanging, Keep keep) {
        if (!keep.undivided().isEmpty()) {
            Lines kept = pass(items, widths, hanging, settings.pretolerance(), false, false, keep);
            if (kept == null) {
                kept = pass(items, widths, hanging, settings.keepTolerance(), true, false, keep);
            }
            if (kept != null) {
                return kept;
            }
        }
        Lines lines = pass(items, widths, hanging, settings.pretolerance(), false, false, Keep.NONE);
        if (lines == null) {
            lines = pass(items, widths, hanging, settings.tolerance(), true, false, Keep.NONE);
        }
        if (lines == null) {
            lines = pass(items, widths, hanging, Double.POSITIVE_INFINITY, true, true, Keep.NONE);
        }
        return lines;
    }

    /** A feasible break, and the best way to the start of the paragraph through it. */
    private static final class Node {
        final int position;
        final int line;
        final int fitness;
        final int hyphens;
        final double totalWidth;
        final double totalStretch;
        final double totalShrink;
        final double demerits;
        final double ratio;
        final Node previous;
        Node next;

        Node(int position, int line, int fitness, int hyphens, double totalWidth, double totalStretch,
             double totalShrink, double demerits, double ratio, Node previous) {
            this.position = position;
            this.line = line;
            this.fitness = fitness;
            this.hyphens = hyphens;
            this.totalWidth = totalWidth;
            this.totalStretch = totalStretch;
            this.totalShrink = totalShrink;
            this.demerits = demerits;
            this.ratio = ratio;
            this.previous = previous;
        }
    }

    /**
     * One pass of the algorithm; null when no way through is found.
     *
     * @param hyphenate whether flagged penalties may be breaks
     * @param emergency whether to keep going with an overfull line where nothing else fits
     */
    private Lines pass(Items items, Widths widths, Hanging hanging, double tolerance, boolean hyphenate,
                       boolean emergency, Keep keep) {
        // Where lines must stay whole, the best ways to a break are kept apart by their number of lines too: the
        // best way to a break may be a line longer or shorter than the one that can keep the paragraph's length.
        boolean byLine = !keep.undivided().isEmpty();
        int n = items.size;
        // Sums from the start of the paragraph up to each item (excluded): the width, stretch and shrink of a line
        // are differences of two of them.
        double[] sumWidth = new double[n + 1];
        double[] sumStretch = new double[n + 1];
        double[] sumShrink = new double[n + 1];
        for (int i = 0; i < n; i++) {
            boolean counts = items.kind[i] != Items.PENALTY;
            sumWidth[i + 1] = sumWidth[i] + (counts ? items.width[i] : 0);
            sumStretch[i + 1] = sumStretch[i] + (items.kind[i] == Items.GLUE ? items.stretch[i] : 0);
            sumShrink[i + 1] = sumShrink[i] + (items.kind[i] == Items.GLUE ? items.shrink[i] : 0);
        }
        Node active = new Node(-1, 0, 1, 0, 0, 0, 0, 0, 0, null);
        Node[] best = new Node[4];
        for (int b = 0; b < n; b++) {
            if (!isBreak(items, b, hyphenate)) {
                continue;
            }
            double penalty = items.kind[b] == Items.PENALTY ? items.cost[b] : 0;
            boolean forced = penalty <= -Items.INFINITE;
            boolean flagged = items.kind[b] == Items.PENALTY && items.flagged[b];
            double breakWidth = items.kind[b] == Items.PENALTY ? items.width[b] : 0;
            Arrays.fill(best, null);
            Map<Long, Node> bestByLine = byLine ? new HashMap<>() : null;
            double bestDemerits = Double.POSITIVE_INFINITY;
            Node before = null;
            Node a = active;
            Node lastDropped = null; // the best of the breaks this one took out of reach
            while (a != null) {
                Node next = a.next;
                double measure = widths.of(a.line) + hanging.atEnd(b) + hanging.atStart(a.position);
                double natural = sumWidth[b] - a.totalWidth + breakWidth;
                double ratio;
                if (natural < measure) {
                    double stretch = sumStretch[b] - a.totalStretch;
                    ratio = stretch > 0 ? (measure - natural) / stretch : Double.POSITIVE_INFINITY;
                } else if (natural > measure) {
                    double shrink = sumShrink[b] - a.totalShrink;
                    ratio = shrink > 0 ? (measure - natural) / shrink : Double.NEGATIVE_INFINITY;
                } else {
                    ratio = 0;
                }
                if (ratio < -1 && ratio >= -1 - ROUNDING) {
                    ratio = -1;
                }
                boolean tooMany = flagged && (a.hyphens >= settings.maxHyphens()
                        || byLine && keep.undivided().contains(a.line));
                if (ratio < -1 || forced) {
                    // No later break can be reached from here: the line would only grow.
                    if (before == null) {
                        active = next;
                    } else {
                        before.next = next;
                    }
                    if (lastDropped == null || a.demerits < lastDropped.demerits) {
                        lastDropped = a;
                    }
                } else {
                    before = a;
                }
                if (ratio >= -1 && ratio <= tolerance && !tooMany) {
                    double demerits = a.demerits + demerits(ratio, penalty, flagged, a, b, items, forced, natural,
                            measure);
                    int fitness = fitness(ratio);
                    if (Math.abs(fitness - a.fitness) > 1) {
                        demerits += settings.fitnessDemerits();
                    }
                    if (byLine) {
                        long key = (long) a.line * 4 + fitness;
                        Node known = bestByLine.get(key);
                        if (known == null || demerits < known.demerits) {
                            bestByLine.put(key, candidate(items, b, a, fitness, flagged, demerits, ratio, sumWidth,
                                    sumStretch, sumShrink));
                            bestDemerits = Math.min(bestDemerits, demerits);
                        }
                    } else if (best[fitness] == null || demerits < best[fitness].demerits) {
                        best[fitness] = candidate(items, b, a, fitness, flagged, demerits, ratio, sumWidth,
                                sumStretch, sumShrink);
                        bestDemerits = Math.min(bestDemerits, demerits);
                    }
                }
                a = next;
            }
            if (active == null && bestDemerits == Double.POSITIVE_INFINITY && emergency && lastDropped != null) {
                // Nothing fits: the line from the last break that could reach this one is set overfull.
                double natural = sumWidth[b] - lastDropped.totalWidth + breakWidth;
                double measure = widths.of(lastDropped.line);
                best[0] = candidate(items, b, lastDropped, 0, flagged,
                        lastDropped.demerits + settings.overfullDemerits() * (1 + natural - measure), -1, sumWidth,
                        sumStretch, sumShrink);
                bestDemerits = best[0].demerits;
            }
            Iterable<Node> found = byLine ? new java.util.TreeMap<>(bestByLine).values() : Arrays.asList(best);
            for (Node candidate : found) {
                if (candidate != null && (byLine || candidate.demerits <= bestDemerits + settings.fitnessDemerits())) {
                    candidate.next = active;
                    active = candidate;
                }
            }
            if (active == null) {
                return null;
            }
        }
        Node end = null;
        Node sameLength = null;
        for (Node a = active; a != null; a = a.next) {
            if (a.position == n - 1 && (end == null || a.demerits < end.demerits)) {
                end = a;
            }
            if (a.position == n - 1 && a.line == keep.lineCount()
                    && (sameLength == null || a.demerits < sameLength.demerits)) {
                sameLength = a;
            }
        }
        if (sameLength != null) {
            end = sameLength;
        }
        return end == null ? null : lines(end, items);
    }

    private double demerits(double ratio, double penalty, boolean flagged, Node from, int at, Items items,
                            boolean last, double natural, double measure) {
        double badness = 100 * Math.pow(Math.abs(ratio), 3);
        double line = settings.linePenalty() + badness;
        double demerits = line * line;
        if (penalty >= 0) {
            demerits += penalty * penalty;
        } else if (penalty > -Items.INFINITE) {
            demerits -= penalty * penalty;
        }
        boolean previousFlagged = from.position >= 0 && items.kind[from.position] == Items.PENALTY
                && items.flagged[from.position];
        if (flagged && previousFlagged) {
            demerits += settings.doubleHyphenDemerits();
        }
        if (last) {
            if (previousFlagged) {
                demerits += settings.finalHyphenDemerits();
            }
            // A last line of a word or two under a full one: a runt, which a reader sees as a hole.
            double text = natural - trailingFill(items, at);
            if (from.position >= 0 && text < settings.shortLastLine() * measure) {
                demerits += settings.shortLastLineDemerits();
            }
        }
        return demerits;
    }

    /** The width of the glue that fills the last line, which is no text. */
    private static double trailingFill(Items items, int end) {
        double fill = 0;
        for (int i = end - 1; i >= 0 && items.kind[i] != Items.BOX; i--) {
            if (items.kind[i] == Items.GLUE) {
                fill += items.width[i];
            }
        }
        return fill;
    }

    /** A new feasible break at {@code b}, with the sums of what follows it up to the next box. */
    private static Node candidate(Items items, int b, Node from, int fitness, boolean flagged, double demerits,
                                  double ratio, double[] sumWidth, double[] sumStretch, double[] sumShrink) {
        int after = b;
        // Glue and penalties after a break vanish at the start of the next line.
        while (after < items.size && (items.kind[after] != Items.BOX)
                && !(after > b && items.kind[after] == Items.PENALTY && items.cost[after] <= -Items.INFINITE)) {
            after++;
        }
        int start = Math.min(after, items.size);
        return new Node(b, from.line + 1, fitness, flagged ? from.hyphens + 1 : 0, sumWidth[start],
                sumStretch[start], sumShrink[start], demerits, ratio, from);
    }

    private static boolean isBreak(Items items, int i, boolean hyphenate) {
        return switch (items.kind[i]) {
            case Items.PENALTY -> items.cost[i] < Items.INFINITE && (hyphenate || !items.flagged[i]);
            case Items.GLUE -> i > 0 && items.kind[i - 1] == Items.BOX;
            default -> false;
        };
    }

    /** Very loose, loose, decent, tight: 3, 2, 1, 0. */
    private static int fitness(double ratio) {
        if (ratio < -0.5) {
            return 0;
        } else if (ratio <= 0.5) {
            return 1;
        } else if (ratio <= 1) {
            return 2;
        }
        return 3;
    }

    private static Lines lines(Node end, Items items) {
        List<Node> path = new ArrayList<>();
        for (Node node = end; node != null && node.position >= 0; node = node.previous) {
            path.add(node);
        }
        int count = path.size();
        int[] breaks = new int[count];
        double[] ratios = new double[count];
        boolean[] hyphenated = new boolean[count];
        for (int i = 0; i < count; i++) {
            Node node = path.get(count - 1 - i);
            breaks[i] = node.position;
            ratios[i] = node.ratio;
            hyphenated[i] = items.kind[node.position] == Items.PENALTY && items.flagged[node.position];
        }
        return new Lines(breaks, ratios, hyphenated, end.demerits);
    }
}
