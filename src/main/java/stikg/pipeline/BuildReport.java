package stikg.pipeline;

import java.time.Duration;
import java.util.Map;

/**
 * What a build did: triples per graph, the inferred graph's size, and the time each step took.
 *
 * @param steps step name to time taken, in the order the steps ran
 */
public record BuildReport(Map<String, Long> triplesPerGraph, long inferredTriples, Map<String, Duration> steps) {

    public BuildReport {
        triplesPerGraph = Map.copyOf(triplesPerGraph);
        steps = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(steps));
    }

    public long totalTriples() {
        return triplesPerGraph.values().stream().mapToLong(Long::longValue).sum();
    }

    public Duration total() {
        return steps.values().stream().reduce(Duration.ZERO, Duration::plus);
    }
}
