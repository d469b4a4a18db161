package stikg.serve;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
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

    private final DatasetGraph dataset;
    private final QueryLibrary library;
    private final String idBase;
    private final Graphs graphs;

    ServiceDescription(DatasetGraph dataset, QueryLibrary library, String idBase) {
        this(dataset, library, idBase, Graphs.standard());
    }

    ServiceDescription(DatasetGraph dataset, QueryLibrary library, String idBase, Graphs graphs) {
        this.dataset = dataset;
        this.library = library;
        this.idBase = idBase;
        this.graphs = graphs;
    }

    Graph describe(String endpointUrl) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(prefixes());
        Node service = NodeFactory.createURI(endpointUrl + "#service");
        Node endpoint = NodeFactory.createURI(endpointUrl);
        Node ds = NodeFactory.createURI(DATASET_IRI);
        add(g, service, RDF.type.asNode(), sd("Service"));
        add(g, service, sd("endpoint"), endpoint);
        add(g, service, sd("supportedLanguage"), sd("SPARQL11Query"));
        add(g, service, sd("feature"), sd("UnionDefaultGraph"));
        for (String f : RESULT_FORMATS) {
            add(g, service, sd("resultFormat"), NodeFactory.createURI("http://www.w3.org/ns/formats/" + f));
        }
        add(g, service, sd("defaultDataset"), ds);

        add(g, ds, RDF.type.asNode(), sd("Dataset"));
        add(g, ds, RDF.type.asNode(), voidTerm("Dataset"));
        add(g, ds, uri(Namespaces.DCT + "title"), NodeFactory.createLiteralLang("stikg: knowledge graph of STI policy plans", "en"));
        add(g, ds, uri(Namespaces.DCT + "title"), NodeFactory.createLiteralLang("stikg: 과학기술혁신 정책계획 지식그래프", "ko"));
        add(g, ds, uri(Namespaces.DCT + "license"), uri("https://creativecommons.org/licenses/by/4.0/"));
        add(g, ds, voidTerm("sparqlEndpoint"), endpoint);
        add(g, ds, voidTerm("uriSpace"), NodeFactory.createLiteralString(idBase));
        add(g, ds, voidTerm("feature"), uri("http://www.w3.org/ns/formats/Turtle"));
        for (String v : VOCABULARIES) {
            add(g, ds, voidTerm("vocabulary"), uri(v));
        }
        Txn.executeRead(dataset, () -> {
            long total = 0;
            Node defaultGraph = NodeFactory.createURI(DATASET_IRI + "#default-graph");
            var names = dataset.listGraphNodes();
            while (names.hasNext()) {
                Node name = names.next();
                long n = dataset.getGraph(name).size();
                total += n;
                Node subset = NodeFactory.createURI(DATASET_IRI + "#graph-" + Integer.toHexString(name.getURI().hashCode()));
                add(g, ds, voidTerm("subset"), subset);
                add(g, ds, sd("namedGraph"), subset);
                add(g, subset, RDF.type.asNode(), sd("NamedGraph"));
                add(g, subset, RDF.type.asNode(), voidTerm("Dataset"));
                add(g, subset, sd("name"), name);
                add(g, subset, voidTerm("triples"), integer(n));
            }
            add(g, ds, sd("defaultGraph"), defaultGraph);
            add(g, defaultGraph, RDF.type.asNode(), sd("Graph"));
            add(g, defaultGraph, RDFS.comment.asNode(), NodeFactory.createLiteralLang("The union of all named graphs.", "en"));
            add(g, defaultGraph, voidTerm("triples"), integer(total));
            add(g, ds, voidTerm("triples"), integer(total));
            exampleResources().forEach(r -> add(g, ds, voidTerm("exampleResource"), r));
            new Linksets(dataset, DATASET_IRI, idBase, graphs).describe(g);
        });
        for (NamedQuery q : library.queries()) {
            Node ex = NodeFactory.createURI(endpointUrl.replaceAll("/stikg/sparql$", "") + "/queries/" + q.name());
            add(g, ds, uri(Namespaces.SCHEMA + "hasPart"), ex);
            add(g, ex, RDF.type.asNode(), uri(SH + "SPARQLExecutable"));
            add(g, ex, RDF.type.asNode(), uri(SH + (selectLike(q) ? "SPARQLSelectExecutable" : "SPARQLConstructExecutable")));
            q.titles().forEach((lang, t) -> add(g, ex, RDFS.label.asNode(), NodeFactory.createLiteralLang(t, lang)));
            q.descriptions().forEach((lang, t) -> add(g, ex, RDFS.comment.asNode(), NodeFactory.createLiteralLang(t, lang)));
            add(g, ex, uri(SH + (selectLike(q) ? "select" : "construct")), NodeFactory.createLiteralString(q.text()));
            add(g, ex, uri(Namespaces.SCHEMA + "target"), endpoint);
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

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node sd(String local) {
        return uri(Namespaces.SD + local);
    }

    private static Node voidTerm(String local) {
        return uri(Namespaces.VOID + local);
    }

    static Map<String, String> prefixes() {
        return Map.of("sd", Namespaces.SD, "void", Namespaces.VOID, "dct", Namespaces.DCT, "sh", SH,
                "schema", Namespaces.SCHEMA, "rdfs", Namespaces.RDFS);
    }
}
