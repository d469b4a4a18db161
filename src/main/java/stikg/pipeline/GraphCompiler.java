package stikg.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.sparql.graph.GraphFactory;
import stikg.diag.InvalidInputException;
import stikg.diag.Location;
import stikg.diag.Problem;
import stikg.diag.StikgException;
import stikg.graph.LinkedListSkos;
import stikg.graph.BuiltGraphs;
import stikg.graph.GraphBuilder;
import stikg.graph.Schema;
import stikg.reason.Materializer;
import stikg.reason.RuleSet;
import stikg.reason.TermFormat;
import stikg.source.SourceReader;
import stikg.source.SourceSet;

/**
 * Turns the inputs of a build into every graph the store will hold, checked: the ontology, the lexicon, one
 * graph per document with its provenance, linked lists, and the inferred graph. Touches no store.
 */
public final class GraphCompiler {

    private final BuildConfig config;
    private final Clock clock;

    public GraphCompiler(BuildConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** The graphs by IRI and the time each step took. */
    public record Compiled(Map<String, Graph> graphs, long inferredTriples, Map<String, Duration> steps) {
    }

    /** {@link #compile(Map)} with no user graphs. */
    public Compiled compile() {
        return compile(Map.of());
    }

    /**
     * Compiles the built graphs. {@code userGraphs} (graphs written through the service, carried into the new
     * database by the caller) pass the same shapes as the built ones and are reasoned over with them, so the
     * inferred graph follows from built and user graphs alike; they are not part of the result.
     */
    public Compiled compile(Map<String, Graph> userGraphs) {
        return compile(userGraphs, (name, graph) -> { });
    }

    /**
     * {@link #compile(Map)}, handing each graph to {@code done} as soon as it is final (the asserted graphs once
     * converted, the inferred graph last), so that a caller can write them while the rest is checked and reasoned
     * over. A graph handed over is never changed afterwards; a check that fails later still fails the compile, and
     * the caller must then discard what it was handed.
     */
    public Compiled compile(Map<String, Graph> userGraphs, BiConsumer<String, Graph> done) {
        Map<String, Duration> steps = new LinkedHashMap<>();
        Instant t0 = clock.instant();
        Graph ontology = readOntology();
        SourceSet sources = new SourceReader(config.projectRoot()).readAll(config.lexiconDir(), config.sourcesDir());
        Instant t1 = mark(steps, "read", t0);
        BuiltGraphs built = new GraphBuilder(Schema.of(ontology), config.iris(), config.graphs()).build(sources);
        Map<String, Graph> graphs = new LinkedHashMap<>();
        graphs.put(config.graphs().ontology(), ontology);
        graphs.putAll(built.graphs());
        graphs.putAll(readLinked());
        graphs.forEach(done);
        Instant t2 = mark(steps, "convert", t1);

        Graph facts = union(graphs, false);
        userGraphs.values().forEach(g -> g.find().forEachRemaining(facts::add));
        if (Files.isRegularFile(config.shapesFile())) {
            // the provenance union is only needed to say where a violation was written: built on failure only
            new ShaclGate(config.shapesFile()).check(facts, () -> union(graphs, true));
        }
        Instant t3 = mark(steps, "validate", t2);

        // a contradiction fails the build, placed where the facts behind it are written (provenance on failure only)
        Graph inferred = new Materializer(RuleSet.read(config.rulesDir()), new TermFormat(config.iris().base()))
                .inferConsistent(facts, () -> union(graphs, true));
        graphs.put(config.graphs().inferred(), inferred);
        done.accept(config.graphs().inferred(), inferred);
        mark(steps, "infer", t3);
        return new Compiled(graphs, inferred.size(), steps);
    }

    private Instant mark(Map<String, Duration> steps, String name, Instant since) {
        Instant now = clock.instant();
        steps.put(name, Duration.between(since, now));
        return now;
    }

    /** The asserted facts (ontology, lexicon, documents, linked lists), or only the provenance graphs. */
    private Graph union(Map<String, Graph> graphs, boolean provenance) {
        Graph g = GraphFactory.createDefaultGraph();
        String provPrefix = config.graphs().provenance("");
        graphs.forEach((name, graph) -> {
            if (name.startsWith(provPrefix) == provenance) {
                graph.find().forEachRemaining(g::add);
            }
        });
        return g;
    }

    private Graph readOntology() {
        Graph g = GraphFactory.createDefaultGraph();
        for (Path f : turtleFiles(config.ontologyDir())) {
            if (!f.getFileName().toString().equals("shapes.ttl")) {
                parseInto(f, g);
            }
        }
        if (g.isEmpty()) {
            throw new StikgException("no ontology found in " + config.ontologyDir());
        }
        return g;
    }

    private Map<String, Graph> readLinked() {
        Map<String, Graph> out = new LinkedHashMap<>();
        for (Path f : turtleFiles(config.linksDir())) {
            Graph g = GraphFactory.createDefaultGraph();
            parseInto(f, g);
            out.put(config.graphs().linked(f.getFileName().toString().replaceAll("\\.ttl$", "")), LinkedListSkos.complete(g));
        }
        return out;
    }

    private void parseInto(Path f, Graph g) {
        try {
            // issue 21: blank nodes (an OWL list in the ontology) get labels made from the file's path and their
            // place in it, not random ones, so two builds of the same sources hold the very same quads (replicas
            // build their own and must equal the writer's)
            UUID seed = UUID.nameUUIDFromBytes(display(f).getBytes(StandardCharsets.UTF_8));
            RDFParser.source(f).labelToNode(LabelToNode.createScopeByDocumentHash(seed)).parse(g);
        } catch (RiotException e) {
            throw new InvalidInputException(new Problem(Location.wholeFile(display(f)), "Turtle: " + e.getMessage()));
        }
    }

    private String display(Path f) {
        Path root = config.projectRoot().toAbsolutePath().normalize();
        Path abs = f.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString() : f.toString();
    }

    private static List<Path> turtleFiles(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new StikgException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
