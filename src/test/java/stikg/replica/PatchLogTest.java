package stikg.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.diag.StikgException;

/** The writer's log on disk: numbered in order, whole files only, kept within bounds, the same log after a restart. */
class PatchLogTest {

    @TempDir
    Path dir;

    private static RDFPatch change(String value) {
        Node g = NodeFactory.createURI("urn:x:g");
        return RDFPatchOps.build(c -> {
            c.txnBegin();
            c.add(g, NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString(value));
            c.txnCommit();
        });
    }

    @Test
    void givenAppends_thenEachPatchIsNumberedAfterTheLastAndNamesItsPredecessorAndBuild() {
        PatchLog log = PatchLog.open(dir, 10);
        assertEquals(0, log.last().number());
        PatchId one = log.append(change("a"), "build-1");
        PatchId two = log.append(change("b"), "build-1");
        assertEquals(1, one.number());
        assertEquals(one.next(), two);
        List<ReceivedPatches.Received> read = ReceivedPatches.parse(String.join("", log.after(0, 10).stream()
                .map(b -> new String(b, StandardCharsets.UTF_8)).toList()).getBytes(StandardCharsets.UTF_8));
        assertEquals(2, read.size());
        assertEquals(one, read.get(0).id());
        assertEquals(new PatchId(log.logId(), 0), read.get(0).previous());
        assertEquals(one, read.get(1).previous());
        assertEquals("build-1", read.get(1).build());
        assertEquals(1, read.get(1).changes().size());
    }

    @Test
    void givenAChangeWithNoQuad_thenNothingIsLogged() {
        PatchLog log = PatchLog.open(dir, 10);
        log.append(RDFPatchOps.build(c -> { c.txnBegin(); c.txnCommit(); }), "b");
        assertEquals(0, log.last().number());
    }

    @Test
    void givenARestart_thenTheLogContinuesWithTheSameIdAndDropsAnUnfinishedFile() throws Exception {
        PatchLog log = PatchLog.open(dir, 10);
        log.append(change("a"), "b");
        Files.writeString(dir.resolve(String.format("%019d.patch.tmp", 2)), "H id <urn:x:half"); // crashed mid-write
        PatchLog again = PatchLog.open(dir, 10);
        assertEquals(log.logId(), again.logId());
        assertEquals(1, again.last().number());
        assertEquals(2, again.append(change("b"), "b").number());
        try (Stream<Path> s = Files.list(dir)) {
            assertFalse(s.anyMatch(p -> p.toString().endsWith(".tmp")));
        }
    }

    @Test
    void givenMorePatchesThanKept_thenTheOldestAreDroppedAndTheLogSaysWhereItStarts() {
        PatchLog log = PatchLog.open(dir, 3);
        for (int i = 0; i < 5; i++) {
            log.append(change("v" + i), "b");
        }
        assertEquals(3, log.first());
        assertEquals(5, log.last().number());
        assertEquals(3, log.after(0, 100).size()); // from the first kept one
        assertEquals(2, log.after(3, 100).size());
    }

    @Test
    void givenALogWithAGap_whenOpened_thenItRefusesWithOneLine() throws Exception {
        PatchLog log = PatchLog.open(dir, 10);
        for (int i = 0; i < 3; i++) {
            log.append(change("v" + i), "b");
        }
        Files.delete(dir.resolve(String.format("%019d.patch", 2)));
        StikgException e = assertThrows(StikgException.class, () -> PatchLog.open(dir, 10));
        assertTrue(e.getMessage().contains("gap"), e.getMessage());
    }

    @Test
    void givenAWaitingReader_whenAPatchIsAppended_thenItWakesBeforeItsTimeout() throws Exception {
        PatchLog log = PatchLog.open(dir, 10);
        Thread appender = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            log.append(change("late"), "b");
        });
        appender.start();
        log.awaitAfter(0, Duration.ofSeconds(30));
        assertEquals(1, log.last().number());
        appender.join();
    }
}
