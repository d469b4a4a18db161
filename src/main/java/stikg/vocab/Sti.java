package stikg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the stikg ontology that code refers to by name (the rest are read from the ontology itself). */
public final class Sti {

    public static final Node Document = term("Document");
    public static final Node Section = term("Section");
    public static final Node Table = term("Table");
    public static final Node Passage = term("Passage");
    public static final Node inDocument = term("inDocument");
    public static final Node inSection = term("inSection");
    public static final Node inTable = term("inTable");
    public static final Node tableRow = term("tableRow");
    public static final Node lineStart = term("lineStart");
    public static final Node lineEnd = term("lineEnd");
    public static final Node number = term("number");
    public static final Node order = term("order");
    public static final Node TechnologyArea = term("TechnologyArea");
    public static final Node title = term("title");
    public static final Node description = term("description");
    public static final Node curatedFile = term("curatedFile");
    public static final Node curatedLine = term("curatedLine");
    public static final Node acronym = term("acronym");
    public static final Node wikidataId = term("wikidataId");
    public static final Node rorId = term("rorId");
    public static final Node linkEvidence = term("linkEvidence");
    public static final Node labelEvidence = term("labelEvidence");
    public static final Node citedSource = term("citedSource");
    public static final Node DateOrYear = term("DateOrYear");
    public static final Node partOf = term("partOf");
    public static final Node inconsistency = term("inconsistency");

    private Sti() {
    }

    public static Node term(String localName) {
        return NodeFactory.createURI(Namespaces.STI + localName);
    }
}
