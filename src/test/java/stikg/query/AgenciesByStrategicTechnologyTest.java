package stikg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stikg.pipeline.BuildConfig;
import stikg.pipeline.GraphCompiler;

/**
 * The headline question on the shipped data (the brief ../shared/seeds/000_35fc73cf533e72ef.txt, lines 130-138 and
 * 160): which agencies act, and through which programmes and measures, for each national strategic technology area.
 * The query runs as written (its VALUES defaults), as any SPARQL client runs it, over the asserted and inferred
 * triples together.
 */
class AgenciesByStrategicTechnologyTest {

    static Graph everything;

    @BeforeAll
    static void build() {
        Map<String, Graph> graphs = new GraphCompiler(BuildConfig.standard(Path.of("").toAbsolutePath()),
                Clock.systemUTC()).compile().graphs();
        everything = GraphFactory.createDefaultGraph();
        graphs.forEach((name, g) -> {
            if (!name.contains("/provenance/")) {
                g.find().forEachRemaining(everything::add);
            }
        });
    }

    private static Query query(boolean leaveOutCommon) throws IOException {
        return query(Map.of("leaveOutCommon", NodeFactory.createLiteralDT(Boolean.toString(leaveOutCommon),
                XSDDatatype.XSDboolean)));
    }

    private static Query query(Map<String, Node> params) throws IOException {
        Query q = QueryFactory.create(Files.readString(Path.of("queries/agencies-by-strategic-technology.rq"),
                StandardCharsets.UTF_8));
        // the parameter's VALUES block, as a client sets it
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementData data) {
                params.forEach((name, value) -> {
                    Var v = Var.alloc(name);
                    if (data.getVars().equals(List.of(v))) {
                        data.getRows().clear();
                        data.add(BindingFactory.binding(v, value));
                    }
                });
            }
        });
        return q;
    }

    /** area label -> "via label | agency label | role" rows. */
    private static Map<String, Set<String>> answer(boolean leaveOutCommon) throws IOException {
        return answer(everything, query(leaveOutCommon));
    }

    private static Map<String, Set<String>> answer(Graph data, Query query) {
        Map<String, Set<String>> out = new TreeMap<>();
        try (QueryExec qe = QueryExec.dataset(DatasetGraphFactory.wrap(data)).query(query).build()) {
            qe.select().forEachRemaining(b -> {
                Node area = b.get("areaLabel");
                out.computeIfAbsent(area.getLiteralLexicalForm(), k -> new TreeSet<>()).add(
                        b.get("viaLabel").getLiteralLexicalForm() + " | " + b.get("agencyLabel").getLiteralLexicalForm()
                                + " | " + b.get("role").getLiteralLexicalForm());
            });
        }
        return out;
    }

    @Test
    void givenTheShippedData_whenAskedWhoActsForEachStrategicArea_thenEachNamesTheBriefsProgrammesAndTheirOwners() throws IOException {
        Map<String, Set<String>> answer = answer(false);

        // lines 130-131: government support through the R&D programmes of national R&D agencies (SIP, Moonshot,
        // K Program, JST's CREST, AMED's AMED-CREST, NEDO's prize programme), owners from footnote 4 (line 138)
        // and the K Program's designated funds at JST and NEDO (line 160); lines 134 and 270: CSTI and the
        // Cabinet Office lead the support of the six areas
        Set<String> expected = new TreeSet<>(List.of(
                "Cross-ministerial Strategic Innovation Promotion Program | Cabinet Office | owns",
                "Moonshot Research and Development Program | Cabinet Office | owns",
                "K Program | Cabinet Office | owns",
                "K Program | Japan Science and Technology Agency | funds",
                "K Program | New Energy and Industrial Technology Development Organization | funds",
                "Strategic Basic Research Programs | Japan Science and Technology Agency | owns",
                "CREST | Japan Science and Technology Agency | owns",
                "Advanced Research and Development Programs for Medical Innovation | Japan Agency for Medical Research and Development | owns",
                "AMED-CREST | Japan Agency for Medical Research and Development | owns",
                "NEDO prize programme for frontier areas | New Energy and Industrial Technology Development Organization | owns",
                "Government support centred on the R&D programmes of national R&D agencies | Japan Science and Technology Agency | implements",
                "Government support centred on the R&D programmes of national R&D agencies | Japan Agency for Medical Research and Development | implements",
                "Government support centred on the R&D programmes of national R&D agencies | New Energy and Industrial Technology Development Organization | implements",
                "End-to-end support for the national strategic technology areas | Council for Science, Technology and Innovation | leads",
                "Industrial-policy support for the six national strategic technology areas | Cabinet Office | leads"));
        assertEquals(Set.of("AI and advanced robotics", "Quantum", "Semiconductors and communications",
                "Biotechnology and healthcare", "Fusion energy", "Space"), answer.keySet());
        answer.forEach((area, rows) -> assertEquals(expected, rows, area));
    }

    @Test
    void givenTheShippedData_whenWhatAppliesToEveryAreaAlikeIsLeftOut_thenNothingIsLeftBecauseTheBriefSupportsTheSixAlike() throws IOException {
        // every programme and measure above reaches all six areas (lines 130-146, 270): the brief names no agency
        // for one strategic area apart, so the variant has nothing to say, rather than repeating the same rows
        assertEquals(Map.of(), answer(true));
        assertTrue(!answer(false).isEmpty());
    }

    @Test
    void givenResearchland_whenWhatAppliesToEveryAreaAlikeIsLeftOut_thenTheProgrammesOfOneAreaStay() throws IOException {
        // src/test/resources/stikg/reason/editions: strategic areas quantum and AI; the quantum programme supports
        // quantum (and space, not strategic), the security programme a quantum technology, the compute measure
        // acts through a programme for an AI technology; nothing reaches both strategic areas
        Path dir = Path.of("src/test/resources/stikg/reason/editions").toAbsolutePath();
        Path project = Path.of("").toAbsolutePath();
        Map<String, Graph> graphs = new GraphCompiler(new BuildConfig(project, project.resolve("ontology"),
                dir.resolve("lexicon"), dir.resolve("sources"), dir.resolve("links"), stikg.graph.Iris.standard(),
                stikg.vocab.Graphs.standard()), Clock.systemUTC()).compile().graphs();
        Graph researchland = GraphFactory.createDefaultGraph();
        graphs.forEach((name, g) -> g.find().forEachRemaining(researchland::add));
        Node plan = NodeFactory.createURI("https://w3id.org/stikg/id/rx-plan-2-plan");
        Map<String, Set<String>> expected = Map.of(
                "AI", Set.of("Shared research computing | Innovation Council | leads",
                        "Shared research computing | National Laboratory | implements"),
                "Quantum", Set.of("Quantum Flagship Programme | Ministry of Research | owns",
                        "Quantum Flagship Programme | Research Funding Agency | funds",
                        "Security Technology Programme | Research Funding Agency | funds"));
        for (boolean leaveOut : new boolean[] {false, true}) {
            Map<String, Set<String>> got = new TreeMap<>();
            answer(researchland, query(Map.of("plan", plan, "leaveOutCommon", NodeFactory.createLiteralDT(
                    Boolean.toString(leaveOut), XSDDatatype.XSDboolean)))).forEach((area, rows) ->
                    got.put(area.replaceAll("(?i)^.*\\b(ai|quantum)\\b.*$", "$1"), rows));
            assertEquals(new TreeMap<>(expected), got, "leaveOutCommon " + leaveOut);
        }
    }
}
