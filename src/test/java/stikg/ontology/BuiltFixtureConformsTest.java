package stikg.ontology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import stikg.pipeline.BuildConfig;
import stikg.pipeline.Fixture;
import stikg.pipeline.GraphCompiler;

/**
 * What the loader really writes conforms to the shapes: the fixture (src/test/resources/stikg/fixture), compiled
 * the way the build compiles data/, gives facts and provenance graphs with no SHACL result.
 */
class BuiltFixtureConformsTest {

    @Test
    void givenTheFixtureCompiledByTheLoader_whenItsFactsAndItsProvenanceAreValidated_thenBothConform() {
        BuildConfig config = Fixture.config();
        // compile() itself runs the SHACL gate on the facts and throws, listing every result, if they do not conform
        Map<String, Graph> graphs = new GraphCompiler(config, Clock.systemUTC()).compile().graphs();
        String provenancePrefix = config.graphs().provenance("");
        String inferred = config.graphs().inferred();
        Graph facts = GraphFactory.createDefaultGraph();
        Graph provenance = GraphFactory.createDefaultGraph();
        graphs.forEach((name, g) -> {
            if (!name.equals(inferred)) {
                g.find().forEachRemaining(name.startsWith(provenancePrefix) ? provenance::add : facts::add);
            }
        });
        assertFalse(provenance.isEmpty(), "the fixture should have provenance graphs");
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(OntologyFiles.SHAPES_TTL.toString()));

        ValidationReport onFacts = ShaclValidator.get().validate(shapes, facts);
        // passages, sections and tables point at their document, whose type is stated among the facts
        Graph factsAndProvenance = GraphFactory.createDefaultGraph();
        facts.find().forEachRemaining(factsAndProvenance::add);
        provenance.find().forEachRemaining(factsAndProvenance::add);
        ValidationReport onProvenance = ShaclValidator.get().validate(shapes, factsAndProvenance);

        assertTrue(onFacts.conforms(), "facts:\n" + describe(onFacts));
        assertTrue(onProvenance.conforms(), "facts with provenance:\n" + describe(onProvenance));
    }

    private static String describe(ValidationReport report) {
        return report.getEntries().stream().map(e -> "  " + e.focusNode() + " "
                + e.sourceConstraintComponent().getLocalName() + " " + e.resultPath() + ": " + e.message())
                .collect(Collectors.joining("\n"));
    }
}
