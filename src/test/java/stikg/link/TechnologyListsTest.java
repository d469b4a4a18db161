package stikg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import stikg.vocab.Graphs;
import stikg.vocab.Namespaces;
import stikg.vocab.Sti;

/**
 * The two cross-country technology lists (data/links/us-nstc-cet-2024.ttl, eu-critical-tech-2023.ttl), each in its
 * own graph with its source, and the mappings of the Japanese areas and technologies to them (jp7-mappings.ttl),
 * as the build loads them.
 */
class TechnologyListsTest {

    private static final String ID = "https://w3id.org/stikg/id/";
    private static final Graphs GRAPHS = Graphs.standard();
    private static final Node US = uri(ID + "us-nstc-cet-2024");
    private static final Node EU = uri(ID + "eu-critical-tech-2023");
    private static final Node ORDER = Sti.term("order");
    private static final Node STATUS = Sti.term("verificationStatus");
    private static final Node RATIONALE = Sti.term("mappingRationale");
    private static final Set<Node> MAPPINGS = Set.of(SKOS.exactMatch.asNode(), SKOS.closeMatch.asNode(),
            SKOS.broadMatch.asNode(), SKOS.narrowMatch.asNode(), SKOS.relatedMatch.asNode());

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node dct(String local) {
        return uri(Namespaces.DCT + local);
    }

    /** The English labels of a list's areas, by their order. */
    private static Map<Integer, String> areas(Graph g, Node list) {
        Map<Integer, String> out = new TreeMap<>();
        g.find(Node.ANY, SKOS.inScheme.asNode(), list).forEachRemaining(t -> {
            Node area = t.getSubject();
            int order = Integer.parseInt(g.find(area, ORDER, Node.ANY).next().getObject().getLiteralLexicalForm());
            String label = g.find(area, RDFS.label.asNode(), Node.ANY).filterKeep(l -> l.getObject().getLiteralLanguage()
                    .equals("en")).next().getObject().getLiteralLexicalForm();
            assertTrue(g.contains(area, RDF.type.asNode(), SKOS.Concept.asNode()), area + " is a skos:Concept");
            assertTrue(g.contains(list, SKOS.hasTopConcept.asNode(), area), area + " is a top concept");
            out.put(order, label);
        });
        return out;
    }

    private static Set<String> unverified(Graph g) {
        Set<String> out = new TreeSet<>();
        g.find(Node.ANY, STATUS, NodeFactory.createLiteralString("unverified")).forEachRemaining(t -> {
            assertTrue(g.contains(t.getSubject(), SKOS.editorialNote.asNode(), Node.ANY),
                    t.getSubject() + " says what is unverified");
            out.add(t.getSubject().getURI().substring(ID.length()));
        });
        return out;
    }

    private static void describesItself(Graph g, String name) {
        Node self = uri(GRAPHS.linked(name));
        assertTrue(g.contains(self, RDF.type.asNode(), uri(Namespaces.DCAT + "Dataset")), name);
        assertTrue(g.contains(self, dct("source"), Node.ANY), name + " names its source");
        assertTrue(g.contains(self, dct("license"), Node.ANY), name + " names its licence");
    }

