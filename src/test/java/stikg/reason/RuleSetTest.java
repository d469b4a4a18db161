package stikg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static stikg.reason.ReasonFixtures.triple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.reasoner.TriplePattern;
import org.apache.jena.reasoner.rulesys.ClauseEntry;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.diag.InvalidInputException;
import stikg.pipeline.BuildConfig;
import stikg.pipeline.GraphCompiler;
import stikg.vocab.Graphs;
import stikg.vocab.Namespaces;

/** The rule files: read from ontology/rules, checked with file and line, and extended without Java changes. */
class RuleSetTest {

    private static final String PREFIX = "@prefix sti: <https://w3id.org/stikg/ontology#> .\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Files.createDirectories(dir.resolve("rules"));
        return Files.writeString(dir.resolve("rules").resolve(name), text);
    }

    private String failure() {
        return assertThrows(InvalidInputException.class, () -> RuleSet.read(dir.resolve("rules"))).getMessage();
    }

    @Test
    void givenTheShippedRules_whenRead_thenEveryRuleHasAUniqueNameAndItsFileAndLine() {
        RuleSet rules = ReasonFixtures.rules();

        assertTrue(rules.rules().size() >= 40, "only " + rules.rules().size() + " rules");
        assertEquals(rules.rules().size(), rules.origins().size());
        assertTrue(rules.origins().get("engagedIn").toString().matches(".*ontology/rules/stikg\\.rules:\\d+"),
                rules.origins().get("engagedIn").toString());
        for (String name : List.of("subClass", "inverse", "transitive", "categoryUp", "technologyInheritsCategory",
                "contributesThroughProgramme", "engagedIn", "sameAcrossEditionsByMatch", "sharedArea",
                "programmeBehind", "sharedDualUseConcern", "disjointClasses", "functionalProperty")) {
            assertTrue(rules.named(name).isPresent(), name);
        }
        // relatedness through a supporter weighs its specificity: a Java step (CoSupport), not a rule
        assertTrue(rules.named("sharedProgramme").isEmpty());
    }

    @Test
    void givenEveryStikgTermTheShippedRulesMention_whenLookedUpInTheOntology_thenItIsDeclared() {
        Graph ontology = ReasonFixtures.ontology();
        Set<String> undeclared = new TreeSet<>();
        for (Rule r : ReasonFixtures.rules().rules()) {
            for (ClauseEntry[] part : new ClauseEntry[][] {r.getBody(), r.getHead()}) {
                for (ClauseEntry c : part) {
                    if (c instanceof TriplePattern tp) {
                        for (Node n : List.of(tp.getSubject(), tp.getPredicate(), tp.getObject())) {
                            if (n.isURI() && n.getURI().startsWith(Namespaces.STI)
                                    && !ontology.contains(n, RDF.type.asNode(), Node.ANY)) {
                                undeclared.add(r.getName() + ": " + n.getURI());
                            }
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), undeclared);
    }

    @Test
    void givenARuleWithASyntaxError_whenRead_thenTheMessageNamesTheFileAndTheLineOfThatRule() throws IOException {
        write("a-good.rules", PREFIX + "[fine: (?a sti:partOf ?b) -> (?b sti:partOf ?a)]\n");
        Path bad = write("b-bad.rules", PREFIX + "# a comment\n[first: (?a sti:partOf ?b) -> (?a sti:partOf ?b)]\n\n"
                + "[broken: (?a sti:partOf ?b -> (?a sti:partOf ?b)]\n[last: (?a sti:partOf ?b) -> (?a sti:partOf ?b)]\n");

        String message = failure();

        assertTrue(message.contains(bad + ":5: rule syntax: Expected ')' at end of clause"), message);
    }

    @Test
    void givenAnUnknownPrefixOrAnUnclosedBracket_whenRead_thenEachIsReportedAtItsLine() throws IOException {
        Path prefix = write("prefix.rules", PREFIX + "[ok: (?a sti:partOf ?b) -> (?a sti:partOf ?b)]\n"
                + "[typo: (?a stk:partOf ?b) -> (?a sti:partOf ?b)]\n");
        Path open = write("unclosed.rules", PREFIX + "[open: (?a sti:partOf ?b) -> (?a sti:partOf ?b)\n");

        String message = failure();

        assertTrue(message.contains(prefix + ":3: rule syntax: Unrecognized qname prefix (stk)"), message);
        assertTrue(message.contains(open + ":2: rule syntax:"), message);
    }

    @Test
    void givenRulesWithoutANameWithTheSameNameOrCallingAnUnknownBuiltin_whenRead_thenAllAreReportedAtOnce() throws IOException {
        Path a = write("a.rules", PREFIX + "[same: (?a sti:partOf ?b) -> (?b sti:partOf ?a)]\n");
        Path b = write("b.rules", PREFIX + "\n[same: (?a sti:partOf ?b) -> (?b sti:partOf ?a)]\n"
                + "[(?a sti:partOf ?b) -> (?b sti:partOf ?a)]\n"
                + "[typo: (?a sti:partOf ?b) notEqaul(?a, ?b) -> (?b sti:partOf ?a)]\n");

        String message = failure();

        assertTrue(message.contains(b + ":3: rule name 'same' is already used at " + a + ":2"), message);
        assertTrue(message.contains(b + ":4: this rule has no name"), message);
        assertTrue(message.contains(b + ":5: rule 'typo' calls 'notEqaul', which is not a Jena builtin"), message);
    }

    @Test
    void givenAResearchersNewRulesFile_whenTheBuildRuns_thenItsConclusionsAreInferredAndExplainedWithoutJavaChanges()
            throws IOException {
        // a copy of the ontology folder with one more rules file
        Path ontology = dir.resolve("ontology");
        Files.createDirectories(ontology.resolve("rules"));
        try (Stream<Path> files = Files.walk(ReasonFixtures.PROJECT.resolve("ontology"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = ontology.resolve(ReasonFixtures.PROJECT.resolve("ontology").relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        Files.writeString(ontology.resolve("rules/zz-researcher.rules"), PREFIX + """
                # An owner and a funder of the same programme work together on it.
                [ownerAndFunderCooperate: (?p sti:ownedBy ?owner) (?p sti:fundedBy ?funder) notEqual(?owner, ?funder)
                    -> (?owner sti:cooperatesWith ?funder)]
                """);
        BuildConfig base = ReasonFixtures.config("editions");
        BuildConfig config = new BuildConfig(base.projectRoot(), ontology, base.lexiconDir(), base.sourcesDir(),
                base.linksDir(), base.iris(), base.graphs());

        GraphCompiler.Compiled compiled = new GraphCompiler(config, Clock.systemUTC()).compile();

        Graph inferred = compiled.graphs().get(Graphs.standard().inferred());
        assertTrue(inferred.contains(triple("rx-ministry sti:cooperatesWith rx-agency")));
        assertTrue(inferred.contains(triple("rx-agency sti:cooperatesWith rx-ministry")), "symmetric, by the ontology");
        Explanation why = Explainer.ofGraphs(RuleSet.read(config.rulesDir()), compiled.graphs(), config.graphs(),
                ReasonFixtures.ID + "lexicon").explain(triple("rx-ministry sti:cooperatesWith rx-agency"));
        assertEquals("ownerAndFunderCooperate", ((Derivation.Inferred) why.derivation().orElseThrow()).rule());
    }

    @Test
    void givenNoRulesFolder_whenRead_thenTheRuleSetIsEmpty() {
        assertEquals(0, RuleSet.read(dir.resolve("none")).rules().size());
    }
}
