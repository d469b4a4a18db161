package stikg.serve;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import stikg.link.Linksets;
import stikg.query.NamedQuery;
import stikg.query.QueryLibrary;
import stikg.vocab.Graphs;
import stikg.vocab.Namespaces;
import stikg.vocab.Terms;

/**
 * The self-description of the service: a SPARQL 1.1 Service Description of the endpoint and a VoID description
 * of the dataset (size, graphs, vocabularies, example resources) with the library's questions as
 * {@code sh:SPARQLExecutable} examples, computed from the store when asked; and the DCAT/VoID description of its
 * linksets, linked datasets, sources and licences ({@link Linksets}).
 */
final class ServiceDescription {

    static final String DATASET_IRI = "https://w3id.org/stikg/dataset";
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final List<String> VOCABULARIES = List.of(Namespaces.STI, Namespaces.ORG, Namespaces.SKOS,
            Namespaces.PROV, Namespaces.DCT, Namespaces.TIME, Namespaces.SCHEMA, Namespaces.FOAF, Namespaces.RDFS,
            Namespaces.OWL);
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML");

    /** How long a computed description is served again: one computation per period, whatever the traffic. */
    static final Duration REUSE_FOR = Duration.ofSeconds(30);
    /** Named graphs described one by one; beyond this the description gives their number and total size only. */
    static final int MAX_LISTED_GRAPHS = 1000;

    private final DatasetGraph dataset;
    private final QueryLibrary library;
    private final String idBase;
    private final Graphs graphs;
    private final Map<String, Computed> computed = new HashMap<>();

    /** A description and when it was computed (System.nanoTime). */
    private record Computed(Graph graph, long at) {
    }

    ServiceDescription(DatasetGraph dataset, QueryLibrary library, String idBase) {
        this(dataset, library, idBase, Graphs.standard());
    }

    ServiceDescription(DatasetGraph dataset, QueryLibrary library, String idBase, Graphs graphs) {
        this.dataset = dataset;
        this.library = library;
        this.idBase = idBase;
        this.graphs = graphs;
    }

    /**
     * The description for clients that reach the endpoint at {@code endpointUrl}. Computing it reads every graph's
     * size, which costs seconds with thousands of graphs, so a description is reused for {@link #REUSE_FOR}, and
     * concurrent requests wait for one computation rather than each starting their own.
     */
    synchronized Graph describe(String endpointUrl) {
        long now = System.nanoTime();
        Computed c = computed.get(endpointUrl);
        if (c == null || now - c.at() > REUSE_FOR.toNanos()) {
            if (computed.size() > 16) {
                computed.clear(); // one entry per address the server is reached by; a few at most
            }
            c = new Computed(compute(endpointUrl), now);
            computed.put(endpointUrl, c);
        }
        return c.graph();
    }

    private Graph compute(String endpointUrl) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(prefixes());
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
        g.add(ds, voidTerm("sparqlEndpoint"), endpoint);
        g.add(ds, voidTerm("uriSpace"), NodeFactory.createLiteralString(idBase));
        g.add(ds, voidTerm("feature"), Terms.iri("http://www.w3.org/ns/formats/Turtle"));
        for (String v : VOCABULARIES) {
            g.add(ds, voidTerm("vocabulary"), Terms.iri(v));
        }
        Txn.executeRead(dataset, () -> {
            long total = 0;
            long count = 0;
            Node defaultGraph = Terms.iri(DATASET_IRI + "#default-graph");
            var names = dataset.listGraphNodes();
            while (names.hasNext()) {
                Node name = names.next();
                long n = dataset.getGraph(name).size();
                total += n;
                count++;
                if (count > MAX_LISTED_GRAPHS && !(name.isURI() && name.getURI().startsWith(graphs.base()))) {
                    continue;
                }
                Node subset = Terms.iri(DATASET_IRI + "#graph-" + Integer.toHexString(name.getURI().hashCode()));
                g.add(ds, voidTerm("subset"), subset);
                g.add(ds, sd("namedGraph"), subset);
                g.add(subset, RDF.type.asNode(), sd("NamedGraph"));
                g.add(subset, RDF.type.asNode(), voidTerm("Dataset"));
                g.add(subset, sd("name"), name);
                g.add(subset, voidTerm("triples"), Terms.integer(n));
            }
            g.add(ds, sd("defaultGraph"), defaultGraph);
            g.add(defaultGraph, RDF.type.asNode(), sd("Graph"));
            g.add(defaultGraph, RDFS.comment.asNode(), NodeFactory.createLiteralLang("The union of all named graphs.", "en"));
            g.add(defaultGraph, voidTerm("triples"), Terms.integer(total));
            g.add(ds, voidTerm("triples"), Terms.integer(total));
            if (count > MAX_LISTED_GRAPHS) {
                g.add(ds, RDFS.comment.asNode(), NodeFactory.createLiteralLang(count + " named graphs; the graphs the "
                        + "build makes and the first " + MAX_LISTED_GRAPHS + " others are listed here.", "en"));
            }
            g.add(ds, voidTerm("dataDump"), Terms.iri(endpointUrl.replaceAll("/sparql$", "/get") + "?default"));
            exampleResources().forEach(r -> g.add(ds, voidTerm("exampleResource"), r));
            new Linksets(dataset, DATASET_IRI, idBase, graphs).describe(g);
        });
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
