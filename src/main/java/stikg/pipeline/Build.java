package stikg.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import stikg.store.StoreLocation;

/** The build use case: compile every graph, then replace the store's content with them in one step. */
public final class Build {

    private final BuildConfig config;
    private final Clock clock;

    public Build(BuildConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Builds into {@code store}; on any error the store keeps what it had. */
    public BuildReport into(StoreLocation store) {
        GraphCompiler.Compiled compiled = new GraphCompiler(config, clock).compile();
        Instant t = clock.instant();
        store.replace(compiled.graphs(), Fingerprint.of(config));
        Map<String, Duration> steps = new LinkedHashMap<>(compiled.steps());
        steps.put("store", Duration.between(t, clock.instant()));
        Map<String, Long> counts = new LinkedHashMap<>();
        compiled.graphs().forEach((name, g) -> counts.put(name, (long) g.size()));
        return new BuildReport(counts, compiled.inferredTriples(), steps);
    }

    /** True when the store is missing or was built from other inputs than the current ones. */
    public boolean isStale(StoreLocation store) {
        return store.fingerprint().map(f -> !f.equals(Fingerprint.of(config))).orElse(true);
    }
}
