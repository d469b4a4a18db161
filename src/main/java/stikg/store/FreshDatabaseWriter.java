package stikg.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollector;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.FSDirectory;
import stikg.diag.StikgException;

/**
 * Fills a new, empty database folder ({@code tdb2/} and {@code lucene/}) in one pass: the quads get their node ids
 * as they come and the indexes are written sorted, bottom up, at the commit ({@link PackedQuadLoader}), and each
 * quad the text index covers becomes a Lucene document, exactly the document jena-text's
 * {@code TextDocProducerTriples} would write for it, added on a thread of its own ({@link BackgroundTextIndexer}).
 * Nothing is visible until {@link #commit()}; closing without a commit abandons the folder, which the caller
 * deletes.
 */
final class FreshDatabaseWriter implements AutoCloseable {

    /** The name TDB2 looks for in a storage folder to order query patterns by their counts. */
    private static final String STATS_FILE = "stats.opt";

    /** Indexes sorted and written at once at the commit. */
    private static final int INDEX_THREADS = 2;

    private final DatasetGraph tdb;
    private final PackedQuadLoader quads;
    private final TextIndex text;
    private final BackgroundTextIndexer indexer;
    private final StatsCollector stats = new StatsCollector();
    private boolean committed;

    FreshDatabaseWriter(Path databaseDir) {
        try {
            Files.createDirectories(databaseDir.resolve("lucene"));
            tdb = DatabaseMgr.connectDatasetGraph(databaseDir.resolve("tdb2").toString());
            text = TextDatasetFactory.createLuceneIndex(FSDirectory.open(databaseDir.resolve("lucene")),
                    TextIndexSpec.config());
        } catch (IOException e) {
            throw new StikgException("cannot create a database in " + databaseDir + ": " + e.getMessage(), e);
        }
        quads = new PackedQuadLoader(tdb);
        indexer = new BackgroundTextIndexer(text);
    }

    void add(Node g, Node s, Node p, Node o) {
        quads.add(g, s, p, o);
        stats.record(g, s, p, o);
        Entity e = TextQueryFuncs.entityFromQuad(text.getDocDef(), g, s, p, o);
        if (e != null) {
            indexer.add(e);
        }
    }

    void addGraph(Node name, Graph graph) {
        Iterator<Triple> it = graph.find();
        while (it.hasNext()) {
            Triple t = it.next();
            add(name, t.getSubject(), t.getPredicate(), t.getObject());
        }
    }

    /** Streams an N-Triples file (gzipped when named *.gz) into a named graph, never holding it in memory. */
    void addNTriples(Node name, Path ntriples) {
        Set<Triple> indexed = new HashSet<>(); // a repeated triple is stored once, so it is indexed once
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(ntriples), 1 << 16);
             InputStream in = ntriples.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    quads.add(name, t.getSubject(), t.getPredicate(), t.getObject());
                    stats.record(name, t.getSubject(), t.getPredicate(), t.getObject());
                    Entity e = TextQueryFuncs.entityFromQuad(text.getDocDef(), name, t.getSubject(), t.getPredicate(),
                            t.getObject());
                    if (e != null && indexed.add(t)) {
                        indexer.add(e);
                    }
                }
            });
        } catch (IOException e) {
            throw new StikgException("cannot read " + ntriples + ": " + e.getMessage(), e);
        } catch (RiotException e) {
            throw new StikgException(ntriples + ": not N-Triples: " + e.getMessage(), e);
        }
    }

    void commit() {
        // the six indexes two at a time: the sorting is the work, and this machine kind has two cores
        quads.finish(INDEX_THREADS);
        // TDB2 orders the patterns of a query by these counts (per property, per class) when it finds them in the
        // storage folder at open; without them it falls back to fixed guesses
        Stats.write(TDBInternal.getDatasetGraphTDB(tdb).getLocation().getPath(STATS_FILE), stats.results());
        indexer.finish();
        text.prepareCommit();
        text.commit();
        committed = true;
    }

    @Override
    public void close() {
        try {
            indexer.close();
            if (!committed) {
                try {
                    quads.abandon();
                } catch (RuntimeException e) {
                    // the folder is abandoned anyway
                }
                text.rollback();
            }
            text.close();
        } finally {
            // releases the database lock so the same process can open the location again
            TDBInternal.expel(tdb);
        }
    }
}
