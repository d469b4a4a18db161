package stikg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.diag.InvalidInputException;
import stikg.pipeline.BuildConfig;
import stikg.pipeline.GraphCompiler;
import stikg.vocab.Graphs;
import stikg.vocab.Namespaces;
import stikg.vocab.Sti;

/**
 * Verified external identifiers reach the graph with the right property and their evidence; no other QID does, and
 * a malformed or unevidenced one stops the build. The register's VERIFIED rows are copied in
 * src/test/resources/stikg/link/verified-ids.tsv; what is left out is listed in data/links/unverified-ids.tsv.
 */
class VerifiedIdsTest {

    private static final String ID = "https://w3id.org/stikg/id/";
    private static final Graphs GRAPHS = Graphs.standard();

    record Verified(String key, String entity, String wikidata, String ror, String seenIn) {
    }

    /** A row of data/links/unverified-ids.tsv: an entity, the identifiers seen for it but not entered, and why. */
    record Unverified(String entity, List<String> candidates, String why) {
    }

    /** The UNVERIFIED rows of the reference register. */
    static final Set<String> REGISTER_UNVERIFIED = Set.of("mofa_jp", "mod_jp", "nss_jp", "cabinet_secretariat_jp", "jpo",
            "jsps", "nanoterasu", "fugaku", "sinet", "sip", "moonshot", "k_program", "crest", "kakenhi", "sbir_jp", "satreps",
            "horizon_europe", "society_5_0", "hiroshima_ai_process", "g7", "asean", "global_south", "st_basic_act",
            "economic_security_promotion_act", "sti_basic_plan");
    private static final java.util.regex.Pattern CANDIDATE = java.util.regex.Pattern.compile(
            "Q[1-9][0-9]*|https://ror\\.org/[0-9a-z]+|C\\(\\d{4}\\) \\d+");

