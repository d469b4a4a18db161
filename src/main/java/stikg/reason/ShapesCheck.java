package stikg.reason;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Node;
import org.slf4j.LoggerFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/**
 * The shapes of {@code ontology/shapes.ttl} as a check of any graph, for a write through the service (the build
 * runs the same shapes through its own gate, which also says where in the curated files a violation was written).
 */
public final class ShapesCheck {

    private final Shapes shapes;

    private ShapesCheck(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The shapes of {@code shapesFile}, or a check that passes everything when there is no such file. */
    public static ShapesCheck read(Path shapesFile) {
        if (!Files.isRegularFile(shapesFile)) {
            // said, not silent: writes through a server started this way are not validated
            LoggerFactory.getLogger(ShapesCheck.class).warn("No shapes at {}: writes will not be checked against shapes",
                    shapesFile.toAbsolutePath());
            return new ShapesCheck(null);
        }
        return new ShapesCheck(Shapes.parse(RDFDataMgr.loadGraph(shapesFile.toString())));
    }

    /** One violated constraint: the focus node, the path (empty for a node shape) and the shape's message. */
    public record Violation(String focusNode, String path, String message) {
        @Override
        public String toString() {
            return focusNode + (path.isEmpty() ? "" : " " + path) + ": " + message;
        }
    }

    /**
     * The violations of the shapes at {@code focusNodes} only (each validated against every shape that targets it),
     * in {@code data}: for a write, whose change can only break the constraints of the nodes it touched, so its cost
     * follows the change, not the store.
     */
    public List<Violation> violations(Graph data, Collection<Node> focusNodes) {
        if (shapes == null) {
            return List.of();
        }
        List<Violation> out = new ArrayList<>();
        for (Node n : focusNodes) {
            out.addAll(entries(ShaclValidator.get().validate(shapes, data, n)));
        }
        return out;
    }

    private static List<Violation> entries(ValidationReport report) {
        return report.getEntries().stream().map(e -> new Violation(e.focusNode().toString(),
                e.resultPath() == null ? "" : e.resultPath().toString(), e.message())).toList();
    }

    /** Every violation of the shapes by {@code data}; empty when it conforms. */
    public List<Violation> violations(Graph data) {
        if (shapes == null) {
            return List.of();
        }
        return entries(ShaclValidator.get().validate(shapes, data));
    }
}
