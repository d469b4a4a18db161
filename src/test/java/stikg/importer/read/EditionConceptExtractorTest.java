package stikg.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.extract.Extractor;
import stikg.importer.extract.PlanEdition;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;
import stikg.importer.names.LexiconEntry;

/**
 * Prose that names an edition of a plan and lists the fields it focused on or widened its scope to ("제4기
 * 기본계획은 A와 B를 중점 지원 분야로 설정") gives the edition those fields as concepts: the edition-concept
 * extractor proposes them, its phase of the merge defines them in the draft.
 */
class EditionConceptExtractorTest {

    /** The seed brief's lines 15 to 17, which say what the 4th to 6th editions were about. */
    private static final String L15 = "일본은 제4기(‘11년~’15년) 기본계획 이후 과학기술정책 범위를 기초·응용과학에서 "
            + "혁신(Innovation), 사회실장·실용화, 생태계(Ecosystem), 경제안보 분야로 확장";
    private static final String L16 = "제4기 기본계획은 그린 이노베이션과 생명과학 혁신을 중점 지원 분야로 설정하였고, "
            + "제5기(‘16년~’20년)에는 지원 분야 대신 혁신 기반(오픈이노베이션, 지식재산권·표준화 전략) 준비에 방점";
    private static final String L17 = "제6기(‘21년~’25년) 기본계획은 소사이어티 5.0 실현을 목표로 탄소중립, 스타트업 "
            + "육성, 스마트시티로 지원 분야를 확장함과 동시에 경제안보 이슈(핵심·신흥기술 개발, 기술유출 방지)를 끌어들이";

    private final LayoutConfig layout = Briefs.layout();
    private final Lexicon lexicon = Lexicon.empty().with(List.of(new LexiconEntry("carbon-neutrality",
            List.of("skos:Concept"), Map.of("ko", List.of("탄소중립")), Map.of(), List.of(), Map.of(), "test")));
    private final EntityBook book = new EntityBook("doc", lexicon, "ko");
    private final EntityRecognizer recognizer = new EntityRecognizer(lexicon, layout.words());
    private final DateReader dates = new DateReader(layout.numbers(), layout.words().yearApostrophes());
    private final stikg.importer.extract.PlanExtractor finder = new stikg.importer.extract.PlanExtractor(
            stikg.importer.extract.PlanExtractor.Settings.from(layout.extraction()));
    private final Plans plans = new Plans(Optional.empty(), Map.of(2, "plan-2", 3, "plan-3",
            4, "plan-4", 5, "plan-5", 6, "plan-6"), Optional.empty());
    private final PassagePhase phase = new PassagePhase(Extractor.Phase.EDITIONS, layout, book, "doc",
            new QuantityReader(layout.numbers()), lexicon, text -> finder.editionsIn(text, t -> dates.periods(t)
            .stream().map(d -> new stikg.importer.extract.DateSpan(d.interval(), d.start(), d.end())).toList()).stream()
                    .filter(e -> plans.edition(e.edition()).isPresent())
                    .map(e -> new PlanEdition(plans.edition(e.edition()).orElseThrow(), e.start(), e.end())).toList(),
            text -> List.of(), true, true, true);

    private void read(String text, int line) {
        phase.read(new Passage(text, line, "L" + line, null));
    }

    /** The Korean labels of what an entity links to by a property (lexicon ids stay ids). */
    private List<String> labels(String subject, String property) {
        return BookFacts.values(book, subject, property).stream()
                .map(id -> book.defined(id).map(b -> b.labels().get("ko")).orElse(id)).toList();
    }

    private String idOf(String label) {
        return book.definitions().stream().filter(b -> label.equals(b.labels().get("ko"))).map(b -> b.id()).findFirst()
                .orElseThrow(() -> new AssertionError("no concept " + label));
    }

