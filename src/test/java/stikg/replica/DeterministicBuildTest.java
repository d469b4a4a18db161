package stikg.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.pipeline.Fixture;
import stikg.store.GraphStore;
import stikg.vocab.Graphs;

/** Replicas build their own built graphs: two builds of the same sources must hold the very same quads. */
class DeterministicBuildTest {

    @TempDir
    Path dir;

    @Test
    void givenTheSameSources_whenBuiltTwiceIndependently_thenBothStoresHoldTheSameQuadsAndBuildId() {
        List<String> first;
        List<String> second;
        String firstBuild;
        try (GraphStore a = Fixture.buildInto(dir.resolve("a")).open()) {
            first = ReplicaTesting.sortedNQuads(a.datasetGraph(), Graphs.standard());
            firstBuild = a.fingerprint().orElseThrow();
        }
        try (GraphStore b = Fixture.buildInto(dir.resolve("b")).open()) {
            second = ReplicaTesting.sortedNQuads(b.datasetGraph(), Graphs.standard());
            assertEquals(firstBuild, b.fingerprint().orElseThrow());
        }
        // the ontology has blank nodes (an OWL list): they are labelled from their file and place, not at random
        assertTrue(first.stream().anyMatch(l -> l.startsWith("_:")), "the check would be empty without blank nodes");
        assertEquals(first, second);
    }
}