    static List<String[]> tsv(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                    .skip(1).map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<Verified> verified() {
        return tsv(Shipped.PROJECT.resolve("src/test/resources/stikg/link/verified-ids.tsv")).stream()
                .map(c -> new Verified(c[0], c[1], c[2], c[3], c[4])).toList();
    }

    static List<Unverified> unverified() {
        return tsv(Shipped.PROJECT.resolve("data/links/unverified-ids.tsv")).stream()
                .map(c -> new Unverified(c[0], CANDIDATE.matcher(c[2]).results().map(m -> m.group()).toList(), c[3]))
                .toList();
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    /** The evidence recorded on the provenance statement node of one asserted link. */
    private static Set<String> evidenceOf(Node subject, Node predicate, Node object) {
        Graph prov = Shipped.graph(GRAPHS.provenance("lexicon"));
        Set<String> out = new TreeSet<>();
        prov.find(Node.ANY, RDF.subject.asNode(), subject).forEachRemaining(t -> {
            Node st = t.getSubject();
            if (prov.contains(st, RDF.predicate.asNode(), predicate) && prov.contains(st, RDF.object.asNode(), object)) {
                prov.find(st, Sti.linkEvidence, Node.ANY).forEachRemaining(e -> out.add(e.getObject().getLiteralLexicalForm()));
            }
        });
        return out;
    }

    @Test
    void givenEveryVerifiedRow_whenTheLexiconIsBuilt_thenItsIdentifiersAndLinksAreThereWithTheirEvidence() {
        Graph lexicon = Shipped.graph(GRAPHS.lexicon());
        List<String> problems = new ArrayList<>();
        for (Verified v : verified()) {
            Node e = uri(ID + v.entity());
            if (!lexicon.contains(e, RDF.type.asNode(), Node.ANY)) {
                problems.add(v.key() + ": no entity " + v.entity() + " in the lexicon");
                continue;
            }
            // identity links: owl:sameAs for things, skos:exactMatch for concepts (none of these is a concept)
            Node link = OWL2.sameAs.asNode();
            if (!v.wikidata().isEmpty()) {
                Node wd = uri(Namespaces.WD + v.wikidata());
                check(problems, v, lexicon.contains(e, Sti.wikidataId, string(v.wikidata())), "sti:wikidataId " + v.wikidata());
                check(problems, v, lexicon.contains(e, link, wd), "owl:sameAs wd:" + v.wikidata());
                check(problems, v, evidenceOf(e, link, wd).stream().anyMatch(s -> s.contains(v.seenIn())),
                        "evidence naming " + v.seenIn() + " on the sameAs link to Wikidata, found " + evidenceOf(e, link, wd));
            } else {
                check(problems, v, !lexicon.contains(e, Sti.wikidataId, Node.ANY), "no QID (its QID is unverified)");
            }
            if (!v.ror().isEmpty()) {
                Node ror = uri(v.ror());
                check(problems, v, lexicon.contains(e, Sti.rorId, string(v.ror())), "sti:rorId " + v.ror());
                check(problems, v, lexicon.contains(e, link, ror), "owl:sameAs <" + v.ror() + ">");
                check(problems, v, evidenceOf(e, link, ror).stream().anyMatch(s -> s.contains(v.seenIn())),
                        "evidence naming " + v.seenIn() + " on the sameAs link to ROR, found " + evidenceOf(e, link, ror));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(19, verified().size(), "18 VERIFIED rows and the verified ROR ID of JSPS");
    }

    private static void check(List<String> problems, Verified v, boolean ok, String what) {
        if (!ok) {
            problems.add(v.key() + " (" + v.entity() + "): missing " + what);
        }
    }

    @Test
    void givenTheWholeBuild_whenEveryWikidataAndRorReferenceIsCollected_thenEachIsOfAVerifiedRow() {
        Set<String> allowedQids = verified().stream().map(Verified::wikidata).filter(q -> !q.isEmpty())
                .collect(Collectors.toSet());
        Set<String> allowedRors = verified().stream().map(Verified::ror).filter(r -> !r.isEmpty()).collect(Collectors.toSet());
        Set<String> qids = new TreeSet<>();
        Set<String> rors = new TreeSet<>();
        Shipped.graphs().values().forEach(g -> g.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(Namespaces.WD)) {
                    qids.add(n.getURI().substring(Namespaces.WD.length()));
                }
                if (n.isURI() && n.getURI().startsWith("https://ror.org/")) {
                    rors.add(n.getURI());
                }
            }
            if (t.getPredicate().equals(Sti.wikidataId)) {
                qids.add(t.getObject().getLiteralLexicalForm());
            }
            if (t.getPredicate().equals(Sti.rorId)) {
                rors.add(t.getObject().getLiteralLexicalForm());
            }
        }));

        assertEquals(allowedQids, qids, "QIDs in the graph vs the VERIFIED rows");
        assertEquals(allowedRors, rors, "ROR IDs in the graph vs the verified ones");
    }

    @Test
    void givenTheIdentifiersLeftOut_whenTheBuildIsSearched_thenNoneOfThemAppearsAndEachEntityIsThereWithoutThem() {
        Graph lexicon = Shipped.graph(GRAPHS.lexicon());
        Set<String> present = new TreeSet<>();
        List<Unverified> rows = unverified();
        Shipped.graphs().forEach((name, g) -> {
            if (name.startsWith(GRAPHS.provenance(""))) {
                return; // evidence texts may name a rejected candidate to say why it was rejected
            }
            g.find().forEachRemaining(t -> {
                for (Unverified u : rows) {
                    for (String c : u.candidates()) {
                        if (mentions(t, c)) {
                            present.add(u.entity() + ": " + c + " in " + t);
                        }
                    }
                }
            });
        });
        assertTrue(present.isEmpty(), String.join("\n", present));

        List<String> missing = new ArrayList<>();
        Set<String> registerRows = new TreeSet<>();
        for (Unverified u : rows) {
            Node e = uri(ID + u.entity());
            boolean defined = Shipped.graphs().values().stream().anyMatch(g -> g.contains(e, RDF.type.asNode(), Node.ANY));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("external-ids\\.tsv (\\w+) UNVERIFIED").matcher(u.why());
            if (!defined) {
                missing.add(u.entity() + ": no such entity");
            } else if (m.find()) {
                registerRows.add(m.group(1));
                if (lexicon.contains(e, Sti.wikidataId, Node.ANY)) {
                    missing.add(u.entity() + " has a QID although its register row is UNVERIFIED");
                }
            }
        }
        assertTrue(missing.isEmpty(), "data/links/unverified-ids.tsv is out of step with the data:\n" + String.join("\n", missing));
        assertEquals(REGISTER_UNVERIFIED, registerRows, "every UNVERIFIED row of the register is listed");
        assertTrue(rows.stream().anyMatch(u -> u.candidates().contains("Q222241")), "candidates are read from the file");
    }

