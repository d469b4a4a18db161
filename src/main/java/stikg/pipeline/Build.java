package stikg.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import stikg.store.GraphSink;
import stikg.store.LiveStore;
import stikg.store.StoreLocation;

/** The build use case: compile every graph, then replace the store's content with them in one step. */
public final class Build {

    private final BuildConfig config;
    private final Clock clock;

    public Build(BuildConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * Builds into {@code store}, which no other process may hold; on any error the store keeps what it had. The
     * user graphs of the live database (see {@link stikg.vocab.Graphs#isBuilt}) are carried into the new one.
     */
    public BuildReport into(StoreLocation store) {
        BuildReport[] report = new BuildReport[1];
        java.time.Instant t = clock.instant();
        // each graph is written as soon as it is compiled, while the next steps run: the store is switched only
        // when every step passed and the database is committed, so a failed check still leaves the store as it was
        store.rebuild(this::isRebuilt, (user, sink) -> report[0] = compileInto(user, sink), fingerprint());
        return withStoreStep(report[0], t);
    }

    /**
     * Compiles over {@code userGraphs} like {@link #compile(Map)}, handing every graph of the new database to
     * {@code sink} as soon as it is final instead of returning them: the user graphs and the servers' records
     * first (they are final already), the asserted graphs once converted, the inferred graph last.
     */
    private BuildReport compileInto(Map<String, Graph> userGraphs, GraphSink sink) {
        Map<String, Graph> user = new LinkedHashMap<>(userGraphs);
        Graph records = user.remove(config.graphs().replication());
        user.forEach(sink::put);
        if (records != null) {
            sink.put(config.graphs().replication(), records);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        GraphCompiler.Compiled compiled = new GraphCompiler(config, clock).compile(user, (name, g) -> {
            counts.put(name, (long) g.size());
            sink.put(name, g);
        });
        user.forEach((name, g) -> counts.put(name, (long) g.size()));
        return new BuildReport(counts, compiled.inferredTriples(), compiled.steps(), compiled.elapsed());
    }

    /**
     * The report with the time spent storing as its last step: reading the user graphs, and whatever writing was
     * still left when inference ended (the writing that ran beside the compile steps is in their times), committing
     * and switching.
     */
    private BuildReport withStoreStep(BuildReport compiled, java.time.Instant start) {
        Map<String, Duration> steps = new LinkedHashMap<>(compiled.steps());
        Duration elapsed = Duration.between(start, clock.instant());
        steps.put("store", elapsed.minus(compiled.total()));
        return new BuildReport(compiled.triplesPerGraph(), compiled.inferredTriples(), steps, elapsed);
    }

    /**
     * Rebuilds the store a running server holds: the server keeps answering from the live database, writers wait,
     * and it switches to the new database (with the user graphs carried over) without a restart.
     */
    public BuildReport intoLive(LiveStore live) {
        BuildReport[] report = new BuildReport[1];
        java.time.Instant t = clock.instant();
        live.rebuild(this::isRebuilt, user -> {
            Compiled c = compile(user);
            report[0] = c.report();
            return c.graphs();
        }, fingerprint());
        return withStoreStep(report[0], t);
    }

    /**
     * Whether a rebuild makes a graph again rather than carrying it over: every built graph but the servers' own
     * records ({@link stikg.vocab.Graphs#replication}), which describe the user graphs carried with them (the
     * patch a writer's log reached must stay with the data it describes, or a crash could not be recovered).
     */
    private boolean isRebuilt(String graphIri) {
        return config.graphs().isBuilt(graphIri) && !graphIri.equals(config.graphs().replication());
    }

    /**
     * The graphs a rebuild writes over the given user graphs (themselves included, validated and reasoned over
     * with the built ones), and the report to give. For a caller that replaces a store itself, such as a running
     * server switching its database. The servers' records among them are carried as they are, neither checked
     * nor reasoned over nor counted.
     */
    public Compiled compile(Map<String, Graph> userGraphs) {
        Map<String, Graph> user = new LinkedHashMap<>(userGraphs);
        Graph records = user.remove(config.graphs().replication());
        GraphCompiler.Compiled compiled = new GraphCompiler(config, clock).compile(user);
        Map<String, Graph> all = new LinkedHashMap<>(compiled.graphs());
        all.putAll(user);
        Map<String, Long> counts = new LinkedHashMap<>();
        all.forEach((name, g) -> counts.put(name, (long) g.size()));
        if (records != null) {
            all.put(config.graphs().replication(), records);
        }
        return new Compiled(all, new BuildReport(counts, compiled.inferredTriples(), compiled.steps(),
                compiled.elapsed()));
    }

    /** The fingerprint of this build's inputs (the store's build id). */
    public String fingerprint() {
        return Fingerprint.of(config);
    }

    /** What a compile gives: every graph the new database holds, and the report. */
    public record Compiled(Map<String, Graph> graphs, BuildReport report) {
    }

    /** True when the store is missing or was built from other inputs than the current ones. */
    public boolean isStale(StoreLocation store) {
        return store.fingerprint().map(f -> !f.equals(fingerprint())).orElse(true);
    }
}