    @Test
    void givenTheUsList_whenLoaded_thenItsGraphHoldsThe18AreasInOrderWithItsSourceAndThePntWordingFlagged() {
        Graph g = Shipped.graph(GRAPHS.linked("us-nstc-cet-2024"));

        assertTrue(g.contains(US, RDF.type.asNode(), Sti.term("TechnologyList")));
        assertTrue(g.contains(US, RDF.type.asNode(), SKOS.ConceptScheme.asNode()));
        assertTrue(g.contains(US, dct("issued"), NodeFactory.createLiteralDT("2024-02", XSDDatatype.XSDgYearMonth)));
        assertTrue(g.contains(US, dct("source"), uri("https://www.hsdl.org/?abstract&did=863891")));
        describesItself(g, "us-nstc-cet-2024");
        assertEquals(List.of("Advanced Computing", "Advanced Engineering Materials",
                "Advanced Gas Turbine Engine Technologies", "Advanced and Networked Sensing and Signature Management",
                "Advanced Manufacturing", "Artificial Intelligence", "Biotechnologies", "Clean Energy Generation and Storage",
                "Data Privacy, Data Security, and Cybersecurity Technologies", "Directed Energy",
                "Highly Automated, Autonomous, and Uncrewed Systems, and Robotics", "Human-Machine Interfaces", "Hypersonics",
                "Integrated Communication and Networking Technologies",
                "Positioning, Navigation, and Timing (PNT) Technologies", "Quantum Information and Enabling Technologies",
                "Semiconductors and Microelectronics", "Space Technologies and Systems"),
                new ArrayList<>(areas(g, US).values()));
        assertEquals(18, areas(g, US).keySet().stream().mapToInt(i -> i).max().orElse(0));
        assertEquals(Set.of("us-nstc-cet-2024/pnt"), unverified(g));
    }

