package stikg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import stikg.pipeline.Build;
import stikg.pipeline.BuildConfig;
import stikg.reason.RuleSet;
import stikg.serve.ServerConfig;
import stikg.serve.StikgServer;
import stikg.store.GraphStore;
import stikg.store.StoreLocation;

/** {@code stikg serve}: the main job — build when needed, then serve. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the graph if it is missing or stale, then serves it over SPARQL with an embedded "
                + "Fuseki at http://localhost:PORT/ (dataset /stikg). Writes are off unless a password file is given.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "3030", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users who may log in, 'user: password' per line; enables /stikg/update and /stikg/data. "
                    + "Also read from the environment variable STIKG_PASSWORD_FILE.")
    Path passwordFile;

    @Option(names = "--writers", split = ",", defaultValue = "admin",
            description = "Users of the password file allowed to write (default: ${DEFAULT-VALUE}).")
    List<String> writers;

    @Option(names = "--timeout", defaultValue = "30", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--row-cap", defaultValue = "10000", description = "Most rows one query returns (default: ${DEFAULT-VALUE}).")
    long rowCap;

    @Option(names = "--allow-service", paramLabel = "HOST",
            description = "A host SPARQL SERVICE may call (repeatable), e.g. query.wikidata.org. Default: none.")
    List<String> serviceHosts = new ArrayList<>();

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "An origin browsers may read from (repeatable). Default: any origin (*).")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--queries", defaultValue = "queries", description = "Query library folder (default: ${DEFAULT-VALUE}).")
    Path queries;

    // --- issue 21: read replicas ---
    @Mixin
    ReplicaOptions replication;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        BuildConfig buildConfig = common.buildConfig();
        StoreLocation location = common.storeLocation();
        if (replication.replicaOf != null) { // issue 21: a read replica runs its own loop
            return replication.serveReplica(buildConfig, location, serverConfig(buildConfig, null), out,
                    passwordFile != null || System.getenv("STIKG_PASSWORD_FILE") != null);
        }
        Build build = new Build(buildConfig, Clock.systemUTC());
        if (build.isStale(location)) {
            out.println(location.hasDatabase() ? "The sources changed since the last build: rebuilding."
                    : "No graph built yet: building.");
            out.flush();
            BuildCommand.print(build.into(location), out);
        }
        Path passwords = passwordFile != null ? passwordFile
                : (System.getenv("STIKG_PASSWORD_FILE") != null ? Path.of(System.getenv("STIKG_PASSWORD_FILE")) : null);
        ServerConfig config = serverConfig(buildConfig, passwords);
        GraphStore store = location.open();
        // issue 21: with writes on, every committed user-graph change goes to the patch log replicas follow
        ReplicaOptions.Writer writer = passwords == null ? ReplicaOptions.Writer.NONE
                : replication.writer(location, buildConfig.graphs());
        StikgServer server = StikgServer.start(store, config, RuleSet.read(buildConfig.rulesDir()),
                buildConfig.graphs(), buildConfig.iris().base(), writer.modules(WebModules.standard(buildConfig)),
                writer.writePath());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }));
        out.println("Serving " + server.baseUrl() + "/  (SPARQL: " + server.sparqlUrl() + ")");
        out.println(passwords == null ? "Writes are off (no password file)." : "Writes on for: " + writers);
        out.flush();
        server.join();
        return 0;
    }

    ServerConfig serverConfig(BuildConfig buildConfig, Path passwords) {
        return ServerConfig.defaults(buildConfig.projectRoot().resolve(queries))
                .withPort(port)
                .withPasswordFile(passwords, writers)
                .withTimeout(Duration.ofMillis((long) (timeoutSeconds * 1000)))
                .withRowCap(rowCap)
                .withServiceHosts(serviceHosts)
                .withCorsOrigins(corsOrigins.isEmpty() ? List.of("*") : corsOrigins);
    }
}
