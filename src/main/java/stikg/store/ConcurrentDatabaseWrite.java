package stikg.store;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;

/**
 * Fills a fresh database on a thread of its own from graphs handed over while the rest of the build is still
 * compiling them (the caller validates and reasons while the loader writes what is done). Every TDB2 call happens
 * on that thread, as the bulk loader's transaction requires. The database is committed only on {@link #finish()};
 * {@link #close()} without it abandons the folder, which the caller deletes: the store is switched to it only
 * afterwards, so overlapping changes nothing about what a failed build leaves.
 */
final class ConcurrentDatabaseWrite implements GraphSink, AutoCloseable {

    private record Item(String name, Graph graph) {
    }

    private static final Item COMMIT = new Item(null, null);
    private static final Item ABANDON = new Item(null, null);

    // unbounded: a queued graph is one the compiler holds anyway, the queue adds only its entry
    private final BlockingQueue<Item> queue = new LinkedBlockingQueue<>();
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final Set<String> names = new HashSet<>();
    private final Thread thread;
    private boolean ended;

    /**
     * Starts writing into {@code databaseDir}; on commit the imported graphs ({@code imported}, by graph IRI) that
     * no graph handed over names are streamed from their extracts too.
     */
    ConcurrentDatabaseWrite(Path databaseDir, Map<String, Path> imported) {
        thread = new Thread(() -> run(databaseDir, imported), "stikg-store-write");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Path databaseDir, Map<String, Path> imported) {
        try (FreshDatabaseWriter writer = new FreshDatabaseWriter(databaseDir)) {
            Set<String> written = new HashSet<>();
            while (true) {
                Item item = queue.take();
                if (item == ABANDON) {
                    done.complete(null);
                    return;
                }
                if (item == COMMIT) {
                    break;
                }
                writer.addGraph(NodeFactory.createURI(item.name()), item.graph());
                written.add(item.name());
            }
            for (Map.Entry<String, Path> e : imported.entrySet()) {
                if (!written.contains(e.getKey())) {
                    writer.addNTriples(NodeFactory.createURI(e.getKey()), e.getValue());
                }
            }
            writer.commit();
            done.complete(null);
        } catch (Throwable t) {
            done.completeExceptionally(t);
        }
    }

    /** Queues {@code graph} for writing; throws at once what the writing thread failed with, if it did. */
    @Override
    public void put(String graphIri, Graph graph) {
        if (ended) {
            throw new IllegalStateException("the database is already written");
        }
        if (!names.add(graphIri)) {
            throw new IllegalArgumentException("graph " + graphIri + " handed over twice");
        }
        if (done.isDone()) {
            await();
        }
        queue.add(new Item(graphIri, graph));
    }

    /** Writes what is left, commits the new database and waits until it is on disk; throws what the writing threw. */
    void finish() {
        ended = true;
        queue.add(COMMIT);
        await();
    }

    private void await() {
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the store", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("writing the store failed: " + cause, cause);
        }
    }

    /** Without {@link #finish()} first: stops the writing without a commit and waits until the thread let go. */
    @Override
    public void close() {
        if (!ended) {
            ended = true;
            queue.clear();
            queue.add(ABANDON);
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
