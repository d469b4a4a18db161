package stikg.link;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import stikg.vocab.Graphs;
import stikg.vocab.Namespaces;
import stikg.vocab.Terms;

/**
 * The DCAT/VoID description of the links from the graph to other datasets: one {@code void:Linkset} per graph
 * holding links, link predicate ({@code owl:sameAs} and the SKOS mapping properties) and target dataset, with its
 * triple count, its subjects and objects targets; the linked datasets themselves (the curated technology lists and
 * imported dumps, each as it describes itself in its own graph; Wikidata and ROR) with their sources and licences;
 * and the source documents of the dataset. Computed from the store when asked.
 */
public final class Linksets {

    /** The dataset IRI of Wikidata as a link target. */
    public static final String WIKIDATA = "https://www.wikidata.org/";
    /** The dataset IRI of the Research Organization Registry as a link target. */
    public static final String ROR = "https://ror.org/";
    static final String ROR_SPACE = "https://ror.org/";
    static final String CC0 = "http://creativecommons.org/publicdomain/zero/1.0/";
    static final String CC_BY = "https://creativecommons.org/licenses/by/4.0/";

    private static final Map<String, String> PREDICATES = Map.of(
            Namespaces.OWL + "sameAs", "sameAs",
            Namespaces.SKOS + "exactMatch", "exactMatch",
            Namespaces.SKOS + "closeMatch", "closeMatch",
            Namespaces.SKOS + "broadMatch", "broadMatch",
            Namespaces.SKOS + "narrowMatch", "narrowMatch",
            Namespaces.SKOS + "relatedMatch", "relatedMatch");

    private final DatasetGraph dsg;
    private final String datasetIri;
    private final String idBase;
    private final Graphs graphs;

    public Linksets(DatasetGraph dsg, String datasetIri, String idBase, Graphs graphs) {
        this.dsg = dsg;
        this.datasetIri = datasetIri;
        this.idBase = idBase;
        this.graphs = graphs;
    }

    /** One linkset as counted in the store. */
    public record Linkset(String iri, String graph, String predicate, String target, long triples, long subjects,
            long objects) {
    }

