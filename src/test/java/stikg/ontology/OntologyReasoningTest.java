package stikg.ontology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.reasoner.Reasoner;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ontology under Jena's OWL rule reasoners, with the ontology bound as the schema: the full OWL rule set finds
 * it consistent and no class unsatisfiable; OWL Micro (fast enough for data) finds instances of every class
 * consistent and does catch a member of two disjoint classes.
 */
class OntologyReasoningTest {

    private static final String ID = "https://w3id.org/stikg/id/sample-";

    private static Model ontology;
    private static Reasoner owl;
    private static Reasoner owlMicro;

    @BeforeAll
    static void bindTheOntologyAsSchema() {
        ontology = OntologyFiles.ontology();
        owl = ReasonerRegistry.getOWLReasoner().bindSchema(ontology);
        owlMicro = ReasonerRegistry.getOWLMicroReasoner().bindSchema(ontology);
    }

    @Test
    void givenTheOntologyAsSchema_whenTheOwlReasonerValidatesIt_thenItIsConsistentAndRaisesNoWarning() {
        InfModel inf = ModelFactory.createInfModel(owl, ModelFactory.createDefaultModel());

        ValidityReport report = inf.validate();

        assertTrue(report.isValid(), "the ontology is inconsistent:\n" + describe(report.getReports()));
        assertTrue(report.isClean(), "the reasoner warns about the ontology:\n" + describe(report.getReports()));
    }

    @Test
    void givenTheOntologyAsSchema_whenTheOwlReasonerClassifiesIt_thenNoStikgClassIsEquivalentToOrBelowOwlNothing() {
        InfModel inf = ModelFactory.createInfModel(owl, ModelFactory.createDefaultModel());
        Set<Resource> classes = OntologyFiles.stiClasses(ontology);

        List<String> unsatisfiable = classes.stream()
                .filter(c -> inf.contains(c, RDFS.subClassOf, OWL2.Nothing)
                        || inf.contains(c, OWL2.equivalentClass, OWL2.Nothing))
                .map(OntologyFiles::curie).toList();

        assertFalse(classes.isEmpty());
        assertTrue(unsatisfiable.isEmpty(), "unsatisfiable classes: " + unsatisfiable);
    }

    @Test
    void givenOneInstanceOfEachStikgClass_whenOwlMicroValidatesThem_thenTheModelStaysValid() {
        Model data = ModelFactory.createDefaultModel();
        for (Resource c : OntologyFiles.stiClasses(ontology)) {
            data.add(data.createResource(ID + c.getLocalName()), RDF.type, c);
        }

        ValidityReport report = ModelFactory.createInfModel(owlMicro, data).validate();

        assertTrue(report.isValid(), "an instance of some class makes the model invalid:\n"
                + describe(report.getReports()) + "class by class:\n" + invalidClassesOneByOne());
    }

    @Test
    void givenAnInstanceOfTwoDisjointClasses_whenOwlMicroValidatesIt_thenTheModelIsInvalid() {
        // the control for the test above: this reasoner does detect an inconsistency (sti:Actual owl:disjointWith sti:Target)
        Model data = ModelFactory.createDefaultModel();
        Resource both = data.createResource(ID + "target-and-actual");
        data.add(both, RDF.type, data.createResource(OntologyFiles.STI + "Target"));
        data.add(both, RDF.type, data.createResource(OntologyFiles.STI + "Actual"));

        ValidityReport report = ModelFactory.createInfModel(owlMicro, data).validate();

        assertFalse(report.isValid(), "a target that is also an actual should be inconsistent");
    }

    @Test
    void givenTheValidSample_whenOwlMicroValidatesIt_thenItIsConsistentApartFromRangeChecksOnDateOrYear() {
        // Known limitation (not a data error): Jena's rule reasoners do not understand sti:DateOrYear, a datatype
        // defined as the owl:unionOf xsd:date, xsd:gYearMonth and xsd:gYear, so every value of a property with that
        // range fails their "range check". Those reports are set aside here; any other report fails the test.
        Set<String> dateOrYearProperties = ontology
                .listSubjectsWithProperty(RDFS.range, ontology.createResource(OntologyFiles.STI + "DateOrYear"))
                .mapWith(Resource::getURI).toSet();
        assertFalse(dateOrYearProperties.isEmpty());

        ValidityReport report = ModelFactory.createInfModel(owlMicro, OntologyFiles.sample("valid-sample.ttl"))
                .validate();

        List<ValidityReport.Report> others = new ArrayList<>();
        report.getReports().forEachRemaining(r -> {
            boolean dateOrYearRangeCheck = r.getType().contains("range check")
                    && dateOrYearProperties.stream().anyMatch(p -> r.getDescription().contains("<" + p + ">"));
            if (!dateOrYearRangeCheck) {
                others.add(r);
            }
        });
        assertTrue(others.isEmpty(), "valid-sample.ttl under OWL Micro:\n" + describe(others.iterator()));
    }

    /** Only run when a test fails (one reasoner run per class): which classes alone make the model invalid. */
    private static String invalidClassesOneByOne() {
        StringBuilder sb = new StringBuilder();
        for (Resource c : OntologyFiles.stiClasses(ontology)) {
            Model one = ModelFactory.createDefaultModel();
            one.add(one.createResource(ID + c.getLocalName()), RDF.type, c);
            ValidityReport r = ModelFactory.createInfModel(owlMicro, one).validate();
            if (!r.isValid()) {
                sb.append(OntologyFiles.curie(c)).append(":\n").append(describe(r.getReports()));
            }
        }
        return sb.toString();
    }

    private static String describe(Iterator<ValidityReport.Report> reports) {
        List<String> lines = new ArrayList<>();
        reports.forEachRemaining(r -> lines.add("  " + (r.isError() ? "error " : "warning ") + r.getType() + ": "
                + r.getDescription().replace('\n', ' ')));
        return lines.stream().collect(Collectors.joining("\n")) + "\n";
    }
}
