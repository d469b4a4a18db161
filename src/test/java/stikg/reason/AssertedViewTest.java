package stikg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import stikg.vocab.Graphs;

class AssertedViewTest {

    private static final Graphs GRAPHS = Graphs.standard();
    private static final Node S = NodeFactory.createURI("urn:s");
    private static final Node P = NodeFactory.createURI("urn:p");
    private static final Node Q = NodeFactory.createURI("urn:q");

    private static Node g(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static void fill(DatasetGraph dsg) {
        Node source = g(GRAPHS.base() + "source/a");
        dsg.add(source, S, P, g("urn:o1"));
        dsg.add(g("urn:x:notes"), S, P, g("urn:o1")); // the same triple in a second asserted graph
        dsg.add(g("urn:x:notes"), S, Q, NodeFactory.createLiteralString("note"));
        dsg.add(g(GRAPHS.inferred()), S, P, g("urn:o2"));
        dsg.add(g(GRAPHS.provenance("a")), S, P, g("urn:o3"));
        dsg.add(g("urn:imported"), S, P, g("urn:o4"));
        dsg.add(org.apache.jena.sparql.core.Quad.defaultGraphIRI, S, P, g("urn:o5")); // the default graph of a store without the union: no named graph
    }

    private static void check(DatasetGraph dsg) {
        Set<String> leaveOut = Set.of("urn:imported");
        Txn.executeRead(dsg, () -> {
            Graph view = new AssertedView(dsg, GRAPHS, leaveOut);
            Graph copy = Materializer.asserted(dsg, GRAPHS, leaveOut);
            assertEquals(Set.copyOf(copy.find().toList()), Set.copyOf(view.find().toList()));
            assertEquals(2, view.find().toList().size(), "a triple stated in two graphs is listed once");
            assertEquals(1, view.find(Node.ANY, P, Node.ANY).toList().size());
            assertTrue(view.contains(S, P, g("urn:o1")));
            for (String left : new String[] {"urn:o2", "urn:o3", "urn:o4", "urn:o5"}) {
                assertFalse(view.contains(Triple.create(S, P, g(left))), left);
            }
        });
    }

    @Test
    void theViewHoldsExactlyTheTriplesOfTheAssertedGraphsAsTheCopyDoes() {
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(mem, () -> fill(mem));
        check(mem);
    }

    @Test
    void theViewReadsATdb2StoreThroughItsQuadIndexes() {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(tdb, () -> fill(tdb));
        check(tdb);
    }
}
