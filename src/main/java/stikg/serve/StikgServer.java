package stikg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.HttpConnectionFactory;
import stikg.diag.StikgException;
import stikg.query.QueryLibrary;
import stikg.reason.IncrementalInference;
import stikg.reason.InferenceMaintainer;
import stikg.reason.Materializer;
import stikg.reason.ShapesCheck;
import stikg.reason.RuleSet;
import stikg.store.GraphStore;
import stikg.store.DataVersion;
import stikg.store.LiveStore;
import stikg.vocab.Graphs;

/**
 * The running service: an embedded Fuseki with the dataset {@code /stikg}. Reads are anonymous
 * ({@code sparql}, {@code query}, {@code get}); writes ({@code update}, {@code data}) exist only when a password
 * file is given, and only the configured writers may use them.
 */
public final class StikgServer implements AutoCloseable {

    private static final String REALM = "stikg";

    /**
     * Jetty's own default response buffer. Fuseki asks for 5 MiB, so that an error met while an answer is written
     * can still replace it; but Jetty's buffer pool keeps buffers of at most 64 KiB, so each response then
     * allocated, zeroed and freed 5 MiB of native memory: more than half of the server's CPU time for an
     * {@code ASK {}}. Here every query's answer is computed whole before its first byte is written
     * ({@link GuardedQueryProcessor}), so a large buffer protects nothing.
     */
    static final int OUTPUT_BUFFER_BYTES = 32 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(StikgServer.class);

    private final FusekiServer server;
    private final WriteGate gate;
    private final ServiceDescription description;
    private final String host;

    private StikgServer(FusekiServer server, WriteGate gate, ServiceDescription description, String host) {
        this.server = server;
        this.gate = gate;
        this.description = description;
        this.host = host;
    }

    /**
     * Starts serving one open database (which no rebuild replaces while it runs); writes are checked against
     * {@code ontology/shapes.ttl} of the working folder. {@code rules} keep the inferred graph in step with each write.
     */
    public static StikgServer start(GraphStore store, ServerConfig config, RuleSet rules, Graphs graphs,
            String idBase, List<WebModule> modules) {
        // a context of its own (starting from the store's: union default graph, text index), so that what one
        // server sets in it (timeout, SERVICE policy) does not reach another server over the same store
        DatasetGraph own = new DatasetGraphWrapper(store.datasetGraph(), store.datasetGraph().getContext().copy());
        return start(own, store, store::version, () -> store.fingerprint().orElse(""), config, rules,
                ShapesCheck.read(Path.of("ontology", "shapes.ttl")), QueryLibrary.read(config.queriesDir()), Set::of,
                graphs, idBase, modules, WriteInference.KEPT_IN_STEP);
    }

    /**
     * Starts serving the live database of a store, which a rebuild may replace while it runs (see
     * {@link LiveStore#rebuild}); writes pass {@code shapes} and keep the inferred graph in step, leaving out of
     * the reasoning the graphs kept from {@code stikg link import}, as the build does.
     */
    public static StikgServer start(LiveStore live, ServerConfig config, RuleSet rules, ShapesCheck shapes,
            Graphs graphs, String idBase, List<WebModule> modules) {
        return start(live, config, rules, shapes, graphs, idBase, modules, WriteInference.KEPT_IN_STEP);
    }

    /**
     * As {@link #start(LiveStore, ServerConfig, RuleSet, ShapesCheck, Graphs, String, List)}, choosing whether writes
     * keep the inferred graph in step. {@link WriteInference#OFF_FOR_BENCHMARK} exists for {@code stikg bench} alone
     * (the cost of a write without inference, to compare with): no command offers it.
     */
    public static StikgServer start(LiveStore live, ServerConfig config, RuleSet rules, ShapesCheck shapes,
            Graphs graphs, String idBase, List<WebModule> modules, WriteInference inference) {
        return start(live, config, rules, shapes, QueryLibrary.read(config.queriesDir()), graphs, idBase, modules,
                inference);
    }

