package stikg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

class WriteBenchTest {

    @Test
    void figuresAreNearestRankPercentilesOfEachSideAndTheRatioOfTheMedians() {
        double[] on = {9, 1, 5, 3, 7, 2, 8, 4, 6, 10};
        double[] off = {2, 1, 4, 3};
        Measurements.Write w = WriteBench.figures("10^5", 8, "delete", on, off, 123);
        assertEquals(10, w.n());
        assertEquals(5.5, w.onP50(), 1e-9);
        assertEquals(10, w.onP99(), 1e-9);
        assertEquals(2.5, w.offP50(), 1e-9);
        assertEquals(4, w.offP99(), 1e-9);
        assertEquals(2.2, w.ratio(), 1e-9);
        assertEquals(123, w.primeMs(), 1e-9);
        assertEquals(9, on[0], "the measurements handed in are not reordered");
    }

    @Test
    void theGrowthTargetComparesTheLargestStoreWithTheShippedOneForEachKindOfWriteWithOneWriter() {
        List<Measurements.Write> writes = List.of(
                new Measurements.Write("shipped", 1, "insert", 40, 10, 20, 5, 9, 100),
                new Measurements.Write("shipped", 8, "insert", 40, 70, 90, 40, 60, 100),
                new Measurements.Write("10^5", 1, "insert", 40, 12, 20, 5, 9, 100),
                new Measurements.Write("10^6", 1, "insert", 40, 30, 50, 6, 9, 100),
                new Measurements.Write("10^6", 8, "insert", 40, 300, 500, 6, 9, 100));
        List<BenchReport.WriteGrowth> g = BenchReport.writeGrowth(writes);
        assertEquals(1, g.size(), "no delete was measured");
        assertEquals("10^6", g.get(0).large().dataset());
        assertEquals(3.0, g.get(0).growth(), 1e-9);

        assertTrue(BenchReport.writeGrowth(writes.subList(2, 5)).isEmpty(), "without the shipped store, no growth");
    }

    @Test
    void anUpdateWritesOrDeletesExactlyTheQuadInItsGraph() {
        Quad q = Quad.create(WriteBench.GRAPH, NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:s"),
                NodeFactory.createURI("urn:t"));
        assertEquals("INSERT DATA { GRAPH <urn:stikg:bench:writes> { <urn:p> <urn:s> <urn:t> } }", WriteBench.update(q, true));
        assertEquals("DELETE DATA { GRAPH <urn:stikg:bench:writes> { <urn:p> <urn:s> <urn:t> } }", WriteBench.update(q, false));
        assertEquals("Basic YTpi", WriteBench.basic("a", "b"));
    }
}
