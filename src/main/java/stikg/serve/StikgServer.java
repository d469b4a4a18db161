package stikg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import stikg.diag.StikgException;
import stikg.query.QueryLibrary;
import stikg.reason.Materializer;
import stikg.reason.RuleSet;
import stikg.store.GraphStore;
import stikg.vocab.Graphs;

/**
 * The running service: an embedded Fuseki with the dataset {@code /stikg}. Reads are anonymous
 * ({@code sparql}, {@code query}, {@code get}); writes ({@code update}, {@code data}) exist only when a password
 * file is given, and only the configured writers may use them.
 */
public final class StikgServer implements AutoCloseable {

    private static final String REALM = "stikg";

    private final FusekiServer server;

    private StikgServer(FusekiServer server) {
        this.server = server;
    }

    /** Starts serving {@code store}; {@code rules} are re-applied after each write through the service. */
    public static StikgServer start(GraphStore store, ServerConfig config, RuleSet rules, Graphs graphs,
            String idBase, List<WebModule> modules) {
        return start(store, config, rules, graphs, idBase, modules, UnaryOperator.identity());
    }

    /**
     * As above; {@code writePath} wraps the dataset the service writes through (issue 21: the patch log's hook;
     * to be replaced at merge by a listener on the state model's write path, issue 15).
     */
    public static StikgServer start(GraphStore store, ServerConfig config, RuleSet rules, Graphs graphs,
            String idBase, List<WebModule> modules, UnaryOperator<DatasetGraph> writePath) {
        DatasetGraph dsg = writePath.apply(new InferenceRefresh(store.datasetGraph(), new Materializer(rules), graphs));
        Context cxt = dsg.getContext();
        cxt.set(ARQ.queryTimeout, Long.toString(config.timeout().toMillis()));
        cxt.set(ARQ.httpServiceAllowed, !config.serviceHosts().isEmpty());
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.get());
        registry.addSingleLink(new ServiceAllowList(config.serviceHosts()));
        ServiceExecutorRegistry.set(cxt, registry);

        QueryLibrary library = QueryLibrary.read(config.queriesDir());
        ServiceDescription description = new ServiceDescription(dsg, library, idBase, graphs);

        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get");
        FusekiServer.Builder builder = FusekiServer.create()
                .port(config.port())
                .registerOperation(Operation.Query, new GuardedQueryProcessor(config.rowCap(), description))
                .enableCors(true, corsFile(config.corsOrigins()))
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
        FusekiServer server = builder.build();
        server.start();
        return new StikgServer(server);
    }

    private static String corsFile(List<String> origins) {
        try {
            Path f = Files.createTempFile("stikg-cors", ".properties");
            f.toFile().deleteOnExit();
            String text = "allowedOrigins=" + String.join(",", origins) + "\n"
                    + "allowedMethods=GET,POST,HEAD,OPTIONS\n"
                    + "allowedHeaders=Accept,Content-Type,Origin,X-Requested-With,Authorization\n"
                    + "chainPreflight=false\n";
            Files.writeString(f, text, StandardCharsets.UTF_8);
            return f.toString();
        } catch (IOException e) {
            throw new StikgException("cannot write the CORS settings: " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getHttpPort();
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    public String sparqlUrl() {
        return baseUrl() + ServerConfig.DATASET + "/sparql";
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Something more the server offers beside the SPARQL dataset (the web page, entity pages). */
    public interface WebModule {
        void install(FusekiServer.Builder builder, DatasetGraph dataset, QueryLibrary library);
    }
}