    /** The linksets, in a stable order; the caller holds a read transaction. */
    public java.util.List<Linkset> linksets() {
        String linked = graphs.linked("");
        String values = PREDICATES.keySet().stream().sorted().map(p -> "<" + p + ">").reduce((a, b) -> a + " " + b)
                .orElseThrow();
        String q = """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?g ?p ?target (COUNT(*) AS ?n) (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects)
                WHERE {
                  VALUES ?p { %s }
                  GRAPH ?g { ?s ?p ?o }
                  FILTER(isIRI(?o) && STRSTARTS(STR(?s), "%s"))
                  FILTER(?g != <%s> && !STRSTARTS(STR(?g), "%s"))
                  OPTIONAL { GRAPH ?tg { ?o skos:inScheme ?scheme } FILTER(STRSTARTS(STR(?tg), "%s")) }
                  BIND(IF(STRSTARTS(STR(?o), "%s"), <%s>, IF(STRSTARTS(STR(?o), "%s"), <%s>, ?tg)) AS ?target)
                  FILTER(BOUND(?target))
                }
                GROUP BY ?g ?p ?target
                ORDER BY ?g ?p ?target""".formatted(values, idBase, graphs.inferred(), graphs.provenance(""), linked,
                Namespaces.WD, WIKIDATA, ROR_SPACE, ROR);
        java.util.List<Linkset> out = new java.util.ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(q).build()) {
            qe.select().forEachRemaining(b -> {
                String g = b.get("g").getURI();
                String p = b.get("p").getURI();
                String target = b.get("target").getURI();
                String iri = datasetIri + "/linkset/" + slug(g) + "/" + PREDICATES.get(p) + "/" + slug(target);
                out.add(new Linkset(iri, g, p, target, number(b.get("n")), number(b.get("subjects")),
                        number(b.get("objects"))));
            });
        }
        return out;
    }

    /** Adds the description to {@code out}; the caller holds a read transaction. */
    public void describe(Graph out) {
        out.getPrefixMapping().setNsPrefix("dcat", Namespaces.DCAT).setNsPrefix("void", Namespaces.VOID)
                .setNsPrefix("dct", Namespaces.DCT).setNsPrefix("owl", Namespaces.OWL)
                .setNsPrefix("skos", Namespaces.SKOS).setNsPrefix("sti", Namespaces.STI);
        Node ds = Terms.iri(datasetIri);
        out.add(ds, RDF.type.asNode(), dcat("Dataset"));
        Set<String> targets = new LinkedHashSet<>();
        for (Linkset l : linksets()) {
            Node ls = Terms.iri(l.iri());
            out.add(ds, voidTerm("subset"), ls);
            out.add(ls, RDF.type.asNode(), voidTerm("Linkset"));
            out.add(ls, RDF.type.asNode(), dcat("Dataset"));
            out.add(ls, dct("title"), NodeFactory.createLiteralLang(PREDICATES.get(l.predicate()) + " links from "
                    + slug(l.graph()) + " to " + slug(l.target()), "en"));
            out.add(ls, voidTerm("linkPredicate"), Terms.iri(l.predicate()));
            out.add(ls, voidTerm("subjectsTarget"), ds);
            out.add(ls, voidTerm("objectsTarget"), Terms.iri(l.target()));
            out.add(ls, voidTerm("triples"), Terms.integer(l.triples()));
            out.add(ls, voidTerm("distinctSubjects"), Terms.integer(l.subjects()));
            out.add(ls, voidTerm("distinctObjects"), Terms.integer(l.objects()));
            out.add(ls, dct("isPartOf"), Terms.iri(l.graph()));
            out.add(ls, dct("license"), Terms.iri(CC_BY));
            if (l.graph().equals(graphs.lexicon())) {
                out.add(ls, RDFS.comment.asNode(), NodeFactory.createLiteralLang("Each link records where the "
                        + "identifier was seen: sti:linkEvidence on its statement node in the provenance graph "
                        + graphs.provenance("lexicon") + ".", "en"));
            }
            targets.add(l.target());
        }
        for (String t : targets) {
            describeTarget(out, t);
        }
        describeLinkedGraphs(out);
        describeSources(out, ds);
    }

    /** Wikidata and ROR, as targets. */
    private void describeTarget(Graph out, String target) {
        Node t = Terms.iri(target);
        if (target.equals(WIKIDATA)) {
            out.add(t, RDF.type.asNode(), voidTerm("Dataset"));
            out.add(t, RDF.type.asNode(), dcat("Dataset"));
            out.add(t, dct("title"), NodeFactory.createLiteralLang("Wikidata", "en"));
            out.add(t, dct("license"), Terms.iri(CC0));
            out.add(t, voidTerm("uriSpace"), NodeFactory.createLiteralString(Namespaces.WD));
            out.add(t, voidTerm("sparqlEndpoint"), Terms.iri("https://query.wikidata.org/sparql"));
        } else if (target.equals(ROR)) {
            out.add(t, RDF.type.asNode(), voidTerm("Dataset"));
            out.add(t, RDF.type.asNode(), dcat("Dataset"));
            out.add(t, dct("title"), NodeFactory.createLiteralLang("Research Organization Registry (ROR)", "en"));
            out.add(t, dct("license"), Terms.iri(CC0));
            out.add(t, voidTerm("uriSpace"), NodeFactory.createLiteralString(ROR_SPACE));
        }
    }

    /** Each linked graph as it describes itself in its own graph (title, source, issue date, licence …). */
    private void describeLinkedGraphs(Graph out) {
        String q = "SELECT ?g ?p ?o { GRAPH ?g { ?g ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + graphs.linked("") + "\")) }";
        Map<Node, Boolean> seen = new LinkedHashMap<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(q).build()) {
            qe.select().forEachRemaining(b -> {
                out.add(b.get("g"), b.get("p"), b.get("o"));
                seen.put(b.get("g"), true);
            });
        }
        seen.keySet().forEach(g -> {
            out.add(Terms.iri(datasetIri), voidTerm("subset"), g);
            out.add(g, voidTerm("triples"), Terms.integer(dsg.getGraph(g).size()));
        });
    }

    /** The documents whose facts the dataset records (one source graph each). */
    private void describeSources(Graph out, Node ds) {
        String sources = graphs.source("");
        String q = """
                PREFIX sti: <%s>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?doc ?label { GRAPH ?g { ?doc a sti:Document OPTIONAL { ?doc rdfs:label ?label FILTER(lang(?label) = "en") } }
                  FILTER(STRSTARTS(STR(?g), "%s") && STRAFTER(STR(?g), "%s") = STRAFTER(STR(?doc), "%s")) }
                """.formatted(Namespaces.STI, sources, sources, idBase);
        try (QueryExec qe = QueryExec.dataset(dsg).query(q).build()) {
            qe.select().forEachRemaining(b -> {
                out.add(ds, dct("source"), b.get("doc"));
                if (b.get("label") != null) {
                    out.add(b.get("doc"), RDFS.label.asNode(), b.get("label"));
                }
            });
        }
    }

    /** The last path segments of a graph or dataset IRI, as a name: lexicon, source-x, linked-us-nstc-cet-2024. */
    private String slug(String iri) {
        if (iri.equals(WIKIDATA)) {
            return "wikidata";
        }
        if (iri.equals(ROR)) {
            return "ror";
        }
        String local = iri.startsWith(graphs.base()) ? iri.substring(graphs.base().length()) : iri;
        return local.replaceAll("^[a-z]+://", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static long number(Node n) {
        return Long.parseLong(n.getLiteralLexicalForm());
    }

    private static Node dcat(String local) {
        return Terms.term(Namespaces.DCAT, local);
    }

    private static Node dct(String local) {
        return Terms.term(Namespaces.DCT, local);
    }

    private static Node voidTerm(String local) {
        return Terms.term(Namespaces.VOID, local);
    }
}
