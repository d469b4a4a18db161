package stikg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.RDF;
import stikg.diag.InvalidInputException;
import stikg.diag.Location;
import stikg.diag.Problem;
import stikg.vocab.Sti;

/** Checks the built graph against {@code ontology/shapes.ttl}; a violation names the curated file and line. */
final class ShaclGate {

    private final Shapes shapes;

    ShaclGate(Path shapesFile) {
        this.shapes = Shapes.parse(RDFDataMgr.loadGraph(shapesFile.toString()));
    }

    /**
     * Throws listing every violation; the provenance (asked for only then) is searched for where each focus node
     * was written.
     */
    void check(Graph data, Supplier<Graph> provenanceOnFailure) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        if (report.conforms()) {
            return;
        }
        Graph provenance = provenanceOnFailure.get();
        List<Problem> problems = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            String path = e.resultPath() == null ? "" : " " + e.resultPath();
            problems.add(new Problem(whereWritten(e.focusNode(), provenance),
                    "SHACL " + e.sourceConstraintComponent().getLocalName() + " on " + e.focusNode() + path + ": "
                            + e.message()));
        }
        throw new InvalidInputException(problems);
    }

    /** Where the focus node's first recorded statement was curated, or the graph as a whole. */
    private static Location whereWritten(Node focus, Graph provenance) {
        var statements = provenance.find(Node.ANY, RDF.subject.asNode(), focus);
        try {
            while (statements.hasNext()) {
                Node st = statements.next().getSubject();
                var file = provenance.find(st, Sti.curatedFile, Node.ANY);
                var line = provenance.find(st, Sti.curatedLine, Node.ANY);
                try {
                    if (file.hasNext() && line.hasNext()) {
                        Node l = line.next().getObject();
                        return Location.of(file.next().getObject().getLiteralLexicalForm(),
                                l.isLiteral() && l.getLiteralValue() instanceof Number n ? n.intValue() : 0);
                    }
                } finally {
                    file.close();
                    line.close();
                }
            }
        } finally {
            statements.close();
        }
        return Location.wholeFile("(built graph)");
    }
}
