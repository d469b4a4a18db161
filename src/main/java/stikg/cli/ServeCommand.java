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
import stikg.serve.Limits;
import stikg.serve.ServerConfig;
import stikg.serve.StikgServer;
import stikg.serve.WriteInference;
import stikg.store.LiveStore;
import stikg.store.ServerRecord;
import stikg.store.StoreLocation;

/** {@code stikg serve}: the main job — build when needed, then serve. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the graph if it is missing or stale, then serves it over SPARQL with an embedded "
                + "Fuseki at http://HOST:PORT/ (dataset /stikg). Writes are off unless a password file is given. "
                + "While it runs, 'stikg query', 'export', 'explain' and 'build' on the same store go through it.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "3030", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = ServerConfig.LOOPBACK,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens every "
                    + "interface, on purpose).")
    String host;

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

    @Option(names = "--answer-cache-mb", defaultValue = "64", paramLabel = "MB",
            description = "Room for answers to repeated queries, kept until the next write; 0 turns the cache off "
                    + "(default: ${DEFAULT-VALUE}).")
    long answerCacheMb;

    @Option(names = "--prepared-plans", defaultValue = "512", paramLabel = "N",
            description = "Query texts whose parsed query and plan are kept, so a query asked again is evaluated "
                    + "without parsing and optimising it anew (its answer is still computed); 0 turns this off "
                    + "(default: ${DEFAULT-VALUE}).")
    int preparedPlans;

    @Option(names = "--update-timeout", paramLabel = "SECONDS",
            description = "Update timeout in seconds; a longer update is rolled back (default: the query timeout).")
    Double updateTimeoutSeconds;

    @Option(names = "--max-request-bytes", defaultValue = "1048576",
            description = "Largest query or update text (body, form or query string) in bytes; more is 413/414 "
                    + "(default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Option(names = "--max-upload-bytes", defaultValue = "67108864",
            description = "Largest Graph Store upload to /stikg/data in bytes; more is 413 (default: ${DEFAULT-VALUE}).")
    long maxUploadBytes;

    @Option(names = "--max-string", defaultValue = "1000000",
            description = "Longest string a query may build with CONCAT, REPLACE or GROUP_CONCAT; more is 400 "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxString;

    @Option(names = "--max-nesting", defaultValue = "100",
            description = "Deepest nesting of groups, brackets and paths in a request; deeper is 400 "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxNesting;

    @Option(names = "--allow-service", paramLabel = "HOST[:PORT]",
            description = "A host SPARQL SERVICE may call (repeatable), e.g. query.wikidata.org (ports 80/443) or "
                    + "localhost:8890. Redirects are never followed. Default: none.")
    List<String> serviceHosts = new ArrayList<>();

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "An origin whose pages may read (repeatable). Default: any origin (*), without credentials.")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--cors-write-origin", paramLabel = "ORIGIN",
            description = "An origin whose pages may send a logged-in write (repeatable; never *). Default: none.")
    List<String> corsWriteOrigins = new ArrayList<>();

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
        if (replication.replicaOf != null) {
            return replication.serveReplica(buildConfig, location, serverConfig(buildConfig, null), out,
                    passwordFile != null || System.getenv("STIKG_PASSWORD_FILE") != null);
        }
        Path passwords = passwordFile != null ? passwordFile
                : (System.getenv("STIKG_PASSWORD_FILE") != null ? Path.of(System.getenv("STIKG_PASSWORD_FILE")) : null);
        // options that contradict each other are a usage error, found before anything is built
        ServerConfig config = serverConfig(buildConfig, passwords);
        // what the server reads besides the store, read on another core while the store is checked and opened
        ServerFiles files = ServerFiles.readAhead(buildConfig, config.queriesDir());
        Build build = new Build(buildConfig, Clock.systemUTC());
        stikg.store.ServerRecord.read(location.root()).ifPresent(r -> {
            throw new stikg.diag.UnavailableException("the store " + location.root() + " is already served by pid "
                    + r.pid() + " at " + r.url() + ": use that server, or stop it first, or give another --store");
        });
        if (build.isStale(location)) {
            out.println(location.hasDatabase() ? "The sources changed since the last build: rebuilding."
                    : "No graph built yet: building.");
            out.flush();
            BuildCommand.print(build.into(location), out);
        }
        LiveStore store = LiveStore.open(location);
        String token = ServerRecord.newToken();
        // with writes on, every committed user-graph change goes to the patch log that replicas follow
        ReplicaOptions.Writer writer;
        try {
            writer = passwords == null ? ReplicaOptions.Writer.NONE
                    : replication.writer(location, buildConfig.graphs(), () -> store.fingerprint().orElse("unknown"),
                            store.datasetGraph());
        } catch (RuntimeException e) {
            store.close(); // a patch log that does not match the store: nothing served
            throw e;
        }
        List<StikgServer.WebModule> modules = writer.modules(WebModules.standard(buildConfig));
        modules.add(StikgServer.control(token, ServedCommands.handler(store)));
        StikgServer server;
        try {
            server = StikgServer.start(store, config, files.rules(), files.shapes(), files.library(),
                    buildConfig.graphs(), buildConfig.iris().base(), modules, WriteInference.KEPT_IN_STEP);
        } catch (RuntimeException e) {
            store.close();
            throw ServerStart.explain(e, host, port);
        }
        ServerRecord record = ServerRecord.write(location, server.baseUrl(), token);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            record.delete();
            server.close();
            store.close();
            CleanStop.mark();
        }));
        out.println("Serving " + server.baseUrl() + "/  (SPARQL: " + server.sparqlUrl() + ")");
        out.println(passwords == null ? "Writes are off (no password file)." : "Writes on for: " + writers);
        out.flush();
        server.join();
        return 0;
    }

    /** The server's settings from the options; a value the server cannot take is a usage error naming it. */
    ServerConfig serverConfig(BuildConfig buildConfig, Path passwords) {
        try {
            return serverConfigOf(buildConfig, passwords);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private ServerConfig serverConfigOf(BuildConfig buildConfig, Path passwords) {
        Path library = buildConfig.projectRoot().resolve(queries);
        if (!java.nio.file.Files.isDirectory(library)) {
            // a mistyped folder would otherwise serve no library queries without a word
            throw new stikg.diag.StikgException("query library folder " + library + " (--queries) does not exist");
        }
        return ServerConfig.defaults(library)
                .withPort(port)
                .withHost(host)
                .withPasswordFile(passwords, writers)
                .withTimeout(Duration.ofMillis((long) (timeoutSeconds * 1000)))
                .withRowCap(rowCap)
                .withAnswerCacheBytes(answerCacheMb << 20)
                .withPreparedPlans(preparedPlans)
                .withServiceHosts(serviceHosts)
                .withCorsOrigins(corsOrigins.isEmpty() ? List.of("*") : corsOrigins)
                .withCorsWriteOrigins(corsWriteOrigins)
                .withLimits(Limits.defaults()
                        .withUpdateTimeout(updateTimeoutSeconds == null ? null
                                : Duration.ofMillis((long) (updateTimeoutSeconds * 1000)))
                        .withMaxRequestBytes(maxRequestBytes).withMaxUploadBytes(maxUploadBytes)
                        .withMaxStringLength(maxString).withMaxNesting(maxNesting));
    }
}
