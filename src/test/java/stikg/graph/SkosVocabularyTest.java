package stikg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stikg.link.Shipped;

/** The shipped vocabularies read as SKOS: what Skosmos-like browsers need is there, in list order. */
class SkosVocabularyTest {

    static Graph all;

    @BeforeAll
    static void compile() {
        all = Shipped.dataset().getDefaultGraph(); // the union of the build's graphs, compiled once per test JVM
    }

    static List<String> column(String select) {
        List<String> out = new ArrayList<>();
        try (QueryExec qe = QueryExec.graph(all).query("""
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX sti: <https://w3id.org/stikg/ontology#>
                """ + select).build()) {
            qe.select().forEachRemaining(b -> out.add(b.get(b.vars().next()).toString()));
        }
        return out;
    }

    @Test
    void everyConceptAndSchemeHasAPrefLabelInEachLanguageOfItsLabels() {
        List<String> concepts = column("SELECT DISTINCT ?c { ?c a/rdfs:subClassOf* skos:Concept }");
        assertTrue(concepts.size() > 50, "concepts: " + concepts.size());
        List<String> missing = column("""
                SELECT DISTINCT ?c { { ?c a/rdfs:subClassOf* skos:Concept } UNION { ?c a/rdfs:subClassOf* skos:ConceptScheme }
                  FILTER NOT EXISTS { ?c skos:prefLabel ?p } }""");
        assertEquals(List.of(), missing);
        assertEquals(List.of(), column("""
                SELECT DISTINCT ?c { ?c a/rdfs:subClassOf* skos:Concept ; rdfs:label ?l
                  FILTER NOT EXISTS { ?c skos:prefLabel ?p FILTER(lang(?p) = lang(?l)) } }"""));
    }

    @Test
    void everySchemeHasTopConceptsStatedBothWays() {
        List<String> schemes = column("SELECT DISTINCT ?s { ?s a/rdfs:subClassOf* skos:ConceptScheme }");
        assertTrue(schemes.size() >= 3, schemes.toString());
        assertEquals(List.of(), column("""
                SELECT DISTINCT ?s { ?s a/rdfs:subClassOf* skos:ConceptScheme FILTER NOT EXISTS { ?s skos:hasTopConcept ?c } }"""));
        assertEquals(List.of(), column("""
                SELECT DISTINCT ?c { { ?s skos:hasTopConcept ?c FILTER NOT EXISTS { ?c skos:topConceptOf ?s } }
                  UNION { ?c skos:topConceptOf ?s FILTER NOT EXISTS { ?s skos:hasTopConcept ?c } } }"""));
    }

    @Test
    void theJapaneseSchemeHasItsAreasOnTopAndTheirExampleTechnologiesBelowThem() {
        List<String> tops = column("SELECT ?c { <https://w3id.org/stikg/id/jp7-tech-scheme> skos:hasTopConcept ?c }");
        assertTrue(tops.contains("https://w3id.org/stikg/id/jp7-ta-13-quantum"), tops.toString());
        assertEquals(List.of(), column("""
                SELECT ?t { ?a sti:exampleTechnology ?t FILTER NOT EXISTS { ?t skos:broader ?a . ?a skos:narrower ?t } }"""));
    }

    @Test
    void theListsKeepTheirOrderAsNotations() {
        List<String> us = column("""
                SELECT ?c { ?c skos:inScheme <https://w3id.org/stikg/id/us-nstc-cet-2024> ; skos:notation ?n }
                ORDER BY ?n""");
        assertEquals(18, us.size(), us.toString());
        assertEquals(List.of(), column("""
                SELECT ?c { ?c sti:order ?o ; a/rdfs:subClassOf* skos:Concept FILTER NOT EXISTS { ?c skos:notation ?o } }"""));
    }
}
