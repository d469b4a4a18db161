package stikg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.pipeline.Fixture;
import stikg.reason.RuleSet;
import stikg.store.GraphStore;
import stikg.store.StoreLocation;
import stikg.vocab.Graphs;

/** A server starting over a store whose inferred graph lags behind (an older version stopped between a write and its refresh) recomputes it first. */
class InferenceAtStartTest {

    @TempDir
    Path dir;

    @Test
    void givenAStoreWhoseInferredGraphLags_whenAServerStarts_thenItRecomputesItBeforeAnswering() throws Exception {
        StoreLocation location = Fixture.buildInto(dir.resolve("store"));
        Node inferred = NodeFactory.createURI(Graphs.standard().inferred());
        long built;
        try (GraphStore s = location.open()) {
            assertTrue(s.inferenceInStep(), "a build writes the inferred graph with what it follows from");
            DatasetGraph dsg = s.datasetGraph();
            built = Txn.calculateRead(dsg, () -> (long) dsg.getGraph(inferred).size());
            // what an older version could leave: a committed write whose refresh never ran
            Txn.executeWrite(dsg, () -> dsg.deleteAny(inferred, Node.ANY, Node.ANY, Node.ANY));
            Files.delete(s.databaseDir().resolve("inference-in-step"));
            assertFalse(s.inferenceInStep());
        }
        try (GraphStore s = location.open();
             StikgServer server = StikgServer.start(s, ServerConfig.defaults(Path.of("queries")).withPort(0),
                     RuleSet.read(Path.of("ontology/rules")), Graphs.standard(), "https://w3id.org/stikg/id/",
                     List.of())) {
            DatasetGraph dsg = s.datasetGraph();
            assertTrue(built > 0);
            assertEquals(built, Txn.calculateRead(dsg, () -> (long) dsg.getGraph(inferred).size()));
            assertTrue(s.inferenceInStep());
        }
    }
}
