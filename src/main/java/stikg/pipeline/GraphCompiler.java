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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
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

    /**
     * The graphs by IRI, the time each step took (validation and inference run side by side, so their times
     * overlap) and the time the compile took.
     */
    public record Compiled(Map<String, Graph> graphs, long inferredTriples, Map<String, Duration> steps,
            Duration elapsed) {
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
        // SHACL and the rules only read the facts and neither needs the other's result, so the check runs on a
        // thread of its own beside inference (a graph no one changes may be read from several threads, as the store
        // writer already reads the converted graphs). It is waited for before the compile returns: a violation
        // still fails the build, and is reported rather than a contradiction, as when the check ran first
        Map<String, Graph> asserted = new LinkedHashMap<>(graphs);
        CompletableFuture<Duration> validated = validateBeside(facts, asserted);

        // a contradiction fails the build, placed where the facts behind it are written (provenance on failure only)
        Graph inferred = null;
        RuntimeException contradiction = null;
        try {
            inferred = new Materializer(RuleSet.read(config.rulesDir()), new TermFormat(config.iris().base()))
                    .inferConsistent(facts, () -> union(asserted, true));
        } catch (RuntimeException e) {
            contradiction = e;
        }
        Duration inferring = Duration.between(t2, clock.instant());
        if (contradiction == null) {
            // written while the check may still run: the store is switched only once the compile returned
            graphs.put(config.graphs().inferred(), inferred);
            done.accept(config.graphs().inferred(), inferred);
        }
        steps.put("validate", await(validated));
        steps.put("infer", inferring);
        if (contradiction != null) {
            throw contradiction;
        }
        return new Compiled(graphs, inferred.size(), steps, Duration.between(t0, clock.instant()));
    }

    /** Checks {@code facts} against the shapes on a thread of its own; gives the time the check took. */
    private CompletableFuture<Duration> validateBeside(Graph facts, Map<String, Graph> asserted) {
        CompletableFuture<Duration> checked = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            Instant start = clock.instant();
            try {
                if (Files.isRegularFile(config.shapesFile())) {
                    // the provenance union is only needed to say where a violation was written: built on failure only
                    new ShaclGate(config.shapesFile()).check(facts, () -> union(asserted, true));
                }
                checked.complete(Duration.between(start, clock.instant()));
            } catch (Throwable e) {
                checked.completeExceptionally(e);
            }
        }, "stikg-validate");
        t.setDaemon(true);
        t.start();
        return checked;
    }

    /** The check's time, once it has ended; throws what the check threw (a violation is an InvalidInputException). */
    private static Duration await(CompletableFuture<Duration> check) {
        try {
            return check.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the shapes", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("checking the shapes failed: " + e.getCause(), e.getCause());
        }
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
