package stikg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import stikg.diag.StikgException;
import stikg.pipeline.Build;
import stikg.pipeline.BuildConfig;
import stikg.reason.RuleSet;
import stikg.replica.HaproxyConfig;
import stikg.replica.PatchLog;
import stikg.replica.Replica;
import stikg.replica.Replication;
import stikg.serve.ServerConfig;
import stikg.serve.StikgServer;
import stikg.reason.ShapesCheck;
import stikg.store.LiveStore;
import stikg.store.StoreLocation;

/**
 * {@code stikg cluster}: a loopback cluster to try replication on one machine — the writer, N read replicas (each
 * over its own store, in this process) and HAProxy in the foreground in front of them (issue 21).
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Runs a writer, read replicas and HAProxy on 127.0.0.1: the balancer on PORT, the writer on "
                + "PORT+1, the replicas on PORT+2 onwards. Needs HAProxy (apt-get install haproxy).")
final class ClusterCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--replicas", defaultValue = "2", description = "Read replicas (default: ${DEFAULT-VALUE}).")
    int replicaCount;

    @Option(names = "--port", defaultValue = "8080", description = "The balancer's port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--haproxy", defaultValue = "haproxy", description = "The HAProxy program (default: ${DEFAULT-VALUE}).")
    String haproxy;

    @Option(names = "--queries", defaultValue = "queries", description = "Query library folder (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Override
    public Integer call() throws Exception {
        if (replicaCount < 1) {
            throw new StikgException("--replicas must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        BuildConfig buildConfig = common.buildConfig();
        StoreLocation location = common.storeLocation();
        Path clusterDir = location.root().resolveSibling("cluster");
        Files.createDirectories(clusterDir);
        Build build = new Build(buildConfig, Clock.systemUTC());
        if (build.isStale(location)) {
            out.println("Building the graph for the writer.");
            out.flush();
            BuildCommand.print(build.into(location), out);
        }
        String adminPassword = secret();
        String replicaPassword = secret();
        Path passwords = clusterDir.resolve("passwd");
        Files.writeString(passwords, "admin: " + adminPassword + "\nreplica: " + replicaPassword + "\n",
                StandardCharsets.UTF_8);

        ServerConfig base = ServerConfig.defaults(buildConfig.projectRoot().resolve(queries));
        LiveStore store = LiveStore.open(location);
        String buildId = location.fingerprint().orElse("unknown");
        PatchLog log = PatchLog.open(location.root().resolve(ReplicaOptions.LOG_FOLDER), 100_000, store.datasetGraph(),
                buildConfig.graphs());
        List<StikgServer.WebModule> modules = new ArrayList<>(WebModules.standard(buildConfig));
        modules.add(Replication.writer(log, buildConfig.graphs(), buildId, Set.of("replica")));
        StikgServer writer = StikgServer.start(store, base.withPort(port + 1).withPasswordFile(passwords, List.of("admin")),
                RuleSet.read(buildConfig.rulesDir()), ShapesCheck.read(buildConfig.shapesFile()), buildConfig.graphs(),
                buildConfig.iris().base(), modules);
        List<Replica> replicas = new ArrayList<>();
        List<String> replicaAddresses = new ArrayList<>();
        Replica.Config follow = new Replica.Config(URI.create("http://127.0.0.1:" + writer.port()), "replica",
                replicaPassword, 100, Duration.ofSeconds(30), Duration.ofSeconds(3), Duration.ofSeconds(20),
                Replication.DEFAULT_MIN_VERSION_WAIT);
        for (int i = 1; i <= replicaCount; i++) {
            out.println("Starting replica " + i + " (builds its own store the first time).");
            out.flush();
            Replica r = Replica.start(follow, buildConfig, new StoreLocation(clusterDir.resolve("replica" + i)),
                    base.withPort(port + 1 + i), WebModules.standard(buildConfig));
            replicas.add(r);
            replicaAddresses.add("127.0.0.1:" + r.port());
        }
        Path cfg = clusterDir.resolve("haproxy.cfg");
        Files.writeString(cfg, new HaproxyConfig("127.0.0.1:" + port, "127.0.0.1:" + writer.port(), replicaAddresses,
                "127.0.0.1:" + (port + replicaCount + 2)).render(), StandardCharsets.UTF_8);
        Process balancer;
        try {
            balancer = new ProcessBuilder(haproxy, "-db", "-f", cfg.toString()).inheritIO().start();
        } catch (IOException e) {
            replicas.forEach(Replica::close);
            writer.close();
            store.close();
            spec.commandLine().getErr().println("stikg: cannot start HAProxy ('" + haproxy + "'): install it "
                    + "(apt-get install haproxy) or name it with --haproxy");
            return Main.UNAVAILABLE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            balancer.destroy();
            replicas.forEach(Replica::close);
            writer.close();
            store.close();
        }));
        out.println("Balancer:  http://127.0.0.1:" + port + "/  (SPARQL: /stikg/sparql; writes: /stikg/update)");
        out.println("Writer:    http://127.0.0.1:" + writer.port() + "/  (patch log: /stikg/patches, replicators only)");
        for (int i = 0; i < replicas.size(); i++) {
            out.println("Replica " + (i + 1) + ": " + replicas.get(i).baseUrl() + "/  (readiness: /stikg/ready)");
        }
        out.println("Logins in " + passwords + " (admin writes; replica reads the patch log). HAProxy config: " + cfg);
        out.flush();
        return balancer.waitFor() == 0 ? 0 : Main.UNAVAILABLE;
    }

    private static String secret() {
        byte[] b = new byte[12];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