    /**
     * As {@link #start(LiveStore, ServerConfig, RuleSet, ShapesCheck, Graphs, String, List, WriteInference)}, with
     * the query library of {@code config.queriesDir()} already read (by {@code stikg serve}, while the store opened).
     */
    public static StikgServer start(LiveStore live, ServerConfig config, RuleSet rules, ShapesCheck shapes,
            QueryLibrary library, Graphs graphs, String idBase, List<WebModule> modules, WriteInference inference) {
        return start(live.datasetGraph(), live.current(), live::version, () -> live.fingerprint().orElse(""), config,
                rules, shapes, library,
                () -> live.location().importedGraphs().keySet(), graphs, idBase, modules, inference);
    }

    private static StikgServer start(DatasetGraph store, GraphStore database, Supplier<DataVersion> version,
            Supplier<String> buildId,
            ServerConfig config, RuleSet rules, ShapesCheck shapes, QueryLibrary library,
            Supplier<Set<String>> leaveOut, Graphs graphs, String idBase, List<WebModule> modules,
            WriteInference inference) {
        Materializer materializer = new Materializer(rules);
        if (!database.inferenceInStep()) {
            bringInferenceInStep(store, materializer, graphs, leaveOut.get());
            database.markInferenceInStep();
        }
        // a write's consequences are followed from its change alone (delete and rederive for removals), so its
        // cost grows with the change, not the store; the same conclusions as a full recompute
        InferenceMaintainer maintainer;
        if (inference == WriteInference.OFF_FOR_BENCHMARK) {
            maintainer = WriteInference.frozen(graphs);
        } else {
            IncrementalInference incremental = new IncrementalInference(materializer, leaveOut.get());
            // attached now, while no transaction runs: attached at the first write instead, the listener was
            // added while that write's transaction ended, and TDB2 then iterated its listeners as they changed
            incremental.attach(database.datasetGraph());
            maintainer = incremental;
        }
        WriteGate dsg = new WriteGate(store, graphs, maintainer, shapes, leaveOut, buildId);
        Context cxt = dsg.getContext();
        cxt.set(ARQ.queryTimeout, Long.toString(config.timeout().toMillis()));
        cxt.set(ARQ.updateTimeout, Long.toString(config.updateTimeout().toMillis()));
        cxt.set(ARQ.httpServiceAllowed, !config.serviceHosts().isEmpty());
        if (!config.serviceHosts().isEmpty()) {
            // only then: an HTTP client sets up TLS (the JDK's trust store) when built, a noticeable part of a start
            cxt.set(Service.httpQueryClient, ServiceAllowList.client());
        }
        GuardedEvaluation.install(cxt, config.limits().maxStringLength());
        Optional<PreparedPlans> plans = PreparedPlans.install(cxt, config.preparedPlans());
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.get());
        registry.addSingleLink(new ServiceAllowList(config.serviceHosts()));
        ServiceExecutorRegistry.set(cxt, registry);

