package stikg.replica;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.PatchHeader;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchConst;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesCollector;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stikg.diag.StikgException;
import stikg.vocab.Graphs;

/**
 * The writer's log: every committed change to user graphs, as one RDF Patch file per write, numbered in commit
 * order, each with {@code id}, {@code prev} and {@code build} in its header. It is written ahead of the commit, so
 * that the log and the store agree after any crash:
 * <ol>
 * <li>inside the write's transaction, after its checks, the patch is written to {@code N.patch.pending} and forced
 * to disk (the folder too);</li>
 * <li>in the same transaction the store records patch N as the last one it holds ({@link WriterRecord}, in the
 * replication graph);</li>
 * <li>the write commits (TDB2: the change and the record together, or neither);</li>
 * <li>the pending file is renamed to {@code N.patch}, atomically: only then do replicas see it.</li>
 * </ol>
 * On opening, a pending file whose number the store records is renamed (the crash came between 3 and 4), any other
 * is deleted (the commit never happened), and the log's last patch must then be the one the store records, or the
 * log refuses to open. A change refused before step 1 (shapes, a built graph) writes nothing; one that fails after
 * it is settled the same way, from the store's record, before the next write. The oldest patches beyond
 * {@code retain} are dropped; a replica that needs one of them loads a snapshot instead.
 */
public final class PatchLog implements stikg.serve.WriteListener {

    /** The header naming the build the writer held when the change committed. */
    public static final String BUILD = "build";
    /**
     * For crash tests only: the system property naming a step of the protocol ({@code pending-written},
     * {@code recorded}, {@code committed}, {@code renamed}) at which the process halts at once, as {@code kill -9}
     * would stop it, the first time a write reaches it.
     */
    public static final String HALT_AT = "stikg.test.patch-log.halt-at";
    /** The exit status of a process halted by {@link #HALT_AT}. */
    public static final int HALTED = 86;
    private static final String SUFFIX = ".patch";
    private static final String PENDING = ".pending";
    private static final String LOG_ID = "log-id";
    private static final Logger LOG = LoggerFactory.getLogger(PatchLog.class);

    private final Path dir;
    private final String logId;
    private final int retain;
    private final Node recordGraph;
    private final ThreadLocal<Long> appendedHere = new ThreadLocal<>();
    private long first;
    private long last;
    /** The number of the patch written ahead of the commit under way, if any. */
    private Long staged;
    /** A patch written ahead of a commit that failed: whether the store holds it is read before the next write. */
    private Long unsettled;

    private PatchLog(Path dir, String logId, int retain, Node recordGraph, long first, long last) {
        this.dir = dir;
        this.logId = logId;
        this.retain = retain;
        this.recordGraph = recordGraph;
        this.first = first;
        this.last = last;
    }

