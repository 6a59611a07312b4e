package dev.octavo.compose;

import java.util.Arrays;

/**
 * A paragraph as Knuth and Plass set it: a row of boxes (things of fixed width: letters, words), glue (space that
 * may stretch and shrink) and penalties (places where a line may break, at a cost; a flagged one prints a hyphen).
 * Kept as parallel arrays of numbers: a book has hundreds of thousands of words, and a record for each would be
 * mostly header. Built once, then read only.
 */
public final class Items {
    /** A penalty of this cost or more forbids a break; of its negative or less, forces one. */
    public static final double INFINITE = 10_000;

    static final byte BOX = 0;
    static final byte GLUE = 1;
    static final byte PENALTY = 2;

    final byte[] kind;
    final double[] width;
    final double[] stretch;
    final double[] shrink;
    final double[] cost;
    final boolean[] flagged;
    final int size;

    private Items(Builder b) {
        this.size = b.size;
        this.kind = Arrays.copyOf(b.kind, size);
        this.width = Arrays.copyOf(b.width, size);
        this.stretch = Arrays.copyOf(b.stretch, size);
        this.shrink = Arrays.copyOf(b.shrink, size);
        this.cost = Arrays.copyOf(b.cost, size);
        this.flagged = Arrays.copyOf(b.flagged, size);
    }

    public static Builder builder() {
        return new Builder(64);
    }

    /** A builder with room for about {@code expected} items before it grows. */
    public static Builder builder(int expected) {
        return new Builder(Math.max(16, expected));
    }

    public int size() {
        return size;
    }

    public boolean isBox(int i) {
        return kind[i] == BOX;
    }

    public boolean isGlue(int i) {
        return kind[i] == GLUE;
    }

    public boolean isPenalty(int i) {
        return kind[i] == PENALTY;
    }

    public double width(int i) {
        return width[i];
    }

    /** Appends items; the last must force a break (the paragraph's end). */
    public static final class Builder {
        private byte[] kind;
        private double[] width;
        private double[] stretch;
        private double[] shrink;
        private double[] cost;
        private boolean[] flagged;
        private int size;

        private Builder(int capacity) {
            kind = new byte[capacity];
            width = new double[capacity];
            stretch = new double[capacity];
            shrink = new double[capacity];
            cost = new double[capacity];
            flagged = new boolean[capacity];
        }

        public Builder box(double w) {
            return add(BOX, w, 0, 0, 0, false);
        }

        public Builder glue(double w, double stretchBy, double shrinkBy) {
            return add(GLUE, w, stretchBy, shrinkBy, 0, false);
        }

        /**
         * @param w      the width the line gets if it breaks here (a hyphen's), none otherwise
         * @param atCost what breaking here costs; {@link #INFINITE} forbids it, {@code -INFINITE} forces it
         */
        public Builder penalty(double w, double atCost, boolean hyphen) {
            return add(PENALTY, w, 0, 0, atCost, hyphen);
        }

        /** The end of the paragraph: glue that fills the last line, and a forced break. */
        public Builder finish() {
            glue(0, INFINITE * INFINITE, 0);
            return penalty(0, -INFINITE, false);
        }

        public int size() {
            return size;
        }

        public Items build() {
            if (size == 0 || kind[size - 1] != PENALTY || cost[size - 1] > -INFINITE) {
                throw new IllegalStateException("a paragraph ends with a forced break (finish())");
            }
            return new Items(this);
        }

        private Builder add(byte k, double w, double y, double z, double p, boolean f) {
            if (size == kind.length) {
                int grown = size * 2;
                kind = Arrays.copyOf(kind, grown);
                width = Arrays.copyOf(width, grown);
                stretch = Arrays.copyOf(stretch, grown);
                shrink = Arrays.copyOf(shrink, grown);
                cost = Arrays.copyOf(cost, grown);
                flagged = Arrays.copyOf(flagged, grown);
            }
            kind[size] = k;
            width[size] = w;
            stretch[size] = y;
            shrink[size] = z;
            cost[size] = p;
            flagged[size] = f;
            size++;
            return this;
        }
    }
}
