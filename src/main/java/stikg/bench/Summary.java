package stikg.bench;

import java.util.Arrays;
import java.util.List;

/** Minimum, median and maximum of repeated measurements of one figure, and how many there were. */
public record Summary(double min, double median, double max, int n) {

    public static Summary of(List<Double> values) {
        return of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public static Summary of(double... values) {
        if (values.length == 0) {
            return new Summary(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double[] v = values.clone();
        Arrays.sort(v);
        return new Summary(v[0], percentile(v, 50), v[v.length - 1], v.length);
    }

    /** The p-th percentile (nearest rank) of sorted values. */
    public static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        if (p == 50 && sorted.length % 2 == 0) {
            return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The same figure divided by {@code d}, e.g. seconds to a rate. */
    public Summary inverseTimes(double d) {
        return new Summary(d / max, d / median, d / min, n);
    }
}
