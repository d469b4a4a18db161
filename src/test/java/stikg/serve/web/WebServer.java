package stikg.serve.web;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import stikg.pipeline.Fixture;
import stikg.reason.RuleSet;
import stikg.serve.ServerConfig;
import stikg.serve.StikgServer;
import stikg.store.GraphStore;
import stikg.vocab.Graphs;
import stikg.vocab.Namespaces;

/** A real server with the web site over a store built from the fixture, for the tests of this package. */
final class WebServer implements AutoCloseable {

    /** A small query library of the tests' own (the project's queries/ may change without these tests knowing). */
    static final Path QUERIES = Path.of("src/test/resources/stikg/serve/web/queries");

    final GraphStore store;
    final StikgServer server;

    private WebServer(GraphStore store, StikgServer server) {
        this.store = store;
        this.server = server;
    }

    /** Builds the fixture into {@code dir}, lets {@code extra} add to the store, then serves it on a free port. */
    static WebServer start(Path dir, Consumer<DatasetGraph> extra) {
        GraphStore store = Fixture.buildInto(dir.resolve("store")).open();
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeWrite(dsg, () -> extra.accept(dsg));
        StikgServer server = StikgServer.start(store, ServerConfig.defaults(QUERIES).withPort(0),
                RuleSet.read(Path.of("ontology/rules")), Graphs.standard(), Namespaces.DEFAULT_ID_BASE,
                List.of(new WebSite(Namespaces.DEFAULT_ID_BASE, Graphs.standard())));
        return new WebServer(store, server);
    }

    String url(String path) {
        return server.baseUrl() + path;
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
