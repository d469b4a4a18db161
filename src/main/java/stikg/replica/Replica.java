package stikg.replica;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stikg.pipeline.Build;
import stikg.pipeline.BuildConfig;
import stikg.pipeline.Fingerprint;
import stikg.reason.Materializer;
import stikg.reason.RuleSet;
import stikg.serve.ServerConfig;
import stikg.serve.StikgServer;
import stikg.store.GraphStore;
import stikg.store.StoreLocation;

/**
 * A read replica ({@code stikg serve --replica-of URL}): the same service, read-only, over a store of its own. Its
 * built graphs are rebuilt here from the same sources as the writer's (a build is deterministic: same inputs, same
 * quads, no blank nodes; the build id, a digest of the inputs, must equal the writer's), its user graphs come
 * from the writer: a snapshot at first, then every patch of the log. When the writer's build changes, the replica
 * drains (reports not ready so the balancer sends it nothing), stops answering, rebuilds, loads the user graphs
 * again and returns.
 */
public final class Replica implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Replica.class);

    /** While this file is in the store folder the replica applies nothing (it stays at its version). */
    public static final String HOLD_FILE = "follow.hold";

    /**
     * How a replica follows its writer.
     *
     * @param writer the writer's base URL
     * @param user the replicator login on the writer
     * @param password its password
     * @param maxLagPatches ready only while at most this many patches behind the writer
     * @param maxLag ready only while known current this recently
     * @param drain how long to report not ready before stopping for a rebuild (a few balancer health checks)
     * @param pollWait how long one request to the log waits for a new patch
     * @param minVersionWait how long a read asking for a version not reached yet waits before 503
     */
    public record Config(URI writer, String user, String password, long maxLagPatches, Duration maxLag,
            Duration drain, Duration pollWait, Duration minVersionWait) {
    }

    private final Config config;
    private final BuildConfig buildConfig;
    private final StoreLocation location;
    private final ServerConfig serverConfig;
    private final RuleSet rules;
    private final List<StikgServer.WebModule> modules;
    private final ReplicaProgress progress;
    private final Follower follower;
    private final Thread thread;
    private volatile boolean closed;
    private GraphStore store;
    private StikgServer server;
    private int port;

    private Replica(Config config, BuildConfig buildConfig, StoreLocation location, ServerConfig serverConfig,
            List<StikgServer.WebModule> modules) {
        this.config = config;
        this.buildConfig = buildConfig;
        this.location = location;
        this.serverConfig = serverConfig.withPasswordFile(null, List.of()); // read-only: no update, no data
        this.rules = RuleSet.read(buildConfig.rulesDir());
        this.progress = new ReplicaProgress(config.maxLagPatches(), config.maxLag());
        List<StikgServer.WebModule> all = new ArrayList<>(modules);
        all.add(Replication.replica(progress, config.minVersionWait()));
        this.modules = List.copyOf(all);
        if (!location.hasDatabase() || !location.fingerprint().orElse("").equals(Fingerprint.of(buildConfig))) {
            LOG.info("Building the graph from the sources for the replica");
            new Build(buildConfig, Clock.systemUTC()).into(location);
        }
        this.store = location.open();
        ReplicaStore replicaStore = new ReplicaStore(store, buildConfig.graphs(), new Materializer(rules));
        replicaStore.state().ifPresent(s -> progress.serving(replicaStore.build(), s.reached()));
        if (replicaStore.state().isEmpty()) {
            progress.hold("not synced with the writer yet");
        }
        Path hold = location.root().resolve(HOLD_FILE);
        this.follower = new Follower(new WriterClient(config.writer(), config.user(), config.password()), replicaStore,
                progress, config.pollWait(), () -> Files.exists(hold));
        startServer(serverConfig.port());
        this.thread = new Thread(this::run, "stikg-follower");
        this.thread.setDaemon(true);
    }

    /** Builds if needed, serves, and follows the writer in the background. */
    public static Replica start(Config config, BuildConfig buildConfig, StoreLocation location, ServerConfig serverConfig,
            List<StikgServer.WebModule> modules) {
        Replica r = new Replica(config, buildConfig, location, serverConfig, modules);
        r.thread.start();
        return r;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public ServerVersion version() {
        return progress;
    }

    private void startServer(int p) {
        server = StikgServer.start(store, serverConfig.withPort(p), rules, buildConfig.graphs(),
                buildConfig.iris().base(), modules);
        port = server.port();
    }

    private void run() {
        Duration backoff = Duration.ofMillis(200);
        while (!closed) {
            try {
                Follower.Outcome o = follower.step();
                switch (o) {
                    case REBUILD_NEEDED -> rebuild(follower.writerBuild());
                    case WRITER_UNREACHABLE, REFUSED, HELD -> Thread.sleep(backoff.toMillis());
                    default -> { }
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.error("The follower failed; trying again", e);
                sleepQuietly(Duration.ofSeconds(1));
            }
        }
    }

    /** Drains, stops answering, rebuilds from the sources, serves again; the next step loads the user graphs. */
    private void rebuild(String writerBuild) throws InterruptedException {
        String local = Fingerprint.of(buildConfig);
        if (!local.equals(writerBuild)) {
            progress.hold("the sources here make build " + local + ", the writer has " + writerBuild);
            Thread.sleep(1000);
            return;
        }
        LOG.info("The writer has a new build ({}): draining, then rebuilding", writerBuild);
        progress.hold("draining for a rebuild to " + writerBuild);
        Thread.sleep(config.drain().toMillis());
        if (closed) {
            return;
        }
        progress.hold("rebuilding to " + writerBuild);
        server.close();
        store.close();
        try {
            new Build(buildConfig, Clock.systemUTC()).into(location);
        } finally {
            store = location.open();
            follower.follow(new ReplicaStore(store, buildConfig.graphs(), new Materializer(rules)));
            startServer(port);
        }
        progress.hold("loading the writer's user graphs");
    }

    private static void sleepQuietly(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Blocks until the replica is closed. */
    public void join() throws InterruptedException {
        thread.join();
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
        store.close();
    }
}
