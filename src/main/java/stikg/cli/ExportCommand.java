package stikg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import stikg.diag.StikgException;
import stikg.vocab.Graphs;

/** {@code stikg export}: a dump of the store in a standard syntax. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the store (every graph, or one with --graph) as N-Quads, TriG, Turtle or JSON-LD. "
                + "Turtle holds no graph names: with every graph it writes their union.")
final class ExportCommand implements Callable<Integer> {

    /** Export syntaxes. */
    enum Format { nquads, trig, turtle, jsonld }

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, description = "nquads, trig, turtle or jsonld.")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write.")
    Path out;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this named graph.")
    String graph;

    @Option(names = "--user-graphs", description = "Only the user graphs: what was written through the service, "
            + "which no rebuild can make again: the backup of a store (README, 'Backup and restore').")
    boolean userGraphs;

    @Override
    public Integer call() throws IOException {
        java.util.Optional<Integer> forwarded = common.forwardIfServed(spec);
        if (forwarded.isPresent()) {
            return forwarded.get();
        }
        if (userGraphs && graph != null) {
            throw new StikgException("--graph and --user-graphs exclude each other");
        }
        Path out = common.resolve(this.out);
        return common.withDataset(dsg -> {
            Path parent = out.getParent();
            if (parent != null) {
                try {
                    Files.createDirectories(parent);
                } catch (IOException e) {
                    throw new StikgException("cannot create " + parent + ": " + e.getMessage(), e);
                }
            }
            long[] count = {0};
            Txn.executeRead(dsg, () -> {
                try (OutputStream os = Files.newOutputStream(out)) {
                    DatasetGraph selection = select(dsg);
                    count[0] = selection.stream().count();
                    if (format == Format.turtle) {
                        RDFDataMgr.write(os, selection.getUnionGraph(), RDFFormat.TURTLE_BLOCKS);
                    } else {
                        RDFDataMgr.write(os, selection, switch (format) {
                            case nquads -> RDFFormat.NQUADS;
                            case trig -> RDFFormat.TRIG_BLOCKS;
                            default -> RDFFormat.JSONLD11;
                        });
                    }
                } catch (IOException e) {
                    throw new StikgException("cannot write " + out + ": " + e.getMessage(), e);
                }
            });
            spec.commandLine().getOut().println("Wrote " + count[0] + " quads to " + out + " (" + format + ").");
            return 0;
        });
    }

    private DatasetGraph select(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        if (userGraphs) {
            Graphs graphs = common.buildConfig().graphs();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (!graphs.isBuilt(g.getURI())) {
                    copy.addGraph(g, dsg.getGraph(g));
                }
            });
        } else if (graph == null) {
            dsg.listGraphNodes().forEachRemaining(g -> copy.addGraph(g, dsg.getGraph(g)));
        } else {
            var name = NodeFactory.createURI(graph);
            if (!dsg.containsGraph(name)) {
                throw new StikgException("the store has no graph <" + graph + ">");
            }
            copy.addGraph(name, dsg.getGraph(name));
        }
        return copy;
    }
}
