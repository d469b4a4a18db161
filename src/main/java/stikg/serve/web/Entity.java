package stikg.serve.web;

import java.util.List;
import org.apache.jena.graph.Node;

/**
 * What the graph says about one entity, as an entity page shows it.
 *
 * @param iri the entity
 * @param types its classes stated by a source
 * @param inferredTypes classes only the rules conclude
 * @param outgoing facts with the entity as subject ({@code other} is the object)
 * @param incoming facts with the entity as object ({@code other} is the subject)
 * @param incomingTotal how many incoming facts there are, of which {@code incoming} may hold only the first
 * @param labels names of the entity and of everything the facts mention
 */
record Entity(Node iri, List<Node> types, List<Node> inferredTypes, List<Fact> outgoing, List<Fact> incoming,
        int incomingTotal, Labels labels) {

    /**
     * One fact: the property, the entity at the other end, whether only the rules conclude it, whether it
     * belongs to the record of where facts come from (documents, sections, passages), and its sources.
     */
    record Fact(Node property, Node other, boolean inferred, boolean provenance, List<Source> sources) {
    }

    /**
     * Where a fact was read: the passage of a document (section, table and row, lines) and the line of the
     * curated file that records it; {@code evidence} says where an external identifier was seen.
     */
    record Source(Node passage, Node document, Node section, String sectionNumber, Node table, String tableNumber,
            String row, Integer lineStart, Integer lineEnd, String curatedAt, String evidence) {
    }
}