        ServiceDescription description = new ServiceDescription(dsg, library, idBase, graphs, buildId);
        dsg.addListener(description);

        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get");
        String host = config.host();
        FusekiServer.Builder builder = FusekiServer.create()
                .port(config.port())
                .registerOperation(Operation.Query, new GuardedQueryProcessor(config.rowCap(),
                        config.limits().maxNesting(), description, plans))
                .registerOperation(Operation.Update, new GuardedUpdateProcessor(config.limits().maxNesting(),
                        config.updateTimeout()))
                .registerOperation(Operation.GSP_R, new UnionDefaultGraphGet())
                .enableCors(false, null)
                .addFilter("/*", new RequestGuard(config.limits(),
                        new CrossOrigin(config.corsOrigins(), config.corsWriteOrigins())))
                .enablePing(true)
                .addServlet("/.well-known/void", new VoidServlet(description));
        config.passwords().ifPresent(file -> {
            if (!Files.isReadable(file)) {
                throw new StikgException("password file " + file + " cannot be read");
            }
            AuthPolicy writers = Auth.policyAllowSpecific(config.writers());
            // writes only on named endpoints: a policy on an unnamed endpoint would lock the whole dataset
            service.addEndpoint(Operation.Update, "update", writers);
            service.addEndpoint(Operation.GSP_RW, "data", writers);
            builder.securityHandler(new PreflightOpenSecurityHandler(REALM, file)).auth(AuthScheme.BASIC).realm(REALM);
        });
        builder.add(ServerConfig.DATASET, service.build());
        for (WebModule m : modules) {
            m.install(builder, dsg, library);
        }
        if (config.answerCacheBytes() > 0) {
            // the last filter before Fuseki: every other one (the request guard with each request's own CORS
            // headers, a replica's version check) has its say on a request before a kept answer is sent
            builder.addFilter("/*", new AnswerCache(version, Set.of(ServerConfig.DATASET, ServerConfig.DATASET
                    + "/sparql", ServerConfig.DATASET + "/query"), config.answerCacheBytes()));
        }
        FusekiServer server = builder.build();
        // Jetty refuses a form over 200,000 bytes with an error of its own; the request limit is the one that counts
        ServletContextHandler context = server.getJettyServer().getDescendant(ServletContextHandler.class);
        if (context != null) {
            context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, config.limits().maxRequestBytes()));
        }
        for (org.eclipse.jetty.server.Connector c : server.getJettyServer().getConnectors()) {
            // Fuseki listens on every interface unless told otherwise: listen only where the operator said
            if (c instanceof org.eclipse.jetty.server.ServerConnector sc) {
                sc.setHost(host);
            }
            for (ConnectionFactory f : c.getConnectionFactories()) {
                if (f instanceof HttpConnectionFactory http) {
                    http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
                }
            }
        }
        server.start();
        return new StikgServer(server, dsg, description, host);
    }

    /**
     * Recomputes the inferred graph if it does not follow from the asserted graphs (a store written by a version
     * that refreshed it after the write's commit, and stopped between the two); one transaction, so a crash now
     * leaves it as it was.
     */
    private static void bringInferenceInStep(DatasetGraph store, Materializer materializer, Graphs graphs,
            Set<String> leaveOut) {
        Node name = NodeFactory.createURI(graphs.inferred());
        boolean inStep = Txn.calculateRead(store, () -> {
            Graph expected = materializer.infer(Materializer.asserted(store, graphs, leaveOut)).graph();
            Graph stored = store.getGraph(name);
            return expected.size() == stored.size() && expected.find().filterDrop(stored::contains).toList().isEmpty();
        });
        if (!inStep) {
            LOG.warn("The inferred graph did not follow from the asserted graphs (a write interrupted by a stop?): "
                    + "recomputed it");
            materializer.refresh(store, graphs, leaveOut);
        }
    }

    /**
     * A module that adds a listener to the write path before the server answers its first request, so that no
     * write can commit unseen by it (a write-ahead log must see every one).
     */
    public static WebModule writeListener(WriteListener listener) {
        return (builder, dataset, library) -> {
            if (!(dataset instanceof WriteGate gate)) {
                throw new IllegalStateException("a write listener is installed on the service's write path");
            }
            gate.addListener(listener);
        };
    }

    /** Adds a listener told of each write from now on (see {@link #writeListener} for one that sees every write). */
    public void addWriteListener(WriteListener listener) {
        gate.addListener(listener);
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The address it listens on (an IPv6 address in brackets). */
    public String baseUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port();
    }

    public String sparqlUrl() {
        return baseUrl() + ServerConfig.DATASET + "/sparql";
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    /** The Jetty server underneath, for tests of what Fuseki's own settings leave to it. */
    org.eclipse.jetty.server.Server jetty() {
        return server.getJettyServer();
    }

    @Override
    public void close() {
        server.stop();
        description.close();
    }

    /** The path of the control endpoint (see {@link #control}). */
    public static final String CONTROL_PATH = "/$/stikg/control";

    /** Runs a stikg command line inside the server, for a command started over the same store. */
    public interface CommandHandler {
        CommandReply run(List<String> args, String workingDir);
    }

    /** What a command run inside the server printed, and its exit code. */
    public record CommandReply(int exitCode, String out, String err) {
    }

    /** The control endpoint: loopback callers with {@code token} may run commands through {@code handler}. */
    public static WebModule control(String token, CommandHandler handler) {
        return (builder, dataset, library) -> builder.addServlet(CONTROL_PATH, new ControlServlet(token, handler));
    }

    /** Something more the server offers beside the SPARQL dataset (the web page, entity pages). */
    public interface WebModule {
        void install(FusekiServer.Builder builder, DatasetGraph dataset, QueryLibrary library);
    }
}
