package stikg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import stikg.diag.StikgException;

/**
 * The folder of a store. It holds numbered databases and a {@code CURRENT} file naming the live one. A
 * rebuild fills a fresh database in one write transaction and then switches {@code CURRENT} with one atomic
 * rename, so a build that fails at any point leaves the live database exactly as it was.
 */
public final class StoreLocation {

    private static final String CURRENT = "CURRENT";
    private static final String FINGERPRINT = "fingerprint";

    private final Path root;

    public StoreLocation(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The live database folder, if a build has completed here. */
    public Optional<Path> currentDatabase() {
        Path pointer = root.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        try {
            Path db = root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).trim());
            return Files.isDirectory(db) ? Optional.of(db) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean hasDatabase() {
        return currentDatabase().isPresent();
    }

    /** Opens the live database; fails with a clear message when there is none yet. */
    public GraphStore open() {
        Path db = currentDatabase().orElseThrow(() -> new StikgException("no graph has been built in " + root
                + " yet: run './stikg build' first"));
        return GraphStore.openDatabase(db);
    }

    /** The fingerprint of the live database's inputs, if any. */
    public Optional<String> fingerprint() {
        return currentDatabase().flatMap(StoreLocation::readFingerprint);
    }

    /**
     * Replaces the whole content of the store with {@code graphs}. Nothing the live database holds changes
     * unless every graph was written and committed.
     */
    public void replace(Map<String, Graph> graphs, String fingerprint) {
        Path fresh = nextDatabase();
        try {
            try (GraphStore store = GraphStore.openDatabase(fresh)) {
                DatasetGraph dsg = store.datasetGraph();
                Txn.executeWrite(dsg, () -> {
                    for (Map.Entry<String, Graph> e : graphs.entrySet()) {
                        Node name = NodeFactory.createURI(e.getKey());
                        Iterator<Triple> it = e.getValue().find();
                        while (it.hasNext()) {
                            Triple t = it.next();
                            dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
                        }
                    }
                });
            }
            Files.writeString(fresh.resolve(FINGERPRINT), fingerprint, StandardCharsets.UTF_8);
            switchTo(fresh);
        } catch (IOException e) {
            deleteQuietly(fresh);
            throw new StikgException("cannot write the store in " + root + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(fresh);
            throw e;
        }
        removeOldDatabases(fresh);
    }

    private Path nextDatabase() {
        try {
            Files.createDirectories(root);
            int next = 1;
            try (Stream<Path> list = Files.list(root)) {
                next += list.map(p -> p.getFileName().toString()).filter(n -> n.matches("db-\\d+"))
                        .mapToInt(n -> Integer.parseInt(n.substring(3))).max().orElse(0);
            }
            return root.resolve("db-" + next);
        } catch (IOException e) {
            throw new StikgException("cannot create the store folder " + root + ": " + e.getMessage(), e);
        }
    }

    private void switchTo(Path db) throws IOException {
        Path tmp = root.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, db.getFileName().toString(), StandardCharsets.UTF_8);
        try {
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void removeOldDatabases(Path keep) {
        try (Stream<Path> list = Files.list(root)) {
            list.filter(p -> p.getFileName().toString().matches("db-\\d+") && !p.equals(keep))
                    .forEach(StoreLocation::deleteQuietly);
        } catch (IOException e) {
            // an old database left behind wastes space but harms nothing
        }
    }

    static Optional<String> readFingerprint(Path db) {
        Path f = db.resolve(FINGERPRINT);
        try {
            return Files.isRegularFile(f) ? Optional.of(Files.readString(f, StandardCharsets.UTF_8).trim())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: the folder is not live
        }
    }
}
