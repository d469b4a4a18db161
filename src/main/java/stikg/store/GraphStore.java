package stikg.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.query.Dataset;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.FSDirectory;
import stikg.diag.StikgException;
import stikg.diag.UnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open stikg store: a TDB2 database with its text index, whose default graph is the union of its named
 * graphs. Close it to release the database lock.
 */
public final class GraphStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GraphStore.class);

    private final Path databaseDir;
    private final DatasetGraph base;
    private final Dataset dataset;

    /** Writes committed since the database was opened, counted after each commit is visible to new readers. */
    private final AtomicLong commits = new AtomicLong();

    private GraphStore(Path databaseDir, DatasetGraph base, Dataset dataset) {
        this.databaseDir = databaseDir;
        this.base = base;
        this.dataset = dataset;
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(base);
        TransactionListener counter = new TransactionListener() {
            @Override
            public void notifyCommitFinish(Transaction txn) {
                if (txn.isWriteTxn()) {
                    commits.incrementAndGet();
                }
            }
        };
        // TDB2 lets its listeners change only while no transaction runs: none does yet, the database just opened
        coordinator.modifyConfig(() -> coordinator.addListener(counter));
    }

    /** Opens (creating if needed) the database in {@code databaseDir}: {@code tdb2/} and {@code lucene/} inside. */
    static GraphStore openDatabase(Path databaseDir) {
        try {
            Files.createDirectories(databaseDir.resolve("lucene"));
            DatasetGraph tdb;
            long cut = TornJournal.mend(databaseDir.resolve("tdb2"));
            if (cut > 0) {
                LOG.warn("The store's journal ended in an entry a crash cut off ({} bytes of a transaction that had "
                        + "not committed); it was dropped", cut);
            }
            try {
                tdb = DatabaseMgr.connectDatasetGraph(databaseDir.resolve("tdb2").toString());
            } catch (org.apache.jena.dboe.DBOpEnvException e) {
                throw held(databaseDir, e);
            }
            tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
            TextIndex index = new WriterOwnedTextIndex(TextDatasetFactory.createLuceneIndex(
                    FSDirectory.open(databaseDir.resolve("lucene")), TextIndexSpec.config()));
            Dataset text = TextDatasetFactory.create(org.apache.jena.query.DatasetFactory.wrap(tdb), index, true);
            text.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new GraphStore(databaseDir, tdb, text);
        } catch (IOException e) {
            throw new StikgException("cannot open the store at " + databaseDir + ": " + e.getMessage(), e);
        }
    }

    /** The store is open in another process: say which, and what to do. */
    private static UnavailableException held(Path databaseDir, RuntimeException cause) {
        Path root = databaseDir.getParent();
        String by = ServerRecord.read(root).map(r -> "a running 'stikg serve' (pid " + r.pid() + ", " + r.url() + ")")
                .orElse("another stikg process");
        return new UnavailableException("the store " + root + " is held by " + by
                + ": stop it first, or give another --store", cause);
    }

    /** The dataset with text indexing, for queries and for writes that must keep the index in step. */
    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    public Path databaseDir() {
        return databaseDir;
    }

    /** Triples per named graph, in graph-name order. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        Txn.executeRead(base, () -> base.listGraphNodes().forEachRemaining(g ->
                counts.put(g.getURI(), (long) base.getGraph(g).size())));
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.keySet().stream().sorted().forEach(k -> sorted.put(k, counts.get(k)));
        return sorted;
    }

    /**
     * Replaces one named graph with the triples of an N-Triples file (gzip-compressed when its name ends in
     * {@code .gz}), read as a stream in one write transaction: on any error the graph keeps what it had, and the
     * file is never held in memory. The text index follows. Returns the graph's new size.
     */
    public long replaceGraph(String graphIri, Path ntriples) {
        Node name = NodeFactory.createURI(graphIri);
        DatasetGraph dsg = datasetGraph();
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            addTriples(dsg, name, ntriples);
        });
        return Txn.calculateRead(base, () -> (long) base.getGraph(name).size());
    }

    /** Streams the triples of an N-Triples file (gzipped if named *.gz) into a named graph; the caller holds a write transaction. */
    static void addTriples(DatasetGraph dsg, Node graph, Path ntriples) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(ntriples), 1 << 16);
             InputStream in = ntriples.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
                }
            });
        } catch (IOException e) {
            throw new StikgException("cannot read " + ntriples + ": " + e.getMessage(), e);
        } catch (RiotException e) {
            throw new StikgException(ntriples + ": not N-Triples: " + e.getMessage(), e);
        }
    }

    /** Copies into memory, by name, the named graphs whose IRI {@code select} accepts. */
    public Map<String, org.apache.jena.graph.Graph> copyGraphs(java.util.function.Predicate<String> select) {
        Map<String, org.apache.jena.graph.Graph> out = new LinkedHashMap<>();
        Txn.executeRead(base, () -> base.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && select.test(g.getURI())) {
                org.apache.jena.graph.Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                base.getGraph(g).find().forEachRemaining(copy::add);
                out.put(g.getURI(), copy);
            }
        }));
        return out;
    }

    /** The file that says the inferred graph was written in the same commit as what it follows from. */
    private static final String INFERENCE_IN_STEP = "inference-in-step";

    /**
     * Whether this database's inferred graph is known to follow from its asserted graphs: true for a database a
     * build wrote, and after {@link #markInferenceInStep}; a database written by a version that refreshed the
     * inferred graph after a write's commit (and may have stopped between the two) must be checked once.
     */
    public boolean inferenceInStep() {
        return Files.isRegularFile(databaseDir.resolve(INFERENCE_IN_STEP));
    }

    /** Records that the inferred graph follows from the asserted ones (every later write keeps it so, atomically). */
    public void markInferenceInStep() {
        markInferenceInStep(databaseDir);
    }

    static void markInferenceInStep(Path databaseDir) {
        try {
            Files.writeString(databaseDir.resolve(INFERENCE_IN_STEP),
                    "the inferred graph is written in the same transaction as what it follows from\n");
        } catch (IOException e) {
            // checked again at the next start
        }
    }

    /**
     * The state of the data a transaction begun now would see. A write is counted only once its commit is visible
     * (the text index's commit included), so a reader that sees the same version before and after its work saw
     * exactly that state, or overlapped the write that ended it.
     */
    public DataVersion version() {
        return new DataVersion(this, commits.get());
    }

    /** The fingerprint of the inputs this database was built from, if it was built by stikg. */
    public Optional<String> fingerprint() {
        return StoreLocation.readFingerprint(databaseDir);
    }

    @Override
    public void close() {
        dataset.close();
        // releases the database lock so the same process can open the location again (tests, rebuilds)
        TDBInternal.expel(base);
    }
}
