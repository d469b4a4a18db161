package stikg.replica;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import stikg.query.QueryLibrary;
import stikg.serve.StikgServer;
import stikg.vocab.Graphs;

/** What the writer and the replicas add to the service: the write hook and their HTTP endpoints. */
public final class Replication {

    /** How long a read that asks for a version this server has not reached waits for it before 503. */
    public static final Duration DEFAULT_MIN_VERSION_WAIT = Duration.ofSeconds(1);

    private Replication() {
    }

    /**
     * The writer's part: its patch log on the write path (every write logged ahead of its commit) and its
     * endpoints: the patch log (for {@code replicators} only), readiness, versions.
     */
    public static StikgServer.WebModule writer(PatchLog log, Graphs graphs, String buildId, Set<String> replicators) {
        return writer(log, graphs, () -> buildId, replicators);
    }

    /**
     * As above, for a writer whose build can change while it serves (a hot switch to a new database): the build
     * id is asked for each time.
     */
    public static StikgServer.WebModule writer(PatchLog log, Graphs graphs, Supplier<String> buildId,
            Set<String> replicators) {
        WriterVersion version = new WriterVersion(log, buildId);
        return (FusekiServer.Builder builder, DatasetGraph dataset, QueryLibrary library) -> {
            // the log sees every write from the first: it is on the write path before the server answers
            StikgServer.writeListener(log).install(builder, dataset, library);
            builder.addServlet("/stikg/patches", new PatchLogServlet(log, buildId, dataset, new UserGraphs(graphs),
                    replicators));
            install(builder, version, DEFAULT_MIN_VERSION_WAIT, log::takeAppendedHere);
        };
    }

    /** A replica's endpoints: readiness and versions (it has no write endpoint and no log). */
    public static StikgServer.WebModule replica(ServerVersion version, Duration minVersionWait) {
        return (builder, dataset, library) -> install(builder, version, minVersionWait, OptionalLong::empty);
    }

    private static void install(FusekiServer.Builder builder, ServerVersion version, Duration wait,
            Supplier<OptionalLong> appendedHere) {
        builder.addServlet("/stikg/ready", new ReadyServlet(version));
        builder.addFilter("/stikg/*", new VersionFilter(version, wait, appendedHere));
    }
}
