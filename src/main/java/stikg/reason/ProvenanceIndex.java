package stikg.reason;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import stikg.diag.Location;
import stikg.vocab.Namespaces;
import stikg.vocab.Sti;

/**
 * Finds where asserted triples come from: which of the asserted graphs hold a triple, and what the provenance
 * graphs say about it (one statement node per asserted triple and passage: {@code rdf:subject},
 * {@code rdf:predicate}, {@code rdf:object}, {@code prov:wasDerivedFrom} the passage, {@code sti:curatedFile} and
 * {@code sti:curatedLine} where a curated file records it; a passage has its document, section, lines and table
 * row).
 */
public final class ProvenanceIndex {

    private static final Node WAS_DERIVED_FROM = NodeFactory.createURI(Namespaces.PROV + "wasDerivedFrom");

    private final Map<String, Graph> asserted;
    private final List<Graph> provenance;
    private final String lexiconDocument;

    /**
     * @param asserted the asserted graphs by name
     * @param provenance the provenance graphs (or their union)
     * @param lexiconDocument the IRI of the document node under which lexicon facts are traced
     */
    public ProvenanceIndex(Map<String, Graph> asserted, List<Graph> provenance, String lexiconDocument) {
        this.asserted = new LinkedHashMap<>(asserted);
        this.provenance = List.copyOf(provenance);
        this.lexiconDocument = lexiconDocument;
    }

    /** The names of the asserted graphs that hold {@code t}. */
    public List<String> graphsHolding(Triple t) {
        List<String> out = new ArrayList<>();
        asserted.forEach((name, g) -> {
            if (g.contains(t)) {
                out.add(name);
            }
        });
        return out;
    }

    /** Every passage the provenance records for {@code t}, with where the curated files write it. */
    public List<SourceLocator> locate(Triple t) {
        List<SourceLocator> out = new ArrayList<>();
        for (Graph g : provenance) {
            for (Node st : list(g, Node.ANY, RDF.subject.asNode(), t.getSubject(), true)) {
                if (!g.contains(st, RDF.predicate.asNode(), t.getPredicate())
                        || !g.contains(st, RDF.object.asNode(), t.getObject())) {
                    continue;
                }
                List<Location> curated = curated(g, st);
                List<Node> passages = list(g, st, WAS_DERIVED_FROM, Node.ANY, false);
                if (passages.isEmpty()) {
                    out.add(new SourceLocator(null, false, null, 0, 0, null, null, curated));
                }
                for (Node p : passages) {
                    out.add(passage(g, p, curated));
                }
            }
        }
        out.sort(Comparator.comparing((SourceLocator l) -> String.valueOf(l.document()))
                .thenComparingInt(SourceLocator::lineStart).thenComparing(l -> l.curatedAt().toString()));
        return out;
    }

    /** Where the statement node says a curated file records its triple (none for one without a position). */
    private static List<Location> curated(Graph g, Node st) {
        Node file = one(g, st, Sti.curatedFile);
        if (file == null || !file.isLiteral()) {
            return List.of();
        }
        return List.of(Location.of(file.getLiteralLexicalForm(), integer(one(g, st, Sti.curatedLine))));
    }

    private SourceLocator passage(Graph g, Node p, List<Location> curated) {
        Node doc = one(g, p, Sti.inDocument);
        boolean lexicon = doc != null && doc.isURI() && doc.getURI().equals(lexiconDocument);
        Node section = one(g, p, Sti.inSection);
        Node table = one(g, p, Sti.inTable);
        Node row = one(g, p, Sti.tableRow);
        return new SourceLocator(doc == null ? null : doc.toString(), lexicon,
                section == null ? null : numberOrId(g, section, "/section/"),
                lexicon ? 0 : integer(one(g, p, Sti.lineStart)), lexicon ? 0 : integer(one(g, p, Sti.lineEnd)),
                table == null ? null : numberOrId(g, table, "/table/"),
                row == null ? null : row.getLiteralLexicalForm(), curated);
    }

    /** The number a document gives a section or table, or the id it was declared with. */
    private static String numberOrId(Graph g, Node n, String marker) {
        Node number = one(g, n, Sti.number);
        if (number != null && number.isLiteral()) {
            return number.getLiteralLexicalForm();
        }
        String iri = n.isURI() ? n.getURI() : n.toString();
        int at = iri.lastIndexOf(marker);
        return at >= 0 ? iri.substring(at + marker.length()) : iri;
    }

    private static int integer(Node n) {
        if (n == null || !n.isLiteral()) {
            return 0;
        }
        try {
            return Integer.parseInt(n.getLiteralLexicalForm().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Node one(Graph g, Node s, Node p) {
        List<Node> all = list(g, s, p, Node.ANY, false);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<Node> list(Graph g, Node s, Node p, Node o, boolean subjects) {
        List<Node> out = new ArrayList<>();
        ExtendedIterator<Triple> it = g.find(s, p, o);
        try {
            it.forEachRemaining(t -> out.add(subjects ? t.getSubject() : t.getObject()));
        } finally {
            it.close();
        }
        return out;
    }
}
