package dev.octavo.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Medians and maxima of repeated measurements: the median resists the noise of a shared machine. */
final class Summary {
    private Summary() {
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static <T> double median(List<T> runs, ToDoubleFunction<T> figure) {
        return median(runs.stream().mapToDouble(figure).toArray());
    }

    static <T> double max(List<T> runs, ToDoubleFunction<T> figure) {
        return runs.stream().mapToDouble(figure).max().orElse(Double.NaN);
    }
}
