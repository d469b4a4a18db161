package stikg.reason;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import stikg.graph.Iris;
import stikg.pipeline.BuildConfig;
import stikg.pipeline.GraphCompiler;
import stikg.vocab.Graphs;
import stikg.vocab.Namespaces;

/**
 * The source sets under src/test/resources/stikg/reason, built with the project's ontology and rules but without
 * the project's data/links, so that each set is all the build sees.
 */
final class ReasonFixtures {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path RESOURCES = Path.of("src/test/resources/stikg/reason");
    static final Path RULES = PROJECT.resolve("ontology/rules");
    static final String ID = Namespaces.DEFAULT_ID_BASE;

    private ReasonFixtures() {
    }

    /** The build configuration of a source set (a folder with lexicon/ and sources/). */
    static BuildConfig config(String set) {
        Path dir = RESOURCES.resolve(set).toAbsolutePath();
        return new BuildConfig(PROJECT, PROJECT.resolve("ontology"), dir.resolve("lexicon"), dir.resolve("sources"),
                dir.resolve("links"), Iris.standard(), Graphs.standard());
    }

    static GraphCompiler.Compiled compile(String set) {
        return new GraphCompiler(config(set), Clock.systemUTC()).compile();
    }

    /** A build's graphs as the rules see them: what is asserted (no provenance), what they inferred, and both. */
    record Parts(Graph asserted, Graph inferred, Graph everything) {
    }

    static Parts parts(Map<String, Graph> graphs) {
        Graphs names = Graphs.standard();
        Graph inferred = graphs.get(names.inferred());
        Graph asserted = GraphFactory.createDefaultGraph();
        graphs.forEach((name, g) -> {
            if (!name.equals(names.inferred()) && !name.startsWith(names.provenance(""))) {
                g.find().forEachRemaining(asserted::add);
            }
        });
        Graph everything = GraphFactory.createDefaultGraph();
        asserted.find().forEachRemaining(everything::add);
        inferred.find().forEachRemaining(everything::add);
        return new Parts(asserted, inferred, everything);
    }

    static RuleSet rules() {
        return RuleSet.read(RULES);
    }

    /** The ontology graph as the build reads it: every ontology/*.ttl but the shapes. */
    static Graph ontology() {
        Graph g = GraphFactory.createDefaultGraph();
        try (Stream<Path> files = Files.list(PROJECT.resolve("ontology"))) {
            files.filter(f -> f.toString().endsWith(".ttl") && !f.getFileName().toString().equals("shapes.ttl"))
                    .sorted().forEach(f -> RDFDataMgr.read(g, f.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    /** The ontology plus a Turtle fixture of this folder. */
    static Graph ontologyAnd(String turtleFixture) {
        Graph g = ontology();
        RDFDataMgr.read(g, RESOURCES.resolve(turtleFixture).toString());
        return g;
    }

    /** A triple written with bare ids for instances and prefixed names for terms, as on the command line. */
    static Triple triple(String text) {
        return TripleText.parse(text, ID);
    }

    static org.apache.jena.graph.Node id(String id) {
        return NodeFactory.createURI(ID + id);
    }
}
