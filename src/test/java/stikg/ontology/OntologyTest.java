package stikg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** The ontology file itself: it parses, says what version it is, and documents every term it declares. */
class OntologyTest {

    // the status schemes and their concepts (ontology/statuses.ttl) are terms of the ontology too
    private static final List<Resource> TERM_KINDS = List.of(OWL2.Class, RDFS.Class, RDFS.Datatype,
            OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.AnnotationProperty, RDF.Property,
            SKOS.Concept, SKOS.ConceptScheme);

    @Test
    void givenTheOntologyFile_whenParsedAsStrictTurtle_thenItDeclaresOneOwlOntologyWithAVersionIri() {
        Model m = OntologyFiles.parse(OntologyFiles.STIKG_TTL);

        List<Resource> ontologies = m.listSubjectsWithProperty(RDF.type, OWL2.Ontology).toList();
        assertEquals(1, ontologies.size(), "owl:Ontology declarations: " + ontologies);
        Resource ontology = ontologies.get(0);
        assertEquals("https://w3id.org/stikg/ontology", ontology.getURI());
        Statement version = ontology.getProperty(OWL2.versionIRI);
        assertTrue(version != null && version.getObject().isURIResource(),
                "the ontology needs an owl:versionIRI that is an IRI");
        assertTrue(version.getResource().getURI().startsWith(ontology.getURI() + "/"),
                "the version IRI should extend the ontology IRI: " + version.getResource());
    }

    @Test
    void givenEveryOntologyFile_whenParsedAsStrictTurtle_thenNoneHasASyntaxErrorOrWarning() {
        assertFalse(OntologyFiles.ontologyFiles().isEmpty());
        OntologyFiles.ontologyFiles().forEach(OntologyFiles::parse); // throws on the first error or warning
    }

    @Test
    void givenEveryStikgClassAndProperty_whenItsAnnotationsAreRead_thenItHasEnglishAndKoreanLabelsAndAnEnglishDefinition() {
        Model m = OntologyFiles.ontology();
        assertTrue(declaredStiTerms(m).size() > 50, "expected the stikg terms, found " + declaredStiTerms(m).size());

        List<String> offenders = undocumented(m);

        assertTrue(offenders.isEmpty(), offenders.size() + " terms are not documented:\n  "
                + String.join("\n  ", offenders));
    }

    @Test
    void givenTermsLackingLabelsOrDefinitions_whenChecked_thenEveryOffenderIsListedWithWhatItLacks() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString("""
                @prefix sti: <https://w3id.org/stikg/ontology#> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                sti:Good a owl:Class ; rdfs:label "good"@en , "좋음"@ko ; skos:definition "Fine."@en .
                sti:NoKorean a owl:Class ; rdfs:label "no Korean"@en ; skos:definition "Lacks ko."@en .
                sti:bare a owl:DatatypeProperty .
                """, Lang.TURTLE).parse(m);

        assertEquals(List.of("sti:NoKorean lacks rdfs:label@ko",
                "sti:bare lacks rdfs:label@en, rdfs:label@ko, skos:definition@en"), undocumented(m));
    }

    @Test
    void givenEveryStikgTermTheOntologyMentions_whenLookedUp_thenItIsDeclared() {
        Model m = OntologyFiles.ontology();
        Set<Resource> declared = declaredStiTerms(m);
        Set<String> undeclared = new TreeSet<>();
        m.listStatements().forEach(st -> {
            for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(OntologyFiles.STI)
                        && !declared.contains(n.asResource())) {
                    undeclared.add(OntologyFiles.curie(n.asResource()));
                }
            }
        });
        assertTrue(undeclared.isEmpty(), "used in the ontology but never declared as a class, datatype or property: "
                + undeclared);
    }

    @Test
    void givenEveryStikgTerm_whenItsLabelsAreRead_thenItHasAtMostOneLabelPerLanguage() {
        Model m = OntologyFiles.ontology();
        List<String> offenders = new ArrayList<>();
        for (Resource t : declaredStiTerms(m)) {
            Set<String> seen = new TreeSet<>();
            for (Statement st : t.listProperties(RDFS.label).toList()) {
                String lang = st.getObject().isLiteral() ? st.getLiteral().getLanguage() : "";
                if (!seen.add(lang)) {
                    offenders.add(OntologyFiles.curie(t) + " has two labels @" + lang);
                }
            }
        }
        assertTrue(offenders.isEmpty(), String.join("\n", offenders));
    }

    /** Each declared sti: term without an English and a Korean label and an English definition, and what it lacks. */
    static List<String> undocumented(Model m) {
        List<String> offenders = new ArrayList<>();
        for (Resource t : declaredStiTerms(m)) {
            List<String> missing = new ArrayList<>();
            if (!hasLiteral(t, RDFS.label, "en")) {
                missing.add("rdfs:label@en");
            }
            if (!hasLiteral(t, RDFS.label, "ko")) {
                missing.add("rdfs:label@ko");
            }
            if (!hasLiteral(t, SKOS.definition, "en")) {
                missing.add("skos:definition@en");
            }
            if (!missing.isEmpty()) {
                offenders.add(OntologyFiles.curie(t) + " lacks " + String.join(", ", missing));
            }
        }
        return offenders;
    }

    /** The sti: IRIs typed as a class, datatype or property in the ontology. */
    static Set<Resource> declaredStiTerms(Model m) {
        Set<Resource> out = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Resource kind : TERM_KINDS) {
            m.listSubjectsWithProperty(RDF.type, kind)
                    .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(OntologyFiles.STI))
                    .forEach(out::add);
        }
        return out;
    }

    private static boolean hasLiteral(Resource r, Property p, String lang) {
        return r.listProperties(p).toList().stream().map(Statement::getObject).filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral).map(Literal::getLanguage).anyMatch(lang::equals);
    }
}
