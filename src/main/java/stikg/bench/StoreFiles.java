package stikg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import stikg.store.GraphStore;
import stikg.store.StoreLocation;

/** File work around stores: copies, deletion, N-Quads export, and a copy without the inferred graph. */
final class StoreFiles {

    private StoreFiles() {
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copy(Path from, Path to) {
        delete(to);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long size(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every quad of the store's named graphs as N-Quads; returns how many. */
    static long exportNQuads(StoreLocation store, Path file) {
        try (GraphStore gs = store.open(); OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            DatasetGraph dsg = gs.datasetGraph();
            long[] n = {0};
            Txn.executeRead(dsg, () -> {
                StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                w.start();
                Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (!q.isDefaultGraph()) {
                        w.quad(q);
                        n[0]++;
                    }
                }
                w.finish();
            });
            return n[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A new store holding every named graph of {@code store} but {@code graph}, written the way a build writes
     * (a fresh database through the bulk loader): much faster than deleting a large graph from a copy.
     */
    static StoreLocation copyWithoutGraph(StoreLocation store, Path to, String graph) {
        delete(to);
        Map<String, Graph> graphs = new LinkedHashMap<>();
        String fingerprint;
        try (GraphStore gs = store.open()) {
            DatasetGraph dsg = gs.datasetGraph();
            fingerprint = gs.fingerprint().orElse("");
            Txn.executeRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!q.isDefaultGraph() && !q.getGraph().getURI().equals(graph)) {
                    graphs.computeIfAbsent(q.getGraph().getURI(), g -> GraphFactory.createDefaultGraph())
                            .add(q.asTriple());
                }
            }));
        }
        StoreLocation copy = new StoreLocation(to);
        copy.replace(graphs, fingerprint);
        return copy;
    }

}