    @Test
    void givenTheEuList_whenLoaded_thenItsGraphHoldsThe10AreasWithTheFourPriorityAreasAndWhatIsUnverifiedFlagged() {
        Graph g = Shipped.graph(GRAPHS.linked("eu-critical-tech-2023"));

        assertTrue(g.contains(EU, RDF.type.asNode(), Sti.term("TechnologyList")));
        assertTrue(g.contains(EU, dct("issued"), NodeFactory.createLiteralDT("2023-10-03", XSDDatatype.XSDdate)));
        assertTrue(g.contains(EU, dct("identifier"), NodeFactory.createLiteralString("(EU) 2023/2113")));
        assertTrue(g.contains(EU, dct("source"), Node.ANY));
        describesItself(g, "eu-critical-tech-2023");
        assertEquals(List.of("Advanced semiconductors technologies", "Artificial intelligence technologies",
                "Quantum technologies", "Biotechnologies", "Advanced connectivity, navigation and digital technologies",
                "Advanced sensing technologies", "Space and propulsion technologies", "Energy technologies",
                "Robotics and autonomous systems", "Advanced materials, manufacturing and recycling technologies"),
                new ArrayList<>(areas(g, EU).values()));
        Node priority = uri(ID + "eu-critical-tech-2023/priority-areas");
        assertTrue(g.contains(priority, RDF.type.asNode(), Sti.term("TechnologyCategory")));
        Set<String> priorityAreas = new TreeSet<>();
        g.find(Node.ANY, Sti.term("inCategory"), priority).forEachRemaining(t -> priorityAreas.add(
                g.find(t.getSubject(), RDFS.label.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm()));
        assertEquals(Set.of("Advanced semiconductors technologies", "Artificial intelligence technologies",
                "Quantum technologies", "Biotechnologies"), priorityAreas);
        assertEquals(Set.of("eu-critical-tech-2023/space-propulsion"), unverified(g));
        assertTrue(g.find().filterKeep(t -> t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm()
                .equals("C(2023) 6689")).toList().isEmpty(), "the unverified document number is not recorded as a value");
    }

    @Test
    void givenTheMappings_whenLoaded_thenEachLinksAJapaneseAreaOrTechnologyToAListAreaAndHasExactlyOneRationale() {
        Graph g = Shipped.graph(GRAPHS.linked("jp7-mappings"));
        Graph facts = Shipped.graph(GRAPHS.source("kistep-2026-jp-7th-sti-plan-brief"));
        Graph us = Shipped.graph(GRAPHS.linked("us-nstc-cet-2024"));
        Graph eu = Shipped.graph(GRAPHS.linked("eu-critical-tech-2023"));
        Node jpScheme = uri(ID + "jp7-tech-scheme");
        List<String> problems = new ArrayList<>();
        List<Triple> mappings = g.find().filterKeep(t -> MAPPINGS.contains(t.getPredicate())).toList();

        for (Triple m : mappings) {
            Node s = m.getSubject();
            boolean jpArea = facts.contains(s, SKOS.inScheme.asNode(), jpScheme);
            boolean jpTechnology = facts.find(Node.ANY, Sti.term("exampleTechnology"), s)
                    .filterKeep(t -> facts.contains(t.getSubject(), SKOS.inScheme.asNode(), jpScheme)).hasNext();
            if (!jpArea && !jpTechnology) {
                problems.add(s + " is not an area or example technology of the 7th plan");
            }
            if (!us.contains(m.getObject(), SKOS.inScheme.asNode(), US) && !eu.contains(m.getObject(), SKOS.inScheme.asNode(), EU)) {
                problems.add(m.getObject() + " is not an area of the US or EU list");
            }
            List<Node> statements = g.find(Node.ANY, RDF.subject.asNode(), s).mapWith(Triple::getSubject)
                    .filterKeep(st -> g.contains(st, RDF.predicate.asNode(), m.getPredicate())
                            && g.contains(st, RDF.object.asNode(), m.getObject())).toList();
            if (statements.size() != 1) {
                problems.add(m + " is reified " + statements.size() + " times");
                continue;
            }
            List<Node> rationales = g.find(statements.get(0), RATIONALE, Node.ANY).mapWith(Triple::getObject).toList();
            if (rationales.size() != 1 || !rationales.get(0).getLiteralLanguage().equals("en")
                    || rationales.get(0).getLiteralLexicalForm().isBlank() || rationales.get(0).getLiteralLexicalForm().contains("\n")) {
                problems.add(m + " needs one one-line rationale @en, has " + rationales);
            }
        }
        g.find(Node.ANY, RDF.type.asNode(), RDF.Statement.asNode()).forEachRemaining(t -> {
            Node st = t.getSubject();
            Triple said = Triple.create(g.find(st, RDF.subject.asNode(), Node.ANY).next().getObject(),
                    g.find(st, RDF.predicate.asNode(), Node.ANY).next().getObject(),
                    g.find(st, RDF.object.asNode(), Node.ANY).next().getObject());
            if (!g.contains(said)) {
                problems.add(st + " describes a mapping that is not asserted: " + said);
            }
        });

        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(mappings.size() >= 60, "mappings: " + mappings.size());
        Set<String> predicatesUsed = new TreeSet<>();
        mappings.forEach(m -> predicatesUsed.add(m.getPredicate().getLocalName()));
        assertEquals(Set.of("broadMatch", "closeMatch", "narrowMatch", "relatedMatch"), predicatesUsed);
    }

    @Test
    void givenTheNationalStrategicAreas_whenTheirMappingsAreRead_thenEachIsMappedToBothLists() {
        Graph facts = Shipped.graph(GRAPHS.source("kistep-2026-jp-7th-sti-plan-brief"));
        Graph g = Shipped.graph(GRAPHS.linked("jp7-mappings"));
        Node ns = uri(ID + "jp7-cat-national-strategic");
        List<Node> areas = facts.find(Node.ANY, Sti.term("inCategory"), ns).mapWith(Triple::getSubject).toSet().stream()
                .toList();

        assertEquals(6, areas.size(), "the six national strategic areas: " + areas);
        for (Node area : areas) {
            Set<String> lists = new TreeSet<>();
            g.find(area, Node.ANY, Node.ANY).filterKeep(t -> MAPPINGS.contains(t.getPredicate()))
                    .forEachRemaining(t -> lists.add(t.getObject().getURI().startsWith(US.getURI() + "/") ? "US" : "EU"));
            assertEquals(Set.of("EU", "US"), lists, area.toString());
        }
        assertFalse(g.contains(Node.ANY, SKOS.exactMatch.asNode(), Node.ANY),
                "no mapping claims identity (exactMatch would also chain US and EU areas through the rules)");
    }
}
