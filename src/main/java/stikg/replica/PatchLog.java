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
import stikg.diag.StikgException;

/**
 * The writer's log: every committed change to user graphs, as one RDF Patch file per write, numbered in commit
 * order, each with {@code id}, {@code prev} and {@code build} in its header. A file is written to a temporary
 * name, forced to disk and renamed atomically (the folder forced too), so a patch appears whole or not at all and
 * a patch that was announced survives a crash. The oldest patches beyond {@code retain} are dropped; a replica that
 * needs one of them loads a snapshot instead.
 */
public final class PatchLog implements stikg.serve.WriteListener {

    /** The header naming the build the writer held when the change committed. */
    public static final String BUILD = "build";
    private static final String SUFFIX = ".patch";
    private static final String LOG_ID = "log-id";

    private final Path dir;
    private final String logId;
    private final int retain;
    private final ThreadLocal<Long> appendedHere = new ThreadLocal<>();
    private long first;
    private long last;

    private PatchLog(Path dir, String logId, int retain, long first, long last) {
        this.dir = dir;
        this.logId = logId;
        this.retain = retain;
        this.first = first;
        this.last = last;
    }

    /** Opens the log in {@code dir}, creating it (with a new log id) when it does not exist yet. */
    public static PatchLog open(Path dir, int retain) {
        if (retain < 1) {
            throw new IllegalArgumentException("a log keeps at least one patch");
        }
        try {
            Files.createDirectories(dir);
            Path idFile = dir.resolve(LOG_ID);
            if (!Files.isRegularFile(idFile)) {
                writeDurably(dir, LOG_ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            }
            String logId = Files.readString(idFile, StandardCharsets.UTF_8).trim();
            List<Long> numbers = new ArrayList<>();
            try (Stream<Path> list = Files.list(dir)) {
                for (Path p : list.toList()) {
                    String n = p.getFileName().toString();
                    if (n.endsWith(".tmp")) {
                        Files.delete(p); // a write that never completed: its patch was never announced
                    } else if (n.endsWith(SUFFIX)) {
                        numbers.add(Long.parseLong(n.substring(0, n.length() - SUFFIX.length())));
                    }
                }
            }
            numbers.sort(null);
            long last = numbers.isEmpty() ? 0 : numbers.get(numbers.size() - 1);
            long first = numbers.isEmpty() ? 1 : numbers.get(0);
            if (!numbers.isEmpty() && last - first + 1 != numbers.size()) {
                throw new StikgException("the patch log " + dir + " has a gap between patch " + first + " and " + last
                        + ": it was edited by hand; move it away to start a new log (replicas then resync)");
            }
            return new PatchLog(dir, logId, retain, first, last);
        } catch (IOException | NumberFormatException e) {
            throw new StikgException("cannot open the patch log " + dir + ": " + e.getMessage(), e);
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

    @Override
    public void committed(RDFPatch userChange, String buildId) {
        append(userChange, buildId);
    }

    /** Appends a change as the next patch and returns its id; a change with no quad in it is not logged. */
    public synchronized PatchId append(RDFPatch change, String buildId) {
        RDFChangesCollector body = new RDFChangesCollector();
        int[] quads = {0};
        body.txnBegin();
        change.apply(new QuadsOnly(body, quads));
        body.txnCommit();
        if (quads[0] == 0) {
            return last();
        }
        long n = last + 1;
        PatchId id = new PatchId(logId, n);
        Map<String, Node> header = new LinkedHashMap<>();
        header.put(RDFPatchConst.ID, id.node());
        header.put(RDFPatchConst.PREV, id.previous().node());
        header.put(BUILD, NodeFactory.createLiteralString(buildId));
        RDFPatch patch = RDFPatchOps.withHeader(new PatchHeader(header), body.getRDFPatch());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFPatchOps.write(out, patch);
        try {
            writeDurably(dir, fileName(n), out.toByteArray());
        } catch (IOException e) {
            throw new StikgException("cannot append to the patch log " + dir + ": " + e.getMessage(), e);
        }
        last = n;
        appendedHere.set(n);
        if (last - first + 1 > retain) {
            prune();
        }
        notifyAll();
        return id;
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

    /** Writes a file whole or not at all: a temporary file forced to disk, an atomic rename, the folder forced. */
    private static void writeDurably(Path dir, String name, byte[] content) throws IOException {
        Path tmp = dir.resolve(name + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        try {
            Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + dir + " cannot rename atomically", e);
        }
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // some platforms cannot open a folder for syncing; the rename is still atomic
        }
    }
}
