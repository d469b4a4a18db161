package stikg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One source of truth for types: each property shape that checks a kind of value restates the range the ontology gives
 * its property, and this test holds them to it. A class range R is checked by sh:class R, or by sh:or over R and
 * every class the ontology puts under R (SHACL sees the data without the ontology's sub-class axioms in some
 * validations, so the list spells them out); a datatype range by sh:datatype, or by sh:or over the members of a
 * datatype union (sti:DateOrYear). Every property of ontology/stikg.ttl with a range that source files may state has
 * such a shape. The Java side (stikg.graph.Schema) reads its ranges from the ontology itself.
 */
class ShapesAgreeWithRangesTest {

    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static Model ontology;
    private static Model shapes;
    private static Model both;

    @BeforeAll
    static void read() {
        ontology = OntologyFiles.ontology();
        shapes = OntologyFiles.shapes();
        both = ModelFactory.createUnion(ontology, shapes);
    }

    private static Property sh(String local) {
        return both.createProperty(SH + local);
    }

    /** R and every class under it, by the ontology's rdfs:subClassOf. */
    private static Set<String> classAndBelow(Resource r) {
        Set<String> out = new TreeSet<>();
        Deque<Resource> todo = new ArrayDeque<>(List.of(r));
        while (!todo.isEmpty()) {
            Resource c = todo.poll();
            if (out.add(c.getURI())) {
                ontology.listSubjectsWithProperty(RDFS.subClassOf, c).forEachRemaining(s -> {
                    if (s.isURIResource()) {
                        todo.add(s);
                    }
                });
            }
        }
        return out;
    }

    /** What a property shape accepts: its sh:class / sh:datatype, or those of each member of its sh:or. */
    private static Set<String> accepted(Resource shape, String constraint) {
        Set<String> out = new TreeSet<>();
        shape.listProperties(sh(constraint)).forEachRemaining(s -> out.add(s.getResource().getURI()));
        shape.listProperties(sh("or")).forEachRemaining(s -> {
            for (RDFNode member : s.getObject().as(RDFList.class).asJavaList()) {
                member.asResource().listProperties(sh(constraint)).forEachRemaining(m -> out.add(m.getResource().getURI()));
            }
        });
        return out;
    }

    /** The members of a datatype that the ontology defines as a union (owl:equivalentClass [ owl:unionOf ( … ) ]). */
    private static Set<String> datatypeMembers(Resource range) {
        Set<String> out = new TreeSet<>();
        range.listProperties(OWL2.equivalentClass).forEachRemaining(e -> e.getResource().listProperties(OWL2.unionOf)
                .forEachRemaining(u -> u.getObject().as(RDFList.class).asJavaList()
                        .forEach(m -> out.add(m.asResource().getURI()))));
        if (out.isEmpty()) {
            out.add(range.getURI());
        }
        return out;
    }

    private static boolean isDatatype(Resource range) {
        return range.getURI().startsWith("http://www.w3.org/2001/XMLSchema#") || range.equals(RDF.langString)
                || ontology.contains(range, RDF.type, RDFS.Datatype);
    }

    @Test
    void givenEveryPropertyShapeThatChecksAKindOfValue_whenComparedWithItsPropertysRange_thenTheyAgree() {
        List<String> disagree = new ArrayList<>();
        int checked = 0;
        for (Statement ps : shapes.listStatements(null, sh("path"), (RDFNode) null).toList()) {
            Resource shape = ps.getSubject();
            if (!shape.hasProperty(sh("class")) && !shape.hasProperty(sh("datatype")) && !shape.hasProperty(sh("or"))) {
                continue; // counts and other constraints, not the kind of value
            }
            Resource path = shape.getPropertyResourceValue(sh("path"));
            if (path == null || !path.isURIResource()) {
                continue;
            }
            Statement range = ontology.getProperty(path, RDFS.range);
            if (range == null || !range.getObject().isURIResource()) {
                continue;
            }
            Resource r = range.getResource();
            checked++;
            if (isDatatype(r)) {
                Set<String> expected = datatypeMembers(r);
                Set<String> got = accepted(shape, "datatype");
                if (!r.equals(RDFS.Literal) && !got.equals(expected)) {
                    disagree.add(OntologyFiles.curie(path) + ": range " + OntologyFiles.curie(r) + " gives datatypes "
                            + expected + ", the shape checks " + got);
                }
            } else {
                Set<String> got = accepted(shape, "class");
                Set<String> allowed = classAndBelow(r);
                boolean exact = got.equals(Set.of(r.getURI()));
                if (!exact && !(got.contains(r.getURI()) && allowed.containsAll(got))) {
                    disagree.add(OntologyFiles.curie(path) + ": range " + OntologyFiles.curie(r) + ", the shape checks "
                            + got + " (it must check the range, alone or with classes under it)");
                }
            }
        }
        assertTrue(checked > 40, "only " + checked + " property shapes with a range were compared");
        assertEquals(List.of(), disagree);
    }

