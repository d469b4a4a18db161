package stikg.vocab;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the reused vocabularies as nodes, for code that writes descriptions (VoID, service description). */
public final class Terms {

    private Terms() {
    }

    /** A node for an IRI. */
    public static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** The term {@code local} of the vocabulary {@code namespace}, e.g. {@code term(Namespaces.VOID, "triples")}. */
    public static Node term(String namespace, String local) {
        return NodeFactory.createURI(namespace + local);
    }

    /** An {@code xsd:integer} literal. */
    public static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
