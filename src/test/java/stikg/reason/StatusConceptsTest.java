package stikg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stikg.pipeline.BuildConfig;
import stikg.pipeline.GraphCompiler;

/** The statuses the shipped source files write as words, as concepts of the SKOS status schemes (ontology/statuses.ttl). */
class StatusConceptsTest {

    static Graph everything;

    @BeforeAll
    static void build() {
        everything = ReasonFixtures.parts(new GraphCompiler(BuildConfig.standard(ReasonFixtures.PROJECT),
                Clock.systemUTC()).compile().graphs()).everything();
    }

    private static List<String> select(String query) {
        List<String> rows = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(DatasetGraphFactory.wrap(everything)).query("""
                PREFIX sti: <https://w3id.org/stikg/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                """ + query).build()) {
            List<String> vars = qe.getQuery().getResultVars();
            qe.select().forEachRemaining(b -> rows.add(String.join(" | ",
                    vars.stream().map(v -> b.get(v).isLiteral() ? b.get(v).getLiteralLexicalForm() : b.get(v).getURI()).toList())));
        }
        return rows;
    }

    @Test
    void givenStatusWordsInTheSources_whenInferred_thenEachThingHasItsStatusConceptLabelledInEnKoAndJa() {
        // every thing with a status word has exactly the concept whose notation is that word
        assertEquals(List.of(), select("""
                SELECT ?x ?word { ?x sti:status ?word
                  FILTER NOT EXISTS { ?x sti:statusConcept ?c . ?c skos:notation ?word ; skos:inScheme sti:StatusScheme } }"""));
        // and the counts by concept, with the labels in the three languages (as grep counts the status words in data/: done 9, ongoing 7, planned 13, under consideration 4)
        assertEquals(List.of(
                "done | 완료 | 完了 | 9",
                "ongoing | 추진 중 | 実施中 | 7",
                "planned | 추진 예정 | 予定 | 13",
                "under consideration | 검토 중 | 検討中 | 4"), select("""
                SELECT ?en ?ko ?ja (COUNT(DISTINCT ?x) AS ?n) {
                  ?x sti:statusConcept ?c .
                  ?c skos:prefLabel ?en , ?ko , ?ja FILTER(lang(?en) = "en" && lang(?ko) = "ko" && lang(?ja) = "ja")
                } GROUP BY ?en ?ko ?ja ORDER BY ?en"""));
        assertEquals(List.of("https://w3id.org/stikg/ontology#verificationUnverified | 2"), select("""
                SELECT ?c (COUNT(DISTINCT ?x) AS ?n) { ?x sti:verificationStatusConcept ?c } GROUP BY ?c"""));
    }
}
