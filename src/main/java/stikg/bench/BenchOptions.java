package stikg.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What one benchmark run measures.
 *
 * @param scales synthetic corpus sizes in triples (after the build)
 * @param only the parts to run: build, queries, service, startup, link, write, union
 * @param repeat how many times each figure is measured (builds, loads, service rounds, cold starts)
 * @param seconds duration of one service round, and the time budget of one query's latency runs
 * @param work where corpora and stores are written
 * @param keep keep {@code work} afterwards
 */
public record BenchOptions(List<Long> scales, Set<String> only, int repeat, double seconds, Path out, Path work,
        long seed, boolean keep) {

    public static final Set<String> PARTS = Set.of("build", "queries", "service", "startup", "link", "write", "union");

    public BenchOptions {
        scales = List.copyOf(scales);
        only = Set.copyOf(only);
        for (String p : only) {
            if (!PARTS.contains(p)) {
                throw new IllegalArgumentException("unknown part '" + p + "' (expected some of " + PARTS + ")");
            }
        }
        if (repeat < 1 || seconds <= 0) {
            throw new IllegalArgumentException("--repeat and --seconds must be positive");
        }
    }

    public boolean runs(String part) {
        return only.contains(part);
    }

    /** Reads {@code 1e6}, {@code 250000} or {@code 2.5e5} as a triple count. */
    public static long parseScale(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace("_", "");
        double v = Double.parseDouble(t);
        if (v < 1 || v > 1e9) {
            throw new IllegalArgumentException("scale out of range: " + text);
        }
        return Math.round(v);
    }

    /** {@code 10^6} for powers of ten, else the number. */
    public static String scaleName(long triples) {
        int exp = (int) Math.round(Math.log10(triples));
        if (Math.pow(10, exp) == triples) {
            return "10^" + exp;
        }
        return String.format(Locale.ROOT, "%,d", triples);
    }
}
