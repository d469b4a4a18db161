package stikg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static stikg.reason.ReasonFixtures.triple;

import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import stikg.vocab.Graphs;

/**
 * Recomputing the inferred graph of a store after a write (what the service does after each committed update):
 * the inferred graph follows additions and removals, and is the same as the build's for the same input.
 */
class MaterializerRefreshTest {

    private static final Graphs GRAPHS = Graphs.standard();
    private static final Node UPDATES = NodeFactory.createURI("urn:ex:updates");
    private static final Node INFERRED = NodeFactory.createURI(GRAPHS.inferred());

    DatasetGraph store;
    Graph built;
    Materializer materializer = new Materializer(ReasonFixtures.rules());

    @BeforeEach
    void storeResearchland() {
        Map<String, Graph> graphs = ReasonFixtures.compile("editions").graphs();
        built = graphs.get(GRAPHS.inferred());
        store = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(store, () -> graphs.forEach((name, g) -> g.find().forEachRemaining(t ->
                store.add(NodeFactory.createURI(name), t.getSubject(), t.getPredicate(), t.getObject()))));
    }

    private boolean inferred(String t) {
        Triple x = triple(t);
        return Txn.calculateRead(store, () -> store.contains(INFERRED, x.getSubject(), x.getPredicate(), x.getObject()));
    }

    private void write(boolean add, String... triples) {
        Txn.executeWrite(store, () -> {
            for (String t : triples) {
                Triple x = triple(t);
                if (add) {
                    store.add(UPDATES, x.getSubject(), x.getPredicate(), x.getObject());
                } else {
                    store.delete(UPDATES, x.getSubject(), x.getPredicate(), x.getObject());
                }
            }
        });
    }

    @Test
    void givenTheBuiltStore_whenRefreshed_thenTheInferredGraphIsExactlyWhatTheBuildInferred() {
        Materializer.Inference inference = materializer.refresh(store, GRAPHS);

        assertEquals(built.size(), inference.graph().size());
        assertTrue(Txn.calculateRead(store, () -> store.getGraph(INFERRED).isIsomorphicWith(built)));
        assertEquals(0, inference.contradictions().size());
    }

    @Test
    void givenANewProgrammeWrittenToTheStore_whenRefreshed_thenItsFunderIsEngagedAndAfterRemovalNoLonger() {
        assertFalse(inferred("rx-lab sti:engagedIn rx2-area-space"));

        write(true, "rx-space-programme a sti:Program", "rx-space-programme sti:fundedBy rx-lab",
                "rx-space-programme sti:supports rx2-tech-satcom");
        materializer.refresh(store, GRAPHS);

        assertTrue(inferred("rx-lab sti:engagedIn rx2-tech-satcom"));
        assertTrue(inferred("rx-lab sti:engagedIn rx2-area-space"));

        write(false, "rx-space-programme sti:fundedBy rx-lab");
        materializer.refresh(store, GRAPHS);

        assertFalse(inferred("rx-lab sti:engagedIn rx2-area-space"));
        assertTrue(inferred("rx-space-programme sti:contributesTo rx2-area-space"));
    }

    @Test
    void givenAGraphLeftOut_whenRefreshed_thenNothingFollowsFromIt() {
        write(true, "rx-space-programme sti:fundedBy rx-lab", "rx-space-programme sti:supports rx2-tech-satcom");

        materializer.refresh(store, GRAPHS, Set.of(UPDATES.getURI()));

        assertFalse(inferred("rx-lab sti:engagedIn rx2-area-space"));
    }

    @Test
    void givenAnUpdateThatContradictsTheOntology_whenRefreshed_thenTheContradictionIsReturnedAndTheRestIsStillInferred() {
        write(true, "rx2-tech-qc a sti:TechnologyArea", "rx-space-programme sti:fundedBy rx-lab",
                "rx-space-programme sti:supports rx2-tech-satcom");

        Materializer.Inference inference = materializer.refresh(store, GRAPHS);

        assertEquals(1, inference.contradictions().size(), inference.contradictions().toString());
        assertTrue(inference.contradictions().get(0).startsWith("inconsistent: rx2-tech-qc is an instance of both "
                + "sti:Technology and sti:TechnologyArea"), inference.contradictions().get(0));
        assertTrue(inferred("rx-lab sti:engagedIn rx2-area-space"));
    }
}
