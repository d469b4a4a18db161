package stikg.link;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import stikg.pipeline.BuildConfig;
import stikg.pipeline.GraphCompiler;
import stikg.query.NamedQuery;
import stikg.query.QueryLibrary;
import stikg.query.QueryRunner;

/** The shipped data (data/, ontology/), compiled once per test JVM, as the store would hold it. */
public final class Shipped {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    private static Map<String, Graph> graphs;
    private static DatasetGraph dataset;

    private Shipped() {
    }

    /** Every graph of the build, by name. */
    public static synchronized Map<String, Graph> graphs() {
        if (graphs == null) {
            graphs = new LinkedHashMap<>(new GraphCompiler(BuildConfig.standard(PROJECT), Clock.systemUTC()).compile()
                    .graphs());
        }
        return graphs;
    }

    static Graph graph(String name) {
        Graph g = graphs().get(name);
        if (g == null) {
            throw new IllegalStateException("the build has no graph " + name + "; it has " + graphs().keySet());
        }
        return g;
    }

    /** The named graphs, with their union as the default graph (as the store serves them). */
    public static synchronized DatasetGraph dataset() {
        if (dataset == null) {
            Graph union = GraphFactory.createDefaultGraph();
            graphs().values().forEach(g -> g.find().forEachRemaining(union::add));
            dataset = DatasetGraphFactory.create(union);
            graphs().forEach((name, g) -> dataset.addGraph(NodeFactory.createURI(name), g));
        }
        return dataset;
    }

    /** The rows of a library query on the shipped data, each value as text ("" when unbound), in the query's order. */
    static List<Map<String, String>> rows(String queryName, Map<String, String> params) {
        NamedQuery q = QueryLibrary.read(PROJECT.resolve("queries")).find(queryName).orElseThrow();
        List<Map<String, String>> out = new ArrayList<>();
        try (QueryExec qe = QueryRunner.prepare(dataset(), q, params)) {
            List<String> vars = qe.getQuery().getResultVars();
            qe.select().forEachRemaining(b -> {
                Map<String, String> row = new LinkedHashMap<>();
                for (String v : vars) {
                    Node n = b.get(v);
                    row.put(v, n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
                }
                out.add(row);
            });
        }
        return out;
    }
}
