package stikg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndex;

/**
 * Adds Lucene documents to a fresh text index on a thread of its own, so that analysing labels (CJK bigrams,
 * stored values) runs beside the TDB2 load instead of after each quad. The queue holds at most
 * {@value #QUEUED_BATCHES} batches of {@value #BATCH} documents: when the indexer falls behind, the loader
 * waits rather than the heap growing.
 */
final class BackgroundTextIndexer implements AutoCloseable {

    private static final int BATCH = 512;
    private static final int QUEUED_BATCHES = 32;
    private static final List<Entity> END = List.of();

    private final TextIndex text;
    private final BlockingQueue<List<Entity>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Thread thread;
    private List<Entity> batch = new ArrayList<>(BATCH);
    private volatile Throwable failure;
    private volatile boolean discard;
    private boolean ended;

    BackgroundTextIndexer(TextIndex text) {
        this.text = text;
        thread = new Thread(this::run, "stikg-text-index");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                List<Entity> next = queue.take();
                if (next == END) {
                    return;
                }
                if (failure == null && !discard) {
                    try {
                        next.forEach(text::addEntity);
                    } catch (RuntimeException | Error e) {
                        // keeps taking batches so that the loader never waits on a full queue; it sees the failure
                        failure = e;
                    }
                }
            }
        } catch (InterruptedException e) {
            failure = e;
        }
    }

    void add(Entity e) {
        batch.add(e);
        if (batch.size() == BATCH) {
            send(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    private void send(List<Entity> b) {
        rethrowFailure();
        try {
            queue.put(b);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing labels", e);
        }
    }

    /** Waits until every document added is in the index (not committed yet); throws what indexing threw. */
    void finish() {
        if (!batch.isEmpty()) {
            send(batch);
            batch = new ArrayList<>();
        }
        end();
        rethrowFailure();
    }

    private void end() {
        if (ended) {
            return;
        }
        ended = true;
        try {
            queue.put(END);
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
        }
    }

    private void rethrowFailure() {
        Throwable f = failure;
        if (f instanceof RuntimeException r) {
            throw r;
        }
        if (f instanceof Error err) {
            throw err;
        }
        if (f != null) {
            throw new IllegalStateException("label indexing stopped: " + f, f);
        }
    }

    /** Stops the thread; documents still queued are dropped (the caller abandons the index). */
    @Override
    public void close() {
        discard = true;
        queue.clear();
        end();
    }
}
