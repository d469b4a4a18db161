package stikg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

/**
 * The ontology as the build reads it (every ontology/*.ttl but the shapes) is in the OWL 2 DL profile, checked by
 * the OWL API's profile checker: every term it uses is declared once as one kind of thing (no annotation property
 * retyped as a datatype property, no sub-property across the annotation/datatype divide), every IRI is legal.
 */
class OntologyProfileTest {

    private static OWLOntology load(Model model) throws Exception {
        StringWriter ttl = new StringWriter();
        RDFDataMgr.write(ttl, model, Lang.RDFXML);
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        // the reused vocabularies are not imported (README "Reused vocabularies" says why for each): nothing is
        // fetched from the network, and the check is of what the ontology itself declares
        OWLOntologyLoaderConfiguration offline = new OWLOntologyLoaderConfiguration()
                .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.SILENT);
        return manager.loadOntologyFromOntologyDocument(new StringDocumentSource(ttl.toString()), offline);
    }

    private static List<String> violations(OWLOntology ontology) {
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        return report.getViolations().stream().map(OWLProfileViolation::toString).sorted().distinct().toList();
    }

    @Test
    void givenTheOntology_whenCheckedAgainstTheOwl2DlProfile_thenItHasNoViolation() throws Exception {
        OWLOntology ontology = load(OntologyFiles.ontology());

        assertTrue(ontology.getAxiomCount() > 500, "only " + ontology.getAxiomCount() + " axioms were read");
        assertEquals(List.of(), violations(ontology));
    }

    @Test
    void givenAnAnnotationPropertyRetypedAsADatatypeProperty_whenChecked_thenTheProfileCheckerReportsIt() throws Exception {
        // what the ontology once did with skos:definition: the checker must see such a pun
        Model m = OntologyFiles.ontology();
        m.add(m.createResource("http://www.w3.org/2004/02/skos/core#definition"),
                org.apache.jena.vocabulary.RDF.type, org.apache.jena.vocabulary.OWL2.DatatypeProperty);

        assertTrue(violations(load(m)).stream().anyMatch(v -> v.contains("definition")), "no violation reported");
    }
}
