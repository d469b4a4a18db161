package stikg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Option;
import stikg.diag.StikgException;
import stikg.pipeline.BuildConfig;
import stikg.replica.PatchLog;
import stikg.replica.Replica;
import stikg.replica.Replication;
import stikg.serve.ServerConfig;
import stikg.serve.StikgServer;
import stikg.store.StoreLocation;
import stikg.vocab.Graphs;

/** The options of {@code serve} for running as a read replica, or as the writer replicas follow (issue 21). */
final class ReplicaOptions {

    /** The patch log's folder inside the store folder (never touched by a rebuild, which replaces db-N only). */
    static final String LOG_FOLDER = "patch-log";

    @Option(names = "--replica-of", paramLabel = "URL",
            description = "Run as a read replica of the writer at URL (e.g. http://127.0.0.1:3030): read-only, over "
                    + "its own --store, built from the same sources, following the writer's patch log.")
    URI replicaOf;

    @Option(names = "--replica-login", paramLabel = "FILE",
            description = "Replica: the login it presents to the writer, one line 'user: password' (also from "
                    + "STIKG_REPLICA_LOGIN).")
    Path replicaLogin;

    @Option(names = "--replicators", split = ",", defaultValue = "replica",
            description = "Writer: users of the password file who may read the patch log (default: ${DEFAULT-VALUE}).")
    List<String> replicators = new ArrayList<>();

    @Option(names = "--patch-log-keep", defaultValue = "100000",
            description = "Writer: patches the log keeps; a replica further behind reloads (default: ${DEFAULT-VALUE}).")
    int keep;

    @Option(names = "--max-lag-patches", defaultValue = "100",
            description = "Replica: ready only while at most this many patches behind (default: ${DEFAULT-VALUE}).")
    long maxLagPatches;

    @Option(names = "--max-lag-seconds", defaultValue = "30",
            description = "Replica: ready only if it knew itself current this recently (default: ${DEFAULT-VALUE}).")
    double maxLagSeconds;

    @Option(names = "--drain-seconds", defaultValue = "3",
            description = "Replica: how long it reports not ready before it stops for a rebuild (default: ${DEFAULT-VALUE}).")
    double drainSeconds;

    /** What the writer adds to the service; {@link #NONE} when writes are off (nothing to replicate). */
    record Writer(PatchLog log, List<StikgServer.WebModule> extra) {

        static final Writer NONE = new Writer(null, List.of());

        /** The standard modules and the writer's (its patch log on the write path, its endpoints). */
        List<StikgServer.WebModule> modules(List<StikgServer.WebModule> standard) {
            List<StikgServer.WebModule> all = new ArrayList<>(standard);
            all.addAll(extra);
            return all;
        }
    }

    /**
     * The writer's patch log (opened against {@code store}: what a crash left pending is settled first) and
     * endpoints; {@code buildId} is asked each time (a rebuild switches the build).
     */
    Writer writer(StoreLocation location, Graphs graphs, Supplier<String> buildId, DatasetGraph store) {
        PatchLog log = PatchLog.open(location.root().resolve(LOG_FOLDER), keep, store, graphs);
        return new Writer(log, List.of(Replication.writer(log, graphs, buildId, new HashSet<>(replicators))));
    }

    Replica.Config replicaConfig() {
        Path login = replicaLogin != null ? replicaLogin
                : System.getenv("STIKG_REPLICA_LOGIN") != null ? Path.of(System.getenv("STIKG_REPLICA_LOGIN")) : null;
        if (login == null) {
            throw new StikgException("a replica needs --replica-login FILE (one line 'user: password', a user the "
                    + "writer lists in --replicators)");
        }
        String line;
        try {
            line = Files.readAllLines(login, StandardCharsets.UTF_8).stream().filter(l -> l.contains(":"))
                    .findFirst().orElseThrow(() -> new StikgException(login + ": no line 'user: password'"));
        } catch (IOException e) {
            throw new StikgException("cannot read the replica login " + login + ": " + e.getMessage(), e);
        }
        int colon = line.indexOf(':');
        return new Replica.Config(replicaOf, line.substring(0, colon).trim(), line.substring(colon + 1).trim(),
                maxLagPatches, seconds(maxLagSeconds), seconds(drainSeconds), Duration.ofSeconds(20),
                Replication.DEFAULT_MIN_VERSION_WAIT);
    }

    int serveReplica(BuildConfig buildConfig, StoreLocation location, ServerConfig config, PrintWriter out,
            boolean passwordsGiven) throws InterruptedException {
        if (passwordsGiven) {
            throw new StikgException("a replica is read-only: give --password-file to the writer, not to --replica-of");
        }
        Replica replica = Replica.start(replicaConfig(), buildConfig, location, config, WebModules.standard(buildConfig));
        Runtime.getRuntime().addShutdownHook(new Thread(replica::close));
        out.println("Replica of " + replicaOf + " serving http://127.0.0.1:" + replica.port() + "/  (readiness: "
                + "/stikg/ready)");
        out.flush();
        replica.join();
        return 0;
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis((long) (s * 1000));
    }
}