    @Test
    void givenASentenceWideningTheScopeOfAnEdition_whenRead_thenItsScopeExtendsToEachFieldListedBeforeTheCue() {
        read(L15, 15);

        assertEquals(List.of("혁신", "사회실장·실용화", "생태계", "경제안보"), labels("plan-4", "scopeExtendedTo"),
                "the lead ('…범위를 기초·응용과학에서') and the head word '분야' are not part of the names");
        assertEquals(List.of(), labels("plan-4", "focusArea"));
        EntityBuilder innovation = book.defined(idOf("혁신")).orElseThrow();
        assertEquals(List.of("skos:Concept"), List.copyOf(innovation.types()));
        assertEquals("Innovation", innovation.labels().get("en"), "a gloss in Latin letters is the English label");
        assertEquals(List.of("혁신(Innovation)"), innovation.altLabels().get("ko"));
    }

    @Test
    void givenASentenceNamingTwoEditions_whenRead_thenEachListBelongsToTheEditionNamedNearestBeforeIt() {
        read(L16, 16);

        assertEquals(List.of("그린 이노베이션", "생명과학 혁신"), labels("plan-4", "focusArea"), "joined by '과'");
        assertEquals(List.of("혁신 기반", "오픈이노베이션", "지식재산권·표준화 전략"), labels("plan-5", "focusArea"),
                "after the lead word '대신', without the head word '준비'");
        assertEquals(List.of("오픈이노베이션", "지식재산권·표준화 전략"), labels(idOf("혁신 기반"), "skos:narrower"));
    }

    @Test
    void givenAPurposeBeforeAListAndABracketedListUnderAFieldNamedBefore_whenRead_thenTheNarrowerFieldsPointToIt() {
        read(L15, 15);
        read(L17, 17);

        assertEquals(List.of("carbon-neutrality", "스타트업 육성", "스마트시티", "경제안보", "핵심·신흥기술 개발",
                "기술유출 방지"), labels("plan-6", "focusArea"),
                "'…실현을 목표로' is a purpose, not a field; a field the lexicon knows is that entity");
        String security = idOf("경제안보");
        assertEquals(List.of(security), BookFacts.values(book, idOf("기술유출 방지"), "skos:broader"),
                "the field drafted at L15, which this line does not define again");
        assertEquals(List.of(), BookFacts.values(book, security, "skos:narrower"));
    }

    @Test
    void givenASentenceInTheSecondBriefsStyle_whenRead_thenItsFieldsAreSplitAtAndOnlyWhereAWordCanEnd() {
        read("※ 제2차(‘22년~’26년) 계획은 정책 효과 분석 및 디지털 전환(AI, 데이터)을 중점 분야로 설정", 9);

        assertEquals(List.of("정책 효과 분석", "디지털 전환", "AI", "데이터"), labels("plan-2", "focusArea"),
                "'효과 ' ends a word, not a name joined by '과'");
        assertEquals(List.of("AI", "데이터"), labels(idOf("디지털 전환"), "skos:narrower"));
    }

    @Test
    void givenASentenceEndBetweenTheEditionAndTheList_whenRead_thenTheListStartsAfterIt() {
        read("제2차 계획은 연구비를 늘렸다. 인공지능과 바이오를 중점 분야로 설정", 9);

        assertEquals(List.of("인공지능", "바이오"), labels("plan-2", "focusArea"));
    }

    @Test
    void givenAListWithoutAnEditionOrWithoutACue_whenRead_thenNoConceptIsDrafted() {
        read("정부는 그린 이노베이션과 생명과학 혁신을 중점 지원 분야로 설정", 3);
        read("제4기 기본계획은 그린 이노베이션과 생명과학 혁신을 추진", 4);
        read("제3차 공모는 그린 이노베이션과 생명과학 혁신을 중점 지원 분야로 설정", 5);

        assertTrue(book.definitions().isEmpty(), "no edition, no cue, or an edition mark that names no plan");
    }
}