    private static boolean mentions(Triple t, String id) {
        for (Node n : List.of(t.getSubject(), t.getObject())) {
            if (n.isURI() && (n.getURI().equals(Namespaces.WD + id) || n.getURI().equals(id))) {
                return true;
            }
            if (n.isLiteral() && n.getLiteralLexicalForm().equals(id)) {
                return true;
            }
        }
        return false;
    }

    @TempDir
    Path dir;

    /** Compiles the checkout's ontology with one lexicon file; returns the problems the build reports. */
    private String problems(String lexicon) throws IOException {
        Path lex = Files.createDirectories(dir.resolve("lexicon"));
        Path sources = Files.createDirectories(dir.resolve("sources"));
        Files.writeString(lex.resolve("entities.yaml"), lexicon);
        BuildConfig config = BuildConfig.standard(Shipped.PROJECT).withLexicon(lex).withSources(sources);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new GraphCompiler(config, Clock.systemUTC()).compile());
        return e.getMessage();
    }

    @Test
    void givenMalformedIdentifiers_whenBuilt_thenTheBuildIsRefusedNamingEachOne() throws IOException {
        String p = problems("""
                entities:
                  - id: zero-padded
                    type: Agency
                    label: {en: Zero-padded QID}
                    wikidata: Q06005
                    evidence: "a source"
                  - id: lower-case
                    type: Agency
                    label: {en: Lower-case QID}
                    wikidata: q6005
                    evidence: "a source"
                  - id: an-iri
                    type: Agency
                    label: {en: QID given as an IRI}
                    wikidata: http://www.wikidata.org/entity/Q6005
                    evidence: "a source"
                  - id: short-ror
                    type: Agency
                    label: {en: Truncated ROR}
                    ror: https://ror.org/007f5s2
                    evidence: "a source"
                """);

        assertTrue(p.startsWith("4 problems"), p);
        for (String bad : List.of("'Q06005' is not a Wikidata item id", "'q6005' is not a Wikidata item id",
                "'http://www.wikidata.org/entity/Q6005' is not a Wikidata item id", "'https://ror.org/007f5s2' is not a ROR id")) {
            assertTrue(p.contains(bad), bad + " in:\n" + p);
        }
    }

    @Test
    void givenAnIdentifierWithoutEvidence_whenBuilt_thenTheBuildIsRefused() throws IOException {
        String p = problems("""
                entities:
                  - id: unverified-ministry
                    type: Ministry
                    label: {en: A ministry whose QID nobody has checked}
                    wikidata: Q222241
                """);

        assertTrue(p.contains("needs 'evidence:'"), p);
    }

    @Test
    void givenAConceptWithAQid_whenBuilt_thenItIsLinkedWithSkosExactMatchNotOwlSameAs() {
        Graph lexicon = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        new GraphCompiler(LinkFixture.config(dir), Clock.systemUTC()).compile().graphs().get(GRAPHS.lexicon())
                .find().forEachRemaining(lexicon::add);
        Node area = uri(ID + "lk-area-sandbox");
        Node sandbox = uri(Namespaces.WD + "Q4115189");

        assertTrue(lexicon.contains(area, SKOS.exactMatch.asNode(), sandbox));
        assertFalse(lexicon.contains(area, OWL2.sameAs.asNode(), Node.ANY));
        assertTrue(lexicon.contains(uri(ID + "lk-riken"), OWL2.sameAs.asNode(), uri(Namespaces.WD + "Q1153275")));
    }
}
