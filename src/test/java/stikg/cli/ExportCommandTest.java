package stikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.pipeline.Fixture;
import stikg.store.GraphStore;

/** Every export format, read back by another RDF library (RDF4J Rio), says exactly what the store holds. */
class ExportCommandTest {

    @TempDir
    static Path dir;

    static DatasetGraph held = DatasetGraphFactory.createGeneral();

    @BeforeAll
    static void build() {
        try (GraphStore store = Fixture.buildInto(dir.resolve("store")).open()) {
            DatasetGraph dsg = store.datasetGraph();
            Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(g -> {
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getGraph(g).find().forEachRemaining(copy::add);
                held.addGraph(g, copy);
            }));
        }
    }

    /** What Rio read, handed back to Jena through Rio's own N-Quads writer. */
    private static DatasetGraph asJena(Model m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rio.write(m, out, RDFFormat.NQUADS);
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFDataMgr.read(dsg, new ByteArrayInputStream(out.toByteArray()), Lang.NQUADS);
        return dsg;
    }

    private static Model exportAndRead(String format, RDFFormat rioFormat, String... extra) throws Exception {
        Path out = dir.resolve("dump-" + format + extra.length + "." + format);
        String[] args = new String[] {"export", "--store", dir.resolve("store").toString(), "--format", format,
            "--out", out.toString()};
        MainTest.Result r = MainTest.run(java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.Arrays.stream(extra)).toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        try (InputStream in = Files.newInputStream(out)) {
            return Rio.parse(in, "", rioFormat);
        }
    }

    @Test
    void givenTheStore_whenExportedAsNQuadsTrigAndJsonLd_thenRioReadsBackEveryGraphIsomorphically() throws Exception {
        for (String format : new String[] {"nquads", "trig", "jsonld"}) {
            RDFFormat rio = switch (format) {
                case "nquads" -> RDFFormat.NQUADS;
                case "trig" -> RDFFormat.TRIG;
                default -> RDFFormat.JSONLD;
            };
            DatasetGraph read = asJena(exportAndRead(format, rio));
            assertEquals(held.stream().count(), read.stream().count(), format);
            held.listGraphNodes().forEachRemaining(g -> assertTrue(
                    held.getGraph(g).isIsomorphicWith(read.getGraph(g)), format + ": graph " + g + " differs"));
        }
    }

    @Test
    void givenTheStore_whenExportedAsTurtle_thenRioReadsBackTheUnionOfTheGraphs() throws Exception {
        DatasetGraph read = asJena(exportAndRead("turtle", RDFFormat.TURTLE));
        Graph union = GraphFactory.createDefaultGraph();
        held.find().forEachRemaining(q -> union.add(q.asTriple()));
        assertTrue(union.isIsomorphicWith(read.getDefaultGraph()));
    }

    @Test
    void givenOneGraph_whenExported_thenOnlyThatGraphIsWritten() throws Exception {
        String lexicon = "https://w3id.org/stikg/graph/lexicon";
        DatasetGraph read = asJena(exportAndRead("nquads", RDFFormat.NQUADS, "--graph", lexicon));
        assertEquals(1, read.size());
        assertTrue(held.getGraph(org.apache.jena.graph.NodeFactory.createURI(lexicon))
                .isIsomorphicWith(read.getGraph(org.apache.jena.graph.NodeFactory.createURI(lexicon))));
    }
}
