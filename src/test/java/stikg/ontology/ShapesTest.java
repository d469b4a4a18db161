package stikg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code ontology/shapes.ttl}: it covers every class of the ontology, accepts data written the way the loader
 * writes it, and rejects each kind of mistake, naming the node and the constraint it breaks.
 */
class ShapesTest {

    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final String ID = "https://w3id.org/stikg/id/";
    /** Classes whose label rule is not stish:NamedEntity or stish:ValueNode, and why. */
    private static final Map<String, String> OWN_LABEL_RULE = Map.of(
            "Section", "provenance: has sti:title, no label",
            "Table", "provenance: has sti:title, no label",
            "Passage", "provenance: its label is its locator, a plain string",
            "Event", "stish:Event: a label unless it is of a more specific class");

    private static Model ontology;
    private static Model shapesModel;
    private static Shapes shapes;

    @BeforeAll
    static void readShapes() {
        ontology = OntologyFiles.ontology();
        shapesModel = OntologyFiles.shapes();
        shapes = Shapes.parse(shapesModel.getGraph());
    }

    @Test
    void givenTheShapesFile_whenParsedAsStrictTurtleAndShacl_thenItHasTargetedNodeShapes() {
        assertTrue(shapes.numRootShapes() >= 50, "root shapes: " + shapes.numRootShapes());
        assertTrue(shapes.getTargetShapes().size() >= 50, "shapes with a target: " + shapes.getTargetShapes().size());
    }

    @Test
    void givenEveryStikgClass_whenTheShapesAreRead_thenItHasItsOwnShapeAndItsLabelsAndValuesAreChecked() {
        Property targetClass = shapesModel.createProperty(SH + "targetClass");
        List<String> gaps = new ArrayList<>();
        for (Resource c : OntologyFiles.stiClasses(ontology)) {
            String name = c.getLocalName();
            Resource own = shapesModel.createResource(OntologyFiles.STISH + name);
            if (!shapesModel.contains(own, targetClass, c)) {
                gaps.add("stish:" + name + " sh:targetClass sti:" + name + " is missing");
            }
            if (!targets(targetClass, "PropertyValues", c)) {
                gaps.add("stish:PropertyValues does not target sti:" + name);
            }
            boolean labelRule = targets(targetClass, "NamedEntity", c) || targets(targetClass, "ValueNode", c);
            if (!labelRule && !OWN_LABEL_RULE.containsKey(name)) {
                gaps.add("neither stish:NamedEntity nor stish:ValueNode targets sti:" + name);
            }
        }
        assertTrue(gaps.isEmpty(), "classes the shapes do not cover:\n  " + String.join("\n  ", gaps));
    }

