package stikg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import stikg.diag.StikgException;
import stikg.diag.UnavailableException;

/**
 * The folder of a store. It holds numbered databases and a {@code CURRENT} file naming the live one. A
 * rebuild fills a fresh database (with TDB2's bulk loader, see {@link FreshDatabaseWriter}) and then switches
 * {@code CURRENT} with one atomic rename, so a build that fails at any point leaves the live database exactly as it was.
 *
 * <p>Graphs imported from external dumps ({@code stikg link import}) are not built from the curated files: the
 * folder {@code linked/} keeps the filtered extract of each (gzipped N-Triples named after its graph), and every
 * rebuild loads them again, so an import survives rebuilds until its extract is deleted.
 */
public final class StoreLocation {

    private static final String CURRENT = "CURRENT";
    private static final String FINGERPRINT = "fingerprint";
    private static final String IMPORTED = "linked";
    private static final String EXTRACT_SUFFIX = ".nt.gz";

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
        Path db = currentDatabase().orElseThrow(() -> new UnavailableException("no graph has been built in " + root
                + " yet: run './stikg build' (or './stikg serve', which builds) first"));
        return GraphStore.openDatabase(db);
    }

    /** The fingerprint of the live database's inputs, if any. */
    public Optional<String> fingerprint() {
        return currentDatabase().flatMap(StoreLocation::readFingerprint);
    }

    /** The folder that keeps the extract of every graph imported into this store. */
    public Path importedDir() {
        return root.resolve(IMPORTED);
    }

    /** Where the extract of the imported graph {@code graphIri} is kept. */
    public Path importedExtract(String graphIri) {
        return importedDir().resolve(URLEncoder.encode(graphIri, StandardCharsets.UTF_8) + EXTRACT_SUFFIX);
    }

    /** The imported graphs of this store, by graph IRI, with the extract each is loaded from. */
    public Map<String, Path> importedGraphs() {
        Map<String, Path> out = new LinkedHashMap<>();
        if (!Files.isDirectory(importedDir())) {
            return out;
        }
        try (Stream<Path> list = Files.list(importedDir())) {
            list.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(EXTRACT_SUFFIX) && !n.startsWith(".");
            }).sorted().forEach(p -> {
                String n = p.getFileName().toString();
                out.put(URLDecoder.decode(n.substring(0, n.length() - EXTRACT_SUFFIX.length()), StandardCharsets.UTF_8), p);
            });
        } catch (IOException e) {
            throw new StikgException("cannot list " + importedDir() + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Keeps {@code extract} (moved, replacing an earlier one) as the extract of the imported graph {@code graphIri}. */
    public void keepImported(String graphIri, Path extract) {
        try {
            Files.createDirectories(importedDir());
            Path target = importedExtract(graphIri);
            try {
                Files.move(extract, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(extract, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StikgException("cannot keep the extract of " + graphIri + " in " + importedDir() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Replaces the whole content of the store with {@code graphs}, plus the imported graphs kept in
     * {@link #importedDir()} that {@code graphs} does not name. Nothing the live database holds changes unless
     * every graph was written and committed. No other process may hold the store.
     */
    public void replace(Map<String, Graph> graphs, String fingerprint) {
        Path fresh = writeDatabase(graphs, fingerprint);
        switchTo(fresh);
        removeOldDatabases(fresh);
    }

    /**
     * Rebuilds the store, carrying its user graphs over: reads the user graphs of the live database (every graph
     * {@code isBuilt} rejects), has {@code fill} hand everything the new database holds given them (the user graphs
     * included) to a {@link GraphSink}, which writes each graph on another thread as soon as it is handed over, and
     * switches to the new database with one atomic rename once {@code fill} returned and the writing is committed.
     * If {@code fill} throws (a check failed), the new database is abandoned. A crash at any point leaves either the
     * old database with its user graphs or the new one with them. No other process may hold the store (a running
     * server rebuilds through {@link LiveStore#rebuild}).
     */
    public void rebuild(Predicate<String> isBuilt, BiConsumer<Map<String, Graph>, GraphSink> fill, String fingerprint) {
        Map<String, Graph> user = new LinkedHashMap<>();
        if (hasDatabase()) {
            try (GraphStore live = open()) {
                user = live.copyGraphs(isBuilt.negate());
            }
        }
        Map<String, Graph> userGraphs = user;
        Path fresh = writeDatabase(sink -> fill.accept(userGraphs, sink), fingerprint);
        switchTo(fresh);
        removeOldDatabases(fresh);
    }

    /**
     * Writes a complete new database beside the live one (which it does not touch) and returns its folder; the
     * caller switches to it with {@link #switchTo(Path)}. On any error the new folder is deleted.
     */
    Path writeDatabase(Map<String, Graph> graphs, String fingerprint) {
        return writeDatabase(sink -> graphs.forEach(sink::put), fingerprint);
    }

    /**
     * {@link #writeDatabase(Map, String)} with the graphs handed over by {@code fill} as they are made; they are
     * written while {@code fill} still runs. On any error, {@code fill}'s included, the new folder is deleted.
     */
    Path writeDatabase(Consumer<GraphSink> fill, String fingerprint) {
        Path fresh = nextDatabase();
        try {
            try (ConcurrentDatabaseWrite write = new ConcurrentDatabaseWrite(fresh, importedGraphs())) {
                fill.accept(write);
                write.finish();
            }
            GraphStore.markInferenceInStep(fresh);
            // written last: a folder without it is an unfinished build, never switched to
            Files.writeString(fresh.resolve(FINGERPRINT), fingerprint, StandardCharsets.UTF_8);
            return fresh;
        } catch (IOException e) {
            deleteQuietly(fresh);
            throw new StikgException("cannot write the store in " + root + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(fresh);
            throw e;
        }
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

    /** Makes {@code db} the live database with one atomic rename of the pointer file. */
    void switchTo(Path db) {
        try {
            Path tmp = root.resolve(CURRENT + ".tmp");
            Files.writeString(tmp, db.getFileName().toString(), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(db);
            throw new StikgException("cannot switch the store in " + root + " to the new database: " + e.getMessage(), e);
        }
    }

    /** Deletes every database folder but {@code keep}: old ones and unfinished ones a crash left behind. */
    void removeOldDatabases(Path keep) {
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