    /**
     * Opens the log in {@code dir} (creating it, with a new log id, when it does not exist yet) for the writer whose
     * store is {@code store}: finishes or drops what a crash left pending, and refuses a log that does not end where
     * the store's record says (patches lost, or a store that is not the one the log describes).
     */
    public static PatchLog open(Path dir, int retain, DatasetGraph store, Graphs graphs) {
        if (retain < 1) {
            throw new IllegalArgumentException("a log keeps at least one patch");
        }
        Node recordGraph = NodeFactory.createURI(graphs.replication());
        try {
            Files.createDirectories(dir);
            Path idFile = dir.resolve(LOG_ID);
            if (!Files.isRegularFile(idFile)) {
                writeDurably(dir, LOG_ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            }
            String logId = Files.readString(idFile, StandardCharsets.UTF_8).trim();
            List<Long> numbers = new ArrayList<>();
            List<Long> pending = new ArrayList<>();
            try (Stream<Path> list = Files.list(dir)) {
                for (Path p : list.toList()) {
                    String n = p.getFileName().toString();
                    if (n.endsWith(".tmp")) {
                        Files.delete(p); // the log id, or a patch of an older version, cut short: never announced
                    } else if (n.endsWith(SUFFIX + PENDING)) {
                        pending.add(Long.parseLong(n.substring(0, n.length() - SUFFIX.length() - PENDING.length())));
                    } else if (n.endsWith(SUFFIX)) {
                        numbers.add(Long.parseLong(n.substring(0, n.length() - SUFFIX.length())));
                    }
                }
            }
            numbers.sort(null);
            pending.sort(null);
            long last = numbers.isEmpty() ? 0 : numbers.get(numbers.size() - 1);
            long first = numbers.isEmpty() ? 1 : numbers.get(0);
            if (!numbers.isEmpty() && last - first + 1 != numbers.size()) {
                throw new StikgException("the patch log " + dir + " has a gap between patch " + first + " and " + last
                        + ": it was edited by hand; move it away to start a new log (replicas then resync)");
            }
            Optional<PatchId> record = Txn.calculateRead(store, () -> WriterRecord.read(store, recordGraph));
            PatchLog log = new PatchLog(dir, logId, retain, recordGraph, first, last);
            for (long n : pending) {
                log.settle(n, record);
            }
            log.checkAgainst(record);
            return log;
        } catch (IOException | NumberFormatException e) {
            throw new StikgException("cannot open the patch log " + dir + ": " + e.getMessage(), e);
        }
    }

    /** After a crash or a failed commit: keeps the pending patch {@code n} if the store holds it, else drops it. */
    private synchronized void settle(long n, Optional<PatchId> record) throws IOException {
        if (n == last + 1 && record.equals(Optional.of(new PatchId(logId, n)))) {
            promote(n);
            LOG.info("Patch {} was left pending after its write committed: kept", n);
        } else {
            Files.deleteIfExists(pendingFile(n));
            LOG.info("Patch {} was left pending by a write that never committed: dropped", n);
        }
    }

    /** The log must end with the patch the store records last: then it holds every write the store holds, no more. */
    private void checkAgainst(Optional<PatchId> record) {
        String moveAway = ": move the log folder away to start a new log (replicas then resync)";
        if (record.isPresent() && record.get().log().equals(logId)) {
            long r = record.get().number();
            if (r > last) {
                throw new StikgException("the patch log " + dir + " ends at patch " + last + " but the store holds "
                        + "the writes up to patch " + r + ": patches were removed from the log" + moveAway);
            }
            if (r < last) {
                throw new StikgException("the patch log " + dir + " goes on to patch " + last + " but the store "
                        + "holds the writes only up to patch " + r + " (a store put back from an older copy?)" + moveAway);
            }
        } else if (last > 0) {
            throw new StikgException("the patch log " + dir + " holds patches up to " + last + " that the store does "
                    + "not record (" + record.map(r -> "its writes were logged in another log, " + r.log())
                    .orElse("a store built afresh, or written by a version without the write-ahead log") + ")"
                    + moveAway);
        }
    }

    public String logId() {
        return logId;
    }

    /** The id of the latest patch, or number 0 when the log is empty. */
    public synchronized PatchId last() {
        return new PatchId(logId, last);
    }

    /** The number of the oldest patch still kept (one more than {@link #last()} when none is kept). */
    public synchronized long first() {
        return first;
    }

    /** The number of the patch the calling thread appended last, if it appended one; cleared by the call. */
    public OptionalLong takeAppendedHere() {
        Long n = appendedHere.get();
        appendedHere.remove();
        return n == null ? OptionalLong.empty() : OptionalLong.of(n);
    }

    /**
     * Steps 1 and 2: the change as the next patch, written to its pending file and forced to disk, then recorded in
     * {@code store}, inside the write's transaction. A change with no quad in it is not logged.
     */
    @Override
    public synchronized void beforeCommit(DatasetGraph store, RDFPatch userChange, String buildId) {
        if (unsettled != null) {
            long n = unsettled;
            try {
                settle(n, WriterRecord.read(store, recordGraph)); // this transaction has not written the record yet
            } catch (IOException e) {
                throw new StikgException("cannot settle patch " + n + " in the patch log " + dir + ": " + e.getMessage(), e);
            }
            unsettled = null;
        }
        staged = null;
        long n = last + 1;
        byte[] text = patchText(userChange, buildId, new PatchId(logId, n));
        if (text == null) {
            return;
        }
        Path pending = pendingFile(n);
        try {
            writeForced(pending, text);
            forceFolder(dir);
        } catch (IOException e) {
            deleteQuietly(pending);
            throw new StikgException("cannot write ahead to the patch log " + dir + ": " + e.getMessage(), e);
        }
        reach("pending-written");
        try {
            WriterRecord.write(store, recordGraph, new PatchId(logId, n));
        } catch (RuntimeException e) {
            deleteQuietly(pending);
            throw e;
        }
        staged = n;
        reach("recorded");
    }

    /** Step 4: the committed patch takes its final name, and readers waiting for it are told. */
    @Override
    public synchronized void committed(RDFPatch userChange, String buildId) {
        if (staged == null) {
            return;
        }
        long n = staged;
        staged = null;
        reach("committed");
        try {
            promote(n);
        } catch (IOException e) {
            unsettled = n; // committed: the next write (or the next start) renames it, from the store's record
            throw new StikgException("cannot rename patch " + n + " in the patch log " + dir + ": " + e.getMessage(), e);
        }
        reach("renamed");
        appendedHere.set(n);
    }

    @Override
    public synchronized void commitFailed() {
        if (staged != null) {
            unsettled = staged;
            staged = null;
        }
    }

    /** A pending patch whose write committed becomes the log's last one. */
    private void promote(long n) throws IOException {
        try {
            Files.move(pendingFile(n), dir.resolve(fileName(n)), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + dir + " cannot rename atomically", e);
        }
        forceFolder(dir);
        last = n;
        if (last - first + 1 > retain) {
            prune();
        }
        notifyAll();
    }

    /** The change as the text of patch {@code id}, or null when it has no quad. */
    private static byte[] patchText(RDFPatch change, String buildId, PatchId id) {
        RDFChangesCollector body = new RDFChangesCollector();
        int[] quads = {0};
        body.txnBegin();
        change.apply(new QuadsOnly(body, quads));
        body.txnCommit();
        if (quads[0] == 0) {
            return null;
        }
        Map<String, Node> header = new LinkedHashMap<>();
        header.put(RDFPatchConst.ID, id.node());
        header.put(RDFPatchConst.PREV, id.previous().node());
        header.put(BUILD, NodeFactory.createLiteralString(buildId));
        RDFPatch patch = RDFPatchOps.withHeader(new PatchHeader(header), body.getRDFPatch());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFPatchOps.write(out, patch);
        return out.toByteArray();
    }

    /** Test hook ({@link #HALT_AT}): reading a property changes nothing unless a crash test set it. */
    private static void reach(String step) {
        if (step.equals(System.getProperty(HALT_AT))) {
            Runtime.getRuntime().halt(HALTED);
        }
    }

    /** Waits until a patch after {@code number} exists, or {@code max} has passed. */
    public synchronized void awaitAfter(long number, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (last <= number) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** The text of the patches after {@code number}, at most {@code max} of them, in order; empty when none. */
    public List<byte[]> after(long number, int max) {
        long from;
        long to;
        synchronized (this) {
            from = Math.max(number + 1, first);
            to = Math.min(last, number + max);
        }
        List<byte[]> out = new ArrayList<>();
        for (long n = from; n <= to; n++) {
            try {
                out.add(Files.readAllBytes(dir.resolve(fileName(n))));
            } catch (IOException e) {
                break; // pruned meanwhile: the replica asks again and learns where the log starts now
            }
        }
        return out;
    }

    private void prune() {
        while (last - first + 1 > retain) {
            try {
                Files.deleteIfExists(dir.resolve(fileName(first)));
            } catch (IOException e) {
                return; // kept longer than asked: harmless
            }
            first++;
        }
    }

    private static String fileName(long n) {
        return String.format("%019d", n) + SUFFIX;
    }

    private Path pendingFile(long n) {
        return dir.resolve(fileName(n) + PENDING);
    }

    private static void writeForced(Path file, byte[] content) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    private static void forceFolder(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // some platforms cannot open a folder for syncing; the rename is still atomic
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a pending file left behind is dropped when the log is next opened: the store does not record it
        }
    }

    /** Writes a file whole or not at all: a temporary file forced to disk, an atomic rename, the folder forced. */
    private static void writeDurably(Path dir, String name, byte[] content) throws IOException {
        Path tmp = dir.resolve(name + ".tmp");
        writeForced(tmp, content);
        try {
            Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + dir + " cannot rename atomically", e);
        }
        forceFolder(dir);
    }
}
