package stikg.pipeline;

import java.time.Duration;
import java.util.Map;

/**
 * What a build did: triples per graph, the inferred graph's size, the time each step took and the time it all took.
 *
 * @param steps step name to time taken, in the order the steps started; steps may overlap (validation runs beside
 *        inference), so their sum may exceed {@code elapsed}
 * @param elapsed from the start of the first step to the end of the last
 */
public record BuildReport(Map<String, Long> triplesPerGraph, long inferredTriples, Map<String, Duration> steps,
        Duration elapsed) {

    public BuildReport {
        triplesPerGraph = Map.copyOf(triplesPerGraph);
        steps = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(steps));
    }

    public long totalTriples() {
        return triplesPerGraph.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The time the build took, overlapping steps counted once. */
    public Duration total() {
        return elapsed;
    }
}
