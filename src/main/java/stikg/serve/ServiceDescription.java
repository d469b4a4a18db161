package stikg.serve;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stikg.link.Linksets;
import stikg.query.NamedQuery;
import stikg.query.QueryLibrary;
import stikg.vocab.Graphs;
import stikg.vocab.Namespaces;
import stikg.vocab.Terms;

/**
 * The self-description of the service: a SPARQL 1.1 Service Description of the endpoint and a VoID description
 * of the dataset (size, graphs, vocabularies, example resources) with the library's questions as
 * {@code sh:SPARQLExecutable} examples, computed from the store when first asked, then in the background after a
 * change; and the DCAT/VoID description of its linksets, linked datasets, sources and licences ({@link Linksets}).
 */
final class ServiceDescription implements WriteListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceDescription.class);

    static final String DATASET_IRI = "https://w3id.org/stikg/dataset";
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final List<String> VOCABULARIES = List.of(Namespaces.STI, Namespaces.ORG, Namespaces.SKOS,
            Namespaces.PROV, Namespaces.DCT, Namespaces.TIME, Namespaces.SCHEMA, Namespaces.FOAF, Namespaces.RDFS,
            Namespaces.OWL);
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML");

    /**
     * After a computation that took t, the next starts no sooner than this many t later: whatever the traffic and
     * the writes, recomputing the description takes at most a tenth of one core.
     */
    static final int PAUSE_FACTOR = 9;
    /** A description older than this is recomputed even without a write seen (a change the gate did not see). */
    static final Duration RECOMPUTE_AFTER = Duration.ofMinutes(10);
    /** Named graphs described one by one; beyond this the description gives their number and total size only. */
    static final int MAX_LISTED_GRAPHS = 1000;

    private final DatasetGraph dataset;
    private final QueryLibrary library;
    private final String idBase;
    private final Graphs graphs;
    private final Supplier<String> buildId;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stikg-void");
        t.setDaemon(true);
        return t;
    });
    private final Object computing = new Object();
    private final AtomicBoolean written = new AtomicBoolean();
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private volatile Snapshot current;
    private volatile boolean closed;
    private volatile long nextAllowed = Long.MIN_VALUE / 2;
    private final Map<String, ForEndpoint> byEndpoint = new ConcurrentHashMap<>();

    /**
     * What the description says about the store (graphs, sizes, example resources, linksets), as computed at one
     * moment for one build; the parts that depend on the address a client used are added per request.
     */
    private record Snapshot(Graph storePart, String buildId, long startedNanos, Instant computedAt) {
    }

    /** The whole description for one address, made from one snapshot. */
    private record ForEndpoint(Snapshot from, Graph graph) {
    }

    ServiceDescription(DatasetGraph dataset, QueryLibrary library, String idBase, Graphs graphs,
            Supplier<String> buildId) {
        this.dataset = dataset;
        this.library = library;
        this.idBase = idBase;
        this.graphs = graphs;
        this.buildId = buildId;
    }

    /**
     * The description for clients that reach the endpoint at {@code endpointUrl}. Reading every graph's size costs
     * seconds with thousands of graphs, so no request pays for it once a description exists: requests are answered
     * from the last computed one (dated with {@code dct:modified}), and a write or a new build has the next one
     * computed in the background, paced by {@link #PAUSE_FACTOR}. The first request (and any that come
     * while it is computed) waits for the first computation: none is made while the server starts.
     */
    Graph describe(String endpointUrl) {
        Snapshot snap = current;
        if (snap == null) {
            snap = computeNow(true);
        } else if (isStale(snap)) {
            refreshInBackground();
        }
        Snapshot used = snap;
        ForEndpoint made = byEndpoint.compute(endpointUrl, (url, cached) -> cached != null && cached.from() == used
                ? cached : new ForEndpoint(used, withEndpoint(used, url)));
        if (byEndpoint.size() > 16) {
            byEndpoint.keySet().removeIf(url -> !url.equals(endpointUrl)); // one per address the server is reached by
        }
        return made.graph();
    }

    /** Told of each committed write: the next request has the description recomputed in the background. */
    @Override
    public void committed(RDFPatch userChange, String build) {
        written.set(true);
    }

    /** Has a computation run in the background, as soon as the pacing allows, unless one is already queued. */
    void refreshInBackground() {
        if (!refreshQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            long delay = Math.max(0, nextAllowed - System.nanoTime());
            refresher.schedule(() -> {
                try {
                    computeNow(false);
                } catch (RuntimeException e) {
                    LOG.warn("The service description could not be recomputed: " + e.getMessage());
                } finally {
                    refreshQueued.set(false);
                }
            }, delay, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            refreshQueued.set(false);
        }
    }

    /** Stops computing and waits for a computation under way to end its read, so the store can be closed after. */
    @Override
    public void close() {
        closed = true;
        refresher.shutdownNow();
        try {
            if (!refresher.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("The service description's computation did not end within a minute of the server's stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean isStale(Snapshot snap) {
        return written.get() || !snap.buildId().equals(buildId.get())
                || System.nanoTime() - snap.startedNanos() > RECOMPUTE_AFTER.toNanos();
    }

    /** Computes the store's part; with {@code unlessPresent}, a request that waited behind another gets its result. */
    private Snapshot computeNow(boolean unlessPresent) {
        synchronized (computing) {
            if (unlessPresent && current != null) {
                return current;
            }
            long started = System.nanoTime();
            written.set(false); // a write from now on is after this computation's read, so it marks it stale again
            String build = buildId.get();
            Snapshot snap = new Snapshot(storePart(), build, started, Instant.now());
            long ended = System.nanoTime();
            nextAllowed = ended + PAUSE_FACTOR * (ended - started);
            current = snap;
            return snap;
        }
    }

    /** What the description says about the store: its graphs and sizes, example resources and linksets. */
    private Graph storePart() {
        Graph g = GraphFactory.createDefaultGraph();
        Node ds = Terms.iri(DATASET_IRI);
        Txn.executeRead(dataset, () -> {
            long count = 0;
            long listed = 0;
            var names = dataset.listGraphNodes();
            while (names.hasNext() && !closed) {
                Node name = names.next();
                count++;
                boolean built = name.isURI() && name.getURI().startsWith(graphs.base());
                if (!built && listed >= MAX_LISTED_GRAPHS) {
                    continue; // counted, and its triples are in the total below, but not described one by one
                }
                listed += built ? 0 : 1;
                Node subset = Terms.iri(DATASET_IRI + "#graph-" + Integer.toHexString(name.getURI().hashCode()));
                g.add(ds, voidTerm("subset"), subset);
                g.add(ds, sd("namedGraph"), subset);
                g.add(subset, RDF.type.asNode(), sd("NamedGraph"));
                g.add(subset, RDF.type.asNode(), voidTerm("Dataset"));
                g.add(subset, sd("name"), name);
                g.add(subset, voidTerm("triples"), Terms.integer(dataset.getGraph(name).size()));
            }
            // one pass over every quad, rather than one size lookup per graph
            long total = closed ? 0 : Iter.count(dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
            Node defaultGraph = Terms.iri(DATASET_IRI + "#default-graph");
            g.add(ds, sd("defaultGraph"), defaultGraph);
            g.add(defaultGraph, RDF.type.asNode(), sd("Graph"));
            g.add(defaultGraph, RDFS.comment.asNode(), NodeFactory.createLiteralLang("The union of all named graphs.", "en"));
            g.add(defaultGraph, voidTerm("triples"), Terms.integer(total));
            g.add(ds, voidTerm("triples"), Terms.integer(total));
            if (listed >= MAX_LISTED_GRAPHS && count > listed) {
                g.add(ds, RDFS.comment.asNode(), NodeFactory.createLiteralLang(count + " named graphs; the graphs the "
                        + "build makes and the first " + MAX_LISTED_GRAPHS + " others are listed here.", "en"));
            }
            exampleResources().forEach(r -> g.add(ds, voidTerm("exampleResource"), r));
            new Linksets(dataset, DATASET_IRI, idBase, graphs).describe(g);
        });
        return g;
    }

    /** The description as a client at {@code endpointUrl} sees it: the snapshot plus the addresses to use. */
    private Graph withEndpoint(Snapshot snap, String endpointUrl) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(snap.storePart().getPrefixMapping()).setNsPrefixes(prefixes());
        GraphUtil.addInto(g, snap.storePart());
        Node service = Terms.iri(endpointUrl + "#service");
        Node endpoint = Terms.iri(endpointUrl);
        Node ds = Terms.iri(DATASET_IRI);
        g.add(service, RDF.type.asNode(), sd("Service"));
        g.add(service, sd("endpoint"), endpoint);
        g.add(service, sd("supportedLanguage"), sd("SPARQL11Query"));
        g.add(service, sd("feature"), sd("UnionDefaultGraph"));
        for (String f : RESULT_FORMATS) {
            g.add(service, sd("resultFormat"), Terms.iri("http://www.w3.org/ns/formats/" + f));
        }
        g.add(service, sd("defaultDataset"), ds);

        g.add(ds, RDF.type.asNode(), sd("Dataset"));
        g.add(ds, RDF.type.asNode(), voidTerm("Dataset"));
        g.add(ds, Terms.iri(Namespaces.DCT + "title"), NodeFactory.createLiteralLang("stikg: knowledge graph of STI policy plans", "en"));
        g.add(ds, Terms.iri(Namespaces.DCT + "title"), NodeFactory.createLiteralLang("stikg: 과학기술혁신 정책계획 지식그래프", "ko"));
        g.add(ds, Terms.iri(Namespaces.DCT + "license"), Terms.iri("https://creativecommons.org/licenses/by/4.0/"));
        // when the sizes were read: a write since then shows in the next description, computed in the background
        g.add(ds, Terms.iri(Namespaces.DCT + "modified"), NodeFactory.createLiteralDT(snap.computedAt().toString(),
                XSDDatatype.XSDdateTime));
        g.add(ds, voidTerm("sparqlEndpoint"), endpoint);
        g.add(ds, voidTerm("uriSpace"), NodeFactory.createLiteralString(idBase));
        g.add(ds, voidTerm("feature"), Terms.iri("http://www.w3.org/ns/formats/Turtle"));
        for (String v : VOCABULARIES) {
            g.add(ds, voidTerm("vocabulary"), Terms.iri(v));
        }
        g.add(ds, voidTerm("dataDump"), Terms.iri(endpointUrl.replaceAll("/sparql$", "/get") + "?default"));
        for (NamedQuery q : library.queries()) {
            Node ex = Terms.iri(endpointUrl.replaceAll("/stikg/sparql$", "") + "/queries/" + q.name());
            g.add(ds, Terms.iri(Namespaces.SCHEMA + "hasPart"), ex);
            g.add(ex, RDF.type.asNode(), Terms.iri(SH + "SPARQLExecutable"));
            g.add(ex, RDF.type.asNode(), Terms.iri(SH + (selectLike(q) ? "SPARQLSelectExecutable" : "SPARQLConstructExecutable")));
            q.titles().forEach((lang, t) -> g.add(ex, RDFS.label.asNode(), NodeFactory.createLiteralLang(t, lang)));
            q.descriptions().forEach((lang, t) -> g.add(ex, RDFS.comment.asNode(), NodeFactory.createLiteralLang(t, lang)));
            g.add(ex, Terms.iri(SH + (selectLike(q) ? "select" : "construct")), NodeFactory.createLiteralString(q.text()));
            g.add(ex, Terms.iri(Namespaces.SCHEMA + "target"), endpoint);
        }
        return g;
    }

    private static boolean selectLike(NamedQuery q) {
        Query parsed = QueryFactory.create(q.text());
        return parsed.isSelectType() || parsed.isAskType();
    }

    private List<Node> exampleResources() {
        String text = "PREFIX sti: <" + Namespaces.STI + "> SELECT ?r { VALUES ?c { sti:Plan sti:TechnologyArea sti:Agency sti:Program } "
                + "{ SELECT ?c (MIN(STR(?x)) AS ?first) { ?x a ?c } GROUP BY ?c } BIND(IRI(?first) AS ?r) }";
        try (QueryExec qe = QueryExec.dataset(dataset).query(text).build()) {
            List<Node> out = new java.util.ArrayList<>();
            qe.select().forEachRemaining(b -> {
                Node r = b.get("r");
                if (r != null) {
                    out.add(r);
                }
            });
            return out;
        }
    }

    static Map<String, String> prefixes() {
        return Map.of("sd", Namespaces.SD, "void", Namespaces.VOID, "dct", Namespaces.DCT, "sh", SH,
                "schema", Namespaces.SCHEMA, "rdfs", Namespaces.RDFS);
    }

    private static Node sd(String local) {
        return Terms.term(Namespaces.SD, local);
    }

    private static Node voidTerm(String local) {
        return Terms.term(Namespaces.VOID, local);
    }
}