    @Test
    void givenEveryPropertyThatSourcesStateWithARange_whenTheShapesAreRead_thenAShapeChecksItsValues() {
        Set<Resource> shaped = new HashSet<>();
        shapes.listStatements(null, sh("path"), (RDFNode) null).forEachRemaining(ps -> {
            Resource shape = ps.getSubject();
            if (ps.getObject().isURIResource() && (shape.hasProperty(sh("class")) || shape.hasProperty(sh("datatype"))
                    || shape.hasProperty(sh("or")))) {
                shaped.add(ps.getResource());
            }
        });
        // ontology/stikg.ttl holds what sources state; ontology/inference.ttl what the reasoner concludes
        Model stated = OntologyFiles.parse(OntologyFiles.STIKG_TTL);
        Set<String> missing = new TreeSet<>();
        stated.listSubjectsWithProperty(RDFS.range).forEachRemaining(p -> {
            if (p.getURI().startsWith(OntologyFiles.STI) && !shaped.contains(p)) {
                missing.add(OntologyFiles.curie(p));
            }
        });
        assertEquals(Set.of(), missing);
    }

    @Test
    void givenAShapeThatChecksAnotherClassThanTheRange_whenCompared_thenTheDisagreementIsFound() {
        // the check itself: a shape restating sti:supports as sh:class sti:Program would be caught
        Model wrong = ModelFactory.createDefaultModel();
        Resource shape = wrong.createResource().addProperty(wrong.createProperty(SH + "class"),
                wrong.createResource(OntologyFiles.STI + "Program"));
        Set<String> got = accepted(shape, "class");
        Resource range = ontology.getProperty(ontology.createResource(OntologyFiles.STI + "supports"), RDFS.range).getResource();
        assertTrue(!got.contains(range.getURI()) || !classAndBelow(range).containsAll(got));
    }

    @Test
    void givenTheStatusWordsTheShapesAllow_whenComparedWithTheStatusSchemes_thenTheyAreTheSchemesNotations() {
        for (String[] p : new String[][] {{"status", "StatusScheme"}, {"verificationStatus", "VerificationStatusScheme"}}) {
            Resource path = both.createResource(OntologyFiles.STI + p[0]);
            Resource scheme = both.createResource(OntologyFiles.STI + p[1]);
            Set<String> notations = new TreeSet<>();
            ontology.listSubjectsWithProperty(both.createProperty("http://www.w3.org/2004/02/skos/core#inScheme"), scheme)
                    .forEachRemaining(c -> c.listProperties(both.createProperty("http://www.w3.org/2004/02/skos/core#notation"))
                            .forEachRemaining(n -> notations.add(n.getString())));
            Set<String> allowed = new TreeSet<>();
            shapes.listSubjectsWithProperty(sh("path"), path).forEachRemaining(shape ->
                    shape.listProperties(sh("in")).forEachRemaining(in -> in.getObject().as(RDFList.class).asJavaList()
                            .forEach(v -> allowed.add(v.asLiteral().getString()))));
            assertTrue(notations.size() >= 2, p[1] + " has notations " + notations);
            assertEquals(notations, allowed, "sti:" + p[0] + " words in the shapes against the notations of sti:" + p[1]);
        }
    }
}
