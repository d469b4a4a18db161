package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;

/**
 * A list printed after a colon, counted by the clause before it with the count after its title. Read on the
 * sentences of two development briefs of the corpus, (g) and (e), as they stand in their texts, and on sentences
 * written for this test.
 */
class ColonListExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();
    private static final Path BRIEFS = Path.of("data", "importer-corpus", "briefs");

    private static Proposal read(String text) {
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(Lexicon.empty(), LAYOUT.words()),
                id -> List.of(), LAYOUT.extraction().classGroups(), Optional.of("land"),
                ExtractionContext.ANY_DOCUMENT, t -> List.of(), t -> List.of(), Optional.of("plan-1"));
        return new ColonListExtractor(ColonListExtractor.Settings.from(LAYOUT))
                .propose(new TextPassage(text, "L1", Optional.of("plan-1"), List.of()), context);
    }

    /** Lines first to last of a corpus brief, joined by blanks as the segmenter joins hard-wrapped prose. */
    private static String lines(String brief, int first, int last) throws IOException {
        List<String> all = Files.readAllLines(BRIEFS.resolve(brief), StandardCharsets.UTF_8);
        return String.join(" ", all.subList(first - 1, last).stream().map(String::strip).toList());
    }

    private static List<String> names(Proposal p) {
        return p.entities().stream().map(e -> e.name() + " " + e.type()).toList();
    }

    @Test
    void givenBriefGsCommaListAfterAColonCountedAfterItsQuotedTitle_thenSixTechnologyAreasOfAListNamedByTheTitle()
            throws IOException {
        Proposal p = read(lines("g-kaldoria-4th-sti-strategy.txt", 120, 122));
        assertEquals(List.of("미래 탐색 기술 TechnologyList", "뉴로모픽 컴퓨팅 TechnologyArea", "합성생물학 TechnologyArea",
                "핵융합 TechnologyArea", "초전도 소재 TechnologyArea", "뇌-컴퓨터 인터페이스 TechnologyArea",
                "6G 이후 통신 TechnologyArea"), names(p), "the list ends at the full stop; the title word 기술 decides");
        assertEquals(6, p.facts().stream().filter(f -> f.property().equals("skos:inScheme")).count());
        assertEquals(List.of("6"), p.facts().stream().filter(f -> f.property().equals("count"))
                .map(f -> f.node().get("countValue")).toList());
        assertEquals(List.of("미래 탐색 기술"), p.facts().stream().filter(f -> f.property().equals("count"))
                .map(f -> f.node().get(CountedNoun.COUNTED)).toList(), "the list counts what its title names");
        assertEquals(List.of("plan-1 technologyScheme _:colon1", "_:colon1 country land"), p.facts().stream()
                .filter(f -> f.property().equals("technologyScheme") || f.property().equals("country"))
                .map(f -> f.subject() + " " + f.property() + " " + f.object()).toList());
    }

    @Test
    void givenBriefEsListWithItsCountBeforeTheTitle_thenNothingIsProposed_theCountedListsReadIt() throws IOException {
        assertEquals(Proposal.nothing(), read(lines("e-arven-7th-sti-basic-plan.txt", 91, 91)));
        assertEquals(Proposal.nothing(), read(lines("g-kaldoria-4th-sti-strategy.txt", 16, 17)),
                "counts without a colon list are no list");
    }

    @Test
    void givenAListCountedAfterATitleOfMissions_thenItsItemsArePolicyAreasOfThePlan() {
        Proposal p = read("정부는 '국가 미션' 3개를 새로 두었다: 기후 회복, 건강 장수, 안전 사회. 이어서 예산을 정하였다.");
        assertEquals(List.of("기후 회복 PolicyArea", "건강 장수 PolicyArea", "안전 사회 PolicyArea"), names(p));
        assertEquals(3, p.facts().stream().filter(f -> f.property().equals("policyArea")).count());
    }

    @Test
    void givenMoreOrFewerItemsThanCounted_orAClauseAfterTheColon_orNoTitleWord_thenNothingIsProposed() {
        assertEquals(Proposal.nothing(), read("'핵심 기술' 3개를 정하였다: 조력발전, 투명소재."));
        assertEquals(Proposal.nothing(),
                read("'핵심 기술' 2개를 정하였다: 조력발전을 먼저 지원하고, 투명소재는 나중에 지원한다."));
        assertEquals(Proposal.nothing(), read("'중점 과업' 2개를 정하였다: 조력발전, 투명소재."));
    }
}
