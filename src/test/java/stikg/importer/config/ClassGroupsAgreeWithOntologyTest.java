package stikg.importer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.ontology.OntModelSpec;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.vocab.Namespaces;

/**
 * The importer's class groups restate the ontology's class hierarchy for the cues that link names: they are checked
 * against it here, so the two cannot drift apart (one source of truth for types: the ontology).
 */
class ClassGroupsAgreeWithOntologyTest {

    private static final String ORG = "http://www.w3.org/ns/org#";

    private final Map<String, List<String>> groups = Briefs.layout().extraction().classGroups();
    private final InfModel ontology = ontology();

    private static InfModel ontology() {
        Model m = ModelFactory.createDefaultModel();
        for (String f : List.of("stikg.ttl", "reused.ttl")) {
            RDFDataMgr.read(m, Path.of("ontology", f).toString());
        }
        return ModelFactory.createRDFSModel(m);
    }

    private Set<String> subClassesOf(String iri) {
        Set<String> out = new TreeSet<>();
        ontology.listSubjectsWithProperty(RDFS.subClassOf, ontology.createResource(iri)).forEachRemaining(r -> {
            if (r.isURIResource() && ontology.contains(r, RDF.type, OWL2.Class)) {
                out.add(r.getURI());
            }
        });
        return out;
    }

    private String expand(String name) {
        return name.startsWith("org:") ? ORG + name.substring(4)
                : name.startsWith("skos:") ? Namespaces.SKOS + name.substring(5)
                : Namespaces.STI + name;
    }

    @Test
    void everyClassAGroupNamesIsAClassOfTheOntology() {
        groups.forEach((group, members) -> members.forEach(m -> {
            Resource c = ontology.createResource(expand(m));
            assertTrue(ontology.contains(c, RDF.type, OWL2.Class) || ontology.contains(c, RDF.type, RDFS.Class),
                    "class group '" + group + "' names " + m + ", which the ontology does not declare as a class");
        }));
    }

    @Test
    void theOrganisationGroupHoldsEveryOrganisationClassOfTheOntology() {
        Set<String> named = new TreeSet<>(groups.get("organisation").stream().map(this::expand).toList());
        Set<String> ontologyOrganisations = subClassesOf(ORG + "Organization");
        ontologyOrganisations.removeIf(c -> !c.startsWith(Namespaces.STI) && !c.startsWith(ORG));
        Set<String> missing = new TreeSet<>(ontologyOrganisations);
        missing.removeAll(named);
        assertEquals(Set.of(), missing, "organisation classes of the ontology the importer's group leaves out");
    }

    @Test
    void theProgrammeAndDocumentGroupsHoldTheirClassesSubclasses() {
        for (Map.Entry<String, String> e : Map.of("programme", Namespaces.STI + "Program",
                "document", Namespaces.STI + "PolicyDocument").entrySet()) {
            Set<String> named = new TreeSet<>(groups.get(e.getKey()).stream().map(this::expand).toList());
            Set<String> missing = new TreeSet<>(subClassesOf(e.getValue()));
            missing.removeIf(c -> !c.startsWith(Namespaces.STI));
            missing.removeAll(named);
            assertEquals(Set.of(), missing, "subclasses of " + e.getValue() + " the group '" + e.getKey() + "' leaves out");
        }
    }
}
