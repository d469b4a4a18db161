package stikg.graph;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import stikg.vocab.Namespaces;
import stikg.vocab.Sti;

/**
 * Writes, into a document's provenance graph, one statement node per asserted triple and passage (RDF reification
 * with PROV-O {@code prov:wasDerivedFrom} the passage, and the curated file and line as {@code sti:curatedFile}
 * and {@code sti:curatedLine}), and each passage once. A triple stated by two passages has two statement nodes,
 * each with its own passage and line, so which passage goes with which line is never lost.
 */
final class ProvenanceWriter {

    static final Node WAS_DERIVED_FROM = NodeFactory.createURI(Namespaces.PROV + "wasDerivedFrom");

    private final Iris iris;
    private final String documentId;
    private final Node document;
    private final Graph graph;
    private final Set<Node> passagesWritten = new HashSet<>();

    ProvenanceWriter(Iris iris, String documentId, Node document, Graph graph) {
        this.iris = iris;
        this.documentId = documentId;
        this.document = document;
        this.graph = graph;
    }

    /** A passage of the document, written once. */
    Node passage(String key, int firstLine, int lastLine, Node section, Node table, String row) {
        Node p = iris.passage(documentId, key);
        if (passagesWritten.add(p)) {
            add(p, RDF.type.asNode(), Sti.Passage);
            add(p, Sti.inDocument, document);
            add(p, RDFS.label.asNode(), NodeFactory.createLiteralString(key));
            if (firstLine > 0) {
                add(p, Sti.lineStart, integer(firstLine));
                add(p, Sti.lineEnd, integer(lastLine));
            }
            if (section != null) {
                add(p, Sti.inSection, section);
            }
            if (table != null) {
                add(p, Sti.inTable, table);
                add(p, Sti.tableRow, NodeFactory.createLiteralString(row));
            }
        }
        return p;
    }

    /** Records that {@code t} comes from {@code passage} and is written at line {@code line} of {@code file}. */
    Node statement(Triple t, Node passage, String file, int line) {
        Node st = iris.statement(documentId, t, passage, file, line);
        add(st, RDF.type.asNode(), RDF.Statement.asNode());
        add(st, RDF.subject.asNode(), t.getSubject());
        add(st, RDF.predicate.asNode(), t.getPredicate());
        add(st, RDF.object.asNode(), t.getObject());
        add(st, WAS_DERIVED_FROM, passage);
        add(st, Sti.curatedFile, NodeFactory.createLiteralString(file));
        add(st, Sti.curatedLine, integer(line));
        return st;
    }

    void add(Node s, Node p, Node o) {
        graph.add(Triple.create(s, p, o));
    }

    static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }
}