    @Test
    void givenTheValidSample_whenItsTypesAreListed_thenItHasAnInstanceOfEveryStikgClass() {
        Model sample = OntologyFiles.sample("valid-sample.ttl");
        Set<String> missing = OntologyFiles.stiClasses(ontology).stream()
                .filter(c -> !sample.contains(null, RDF.type, c)).map(OntologyFiles::curie)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "valid-sample.ttl has no instance of " + missing);
    }

    @Test
    void givenTheValidSample_whenValidatedAgainstTheShapes_thenThereAreNoResults() {
        ValidationReport report = validate(OntologyFiles.sample("valid-sample.ttl"));
        assertTrue(report.conforms(), "valid-sample.ttl should conform:\n" + describe(report));
        assertEquals(0, report.getEntries().size());
    }

    @Test
    void givenTheValidSampleTogetherWithTheOntology_whenValidatedAsTheBuildDoes_thenThereAreNoResults() {
        // the build validates the union of the ontology and the data, so subclass axioms are visible there
        Model union = ModelFactory.createUnion(OntologyFiles.sample("valid-sample.ttl"), ontology);
        ValidationReport report = validate(union);
        assertTrue(report.conforms(), "valid-sample.ttl with the ontology should conform:\n" + describe(report));
    }

    @ParameterizedTest(name = "{0} on {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            MinCountConstraintComponent           | bad-plan-without-edition            | sti:edition
            MaxCountConstraintComponent           | bad-plan-with-two-editions          | sti:edition
            DatatypeConstraintComponent           | bad-plan-with-decimal-edition                | sti:edition
            LanguageInConstraintComponent         | bad-agency-with-french-label        | rdfs:label
            UniqueLangConstraintComponent         | bad-law-with-two-english-labels     | rdfs:label
            ClassConstraintComponent              | bad-plan-in-a-law-series            | sti:inSeries
            PatternConstraintComponent            | bad-target-with-word-currency       | sti:currency
            """)
    void givenTheBrokenSample_whenValidated_thenEachKindOfViolationIsNamedForTheNodeThatBreaksIt(String component,
            String focus, String path) {
        Set<String> found = results(validate(OntologyFiles.sample("broken-sample.ttl")));
        String expected = result(component, focus, path);
        assertTrue(found.contains(expected), "expected " + expected + " among:\n  " + String.join("\n  ", found));
    }

    @Test
    void givenTheBrokenSample_whenValidated_thenEachBrokenNodeIsReportedOnceAndNothingElseIs() {
        Set<String> expected = new TreeSet<>(List.of(
                result("MinCountConstraintComponent", "bad-plan-without-edition", "sti:edition"),
                result("MaxCountConstraintComponent", "bad-plan-with-two-editions", "sti:edition"),
                result("DatatypeConstraintComponent", "bad-plan-with-decimal-edition", "sti:edition"),
                result("LanguageInConstraintComponent", "bad-agency-with-french-label", "rdfs:label"),
                result("UniqueLangConstraintComponent", "bad-law-with-two-english-labels", "rdfs:label"),
                result("ClassConstraintComponent", "bad-plan-in-a-law-series", "sti:inSeries"),
                result("PatternConstraintComponent", "bad-target-with-word-currency", "sti:currency"),
                result("MinCountConstraintComponent", "bad-target-without-currency", "sti:currency"),
                result("QualifiedMinCountConstraintComponent", "bad-ministry-without-english-label", "rdfs:label"),
                result("MinCountConstraintComponent", "bad-country-without-label", "rdfs:label"),
                result("QualifiedMinCountConstraintComponent", "bad-country-without-label", "rdfs:label"),
                result("OrConstraintComponent", "bad-decision-with-text-date", "sti:date"),
                result("OrConstraintComponent", "bad-measure-led-by-a-law", "sti:ledBy"),
                result("OrConstraintComponent", "bad-event-without-english-label", null),
                result("OrConstraintComponent", "bad-target-without-quantity", null),
                result("MaxCountConstraintComponent", "bad-actual-with-two-amounts", "sti:amount"),
                result("DatatypeConstraintComponent", "bad-figure-with-integer-amount", "sti:amount"),
                result("MinCountConstraintComponent", "bad-count-without-value", "sti:countValue"),
                result("XoneConstraintComponent", "bad-instant-with-two-precisions", null),
                result("MinCountConstraintComponent", "bad-period-without-end", "time:hasEnd"),
                result("LessThanOrEqualsConstraintComponent", "bad-passage-ending-before-it-starts", "sti:lineStart"),
                result("MinCountConstraintComponent", "bad-passage-without-document", "sti:inDocument"),
                result("InConstraintComponent", "bad-upgrade-with-unknown-status", "sti:status"),
                result("PatternConstraintComponent", "bad-company-with-wrong-wikidata-id", "sti:wikidataId")));

        ValidationReport report = validate(OntologyFiles.sample("broken-sample.ttl"));

        assertEquals(expected.size(), report.getEntries().size(), "one result per broken rule:\n" + describe(report));
        assertEquals(String.join("\n", expected), String.join("\n", results(report)));
    }

    @Test
    void givenTheBrokenSampleTogetherWithTheOntology_whenValidatedAsTheBuildDoes_thenTheReportIsTheSame() {
        Set<String> alone = results(validate(OntologyFiles.sample("broken-sample.ttl")));
        Model union = ModelFactory.createUnion(OntologyFiles.sample("broken-sample.ttl"), ontology);

        Set<String> withOntology = results(validate(union));

        assertEquals(String.join("\n", alone), String.join("\n", withOntology));
    }

    private boolean targets(Property targetClass, String shape, Resource c) {
        return shapesModel.contains(shapesModel.createResource(OntologyFiles.STISH + shape), targetClass, c);
    }

    private static ValidationReport validate(Model data) {
        Graph g = data.getGraph();
        return ShaclValidator.get().validate(shapes, g);
    }

    /** Each result as "focus component path", in order, e.g. "bad-plan MinCountConstraintComponent sti:edition". */
    private static Set<String> results(ValidationReport report) {
        Set<String> out = new TreeSet<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(result(e.sourceConstraintComponent().getLocalName(), local(e.focusNode()),
                    e.resultPath() == null ? null : shortPath(e.resultPath().toString())));
        }
        return out;
    }

    private static String result(String component, String focus, String path) {
        return focus + " " + component + (path == null ? "" : " " + path);
    }

    private static String local(Node n) {
        return n.isURI() && n.getURI().startsWith(ID) ? n.getURI().substring(ID.length()) : n.toString();
    }

    private static String shortPath(String path) {
        return path.replace("<" + OntologyFiles.STI, "sti:")
                .replace("<http://www.w3.org/2000/01/rdf-schema#", "rdfs:")
                .replace("<http://www.w3.org/2006/time#", "time:")
                .replace(">", "");
    }

    private static String describe(ValidationReport report) {
        return report.getEntries().stream()
                .map(e -> "  " + local(e.focusNode()) + " " + e.sourceConstraintComponent().getLocalName()
                        + (e.resultPath() == null ? "" : " " + shortPath(e.resultPath().toString())) + ": "
                        + e.message() + valueOf(e.value()))
                .collect(Collectors.joining("\n"));
    }

    private static String valueOf(Node n) {
        return n == null ? "" : " (value " + n + ")";
    }
}
