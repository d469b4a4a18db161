package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;
import stikg.importer.names.LexiconEntry;

/**
 * The contract every extractor keeps (over all of {@link Extractors#every}): immutable results; every candidate's rule
 * starts with the extractor's id and its evidence lies within the passage; empty and odd passages give nothing and
 * throw nothing; the same passage gives the same candidates, whatever was read before.
 */
class ExtractorContractTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static LexiconEntry entry(String id, String type, String ko) {
        return new LexiconEntry(id, List.of(type), Map.of("ko", List.of(ko)), Map.of(), List.of(), Map.of(), "test");
    }

    /** A context with a few named things of the classes the extractors link. */
    private static final Lexicon NAMES = new Lexicon(List.of(entry("gov", "Ministry", "가상부"),
            entry("agency", "Agency", "연구청"), entry("unit", "org:OrganizationalUnit", "기획국"),
            entry("prog", "Program", "도약연구 프로그램"), entry("prog2", "Program", "신진연구 사업"),
            entry("land", "Country", "가상국"), entry("goal1", "PolicyArea", "기초 강화"),
            entry("goal2", "PolicyArea", "인재 확보"), entry("tide", "TechnologyArea", "조력발전"),
            entry("glass", "TechnologyArea", "투명소재"), entry("step", "Measure", "기초 조치")));

    private static ExtractionContext context() {
        EntityRecognizer names = new EntityRecognizer(NAMES, LAYOUT.words());
        stikg.importer.read.DateReader dates = new stikg.importer.read.DateReader(LAYOUT.numbers(),
                LAYOUT.words().yearApostrophes());
        return new ExtractionContext(names, id -> NAMES.find(id).map(LexiconEntry::types).orElse(List.of()),
                LAYOUT.extraction().classGroups(), java.util.Optional.empty(), ExtractionContext.ANY_DOCUMENT,
                new stikg.importer.read.QuantityReader(LAYOUT.numbers())::quantities, ExtractorContractTest::editions,
                text -> dates.dates(text).stream().map(d -> new DateSpan(d.iso(), d.start(),
                        d.end())).toList(), java.util.Optional.of("plan")).withOutline(OUTLINE);
    }

    /**
     * The draft's outline as the outline phase gives it: the area "goal1" with a sub-area, and an overview row of
     * that area listing two items, one echoing the sub-area's name.
     */
    private static final Outline OUTLINE = new Outline(List.of(
            new DraftedThing("goal1", List.of("PolicyArea"), "기초 강화", Map.of()),
            new DraftedThing("goal1-1", List.of("Measure"), "산학연계 강화", Map.of()),
            new DraftedThing("goal1-2", List.of("Measure"), "인재 유치", Map.of()),
            new DraftedThing("sub-1", List.of("SubArea"), "산학연계", Map.of("subAreaOf", List.of("goal1")))),
            Map.of("goal1", List.of("goal1-1", "goal1-2")));

    /** The editions of a plan "prog-plan" a text names: "제N기" where it stands. */
    private static List<PlanEdition> editions(String text) {
        List<PlanEdition> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("제\\d+기").matcher(text);
        while (m.find()) {
            out.add(new PlanEdition("prog-plan", m.start(), m.end()));
        }
        return out;
    }

    static Stream<Extractor> extractors() {
        return Extractors.every(LAYOUT).stream();
    }

    /** Passages each extractor should read something from, and odd ones. */
    private static final List<String> TEXTS = List.of("가상부 기획국은 현행 도약연구 프로그램과 신진연구 사업을 운영",
            "연구청은 도약연구 프로그램을 신설하고, 가상부 연구청이 이를 지원", "", " ", "(((", "가상부", "」「」,,, ※",
            "가상부 가상부 가상부", "\t\t", "신설 현행 신설", "도약연구 프로그램(신진연구 사업 등)을 확대",
            "가상국의 도약연구 프로그램을 확대", "연구청이 운영하는 ‘도약연구 프로그램’을 확대",
            "이 글은 가상부와 연구청의 공식적인 의견이 아닙니다", "도약연구의 종류는 신진연구, 중견연구(개인, 집단)로 구분",
            "도약연구 프로그램 예산을 2조 원에서 3조 원으로 확대", "5억 달러 규모의 신진연구 사업을 신설",
            "2대 목표: ① 기초 강화, ② 인재 확보", "①②③", "② 기초 강화 ① 인재 확보",
            "국립해양연구원이 새 선박을 만들고, 청년 해양탐사 사업을 늘림",
            "①생명과학(게놈, 단백질 등), ②나노·재료(반도체, 촉매)",
            "2대 전략은 ① 기초 강화, ② 인재 확보로 구성",
            "제2기 계획은 인공지능과 바이오(합성생물학, 유전체)를 중점 분야로 설정",
            "가상국의 연구 투자는 세계 2위",
            "2026년 3월 2일 연구청 전체회의에서 의결되었고, 2027년 출범하는 기획국이 맡음",
            "1) 가상정책연구원 기획팀 홍길동 연구위원(hong@example.org)", "집필: 홍길순 연구위원(가상정책연구원)",
            "계획은 두 가지 목표를 세웠다. 첫째, 기초 강화, 둘째, 인재 확보이다.",
            "※ 2대 도약기술: ①조력발전, ②투명소재", "가상국은 '도약 기술' 2개를 정하였다: 조력발전, 투명소재.",
            "가상정책연구원 동향브리프 제2026-3호 (2026년 5월 2일)",
            "가상부는 2026년 3월 ‘도약연구 프로그램’을 ‘신진연구 사업’으로 변경", "2023년 도입한 도약연구 프로그램을 확대",
            "제2기 계획의 투자 실적은 3조 원으로 목표(2조 원)를 상회",
            "본고는 필자의 견해이며 가상부와 가상정책연구원의 공식 입장이 아님",
            "홍민서 가상부 장관은 도약연구 프로그램을 발표", "연구 투자 비중을 2030년까지 3%로 확대",
            "기술인력 수를 5만 명에서 7만 명으로 늘린다.",
            "출처: 가상부(2026.3.2.). 「도약연구 프로그램 평가」. https://www.example.org/a.html",
            "가상국 해양연구재단(VORF, Virtual Ocean Research Foundation)이 신진연구 사업을 지원",
            "전략 2. 인재 확보 (주관: 가상부·연구청)", "1) 조력발전: 파력 발전, 조류 터빈(소형, 대형)");

    /**
     * The passages of {@link #TEXTS}, about nothing in particular, and passages the segmented brief says more of:
     * a footnote on the title (about the document itself), a cell about a measure that cites a document and an
     * overview row of an area listing its items.
     */
    private static List<TextPassage> passages(String at) {
        List<TextPassage> out = new java.util.ArrayList<>(TEXTS.stream().map(t -> new TextPassage(t, at)).toList());
        out.add(new TextPassage("가상부 연구청 홍길동 연구위원(gildong@example.org)", at,
                java.util.Optional.of(ExtractionContext.ANY_DOCUMENT), List.of()));
        out.add(new TextPassage("①기초(물리, 화학), ②응용(소재, 부품)", at, java.util.Optional.of("prog"),
                List.of("cited-document")));
        out.add(new TextPassage("산학연계 강화\n인재 유치", at, java.util.Optional.of("goal1"), List.of()));
        // a passage of several texts, as the sources phase reads a brief's citations: each part at its own line
        out.add(TextPassage.joined(at, List.of(new TextPassage.Piece("가상부. 「신진연구 사업 안내」", "L20",
                java.util.Optional.of("1)")), new TextPassage.Piece("「신진연구 사업 안내 본문」 참조", "L21",
                java.util.Optional.of("2)")))));
        // a table as one passage, as the columns phase reads a transposed one: its header, then a row a part
        out.add(TextPassage.joined(at, List.of(new TextPassage.Piece("구분\t조력발전\t투명소재", "L30",
                java.util.Optional.empty()), new TextPassage.Piece("주관 기관\t가상부\t연구청", "L31",
                java.util.Optional.empty()), new TextPassage.Piece("대표 사업\t도약연구 프로그램\t신진연구 사업(NRP)", "L32",
                java.util.Optional.empty()))));
        // topic bullets, as the topics phase reads them: about the area, and about a measure, that the topic is
        out.add(new TextPassage("(기초 강화) 도약연구 프로그램 확대, 신진연구 사업 신설, 인재 유치 강화를 추진", at,
                java.util.Optional.of("goal1"), List.of()));
        out.add(new TextPassage("(기초 조치) 도약연구 프로그램 확대, 신진연구 사업(NRP) 신설을 추진", at, java.util.Optional.of("step"),
                List.of()));
        // a bullet whose topic says how its area is carried out, as the bracketed-topics phase reads it
        out.add(new TextPassage("(추진체계) 연구청, 가상부 중심으로 추진", at, java.util.Optional.of("goal1"), List.of()));
        // plain bullets, as the statements phase reads them: about the area they stand under
        out.add(new TextPassage("연구청은 도약연구 프로그램 확대, 신진연구 사업 신설을 검토", at,
                java.util.Optional.of("goal1"), List.of()));
        // a running sentence listing an area's tasks, as the statements phase reads prose under an area
        out.add(new TextPassage("전략 1에서는 도약연구 프로그램 확대와 신진연구 사업 신설을 추진한다.", at,
                java.util.Optional.of("goal1"), List.of()));
        // a table's rows as group cell and name (the third's group cell at a page top), then prose, as the groups
        // phase reads them
        out.add(TextPassage.joined(at, List.of(new TextPassage.Piece("기초\t물리", "L50", java.util.Optional.of("1")),
                new TextPassage.Piece("기초\t화학", "L51", java.util.Optional.of("2")),
                new TextPassage.Piece("\f응용\t소재", "L52", java.util.Optional.of("3")),
                new TextPassage.Piece("응용\t부품", "L53", java.util.Optional.of("4")),
                new TextPassage.Piece("기초 분야 : ①물리 ②화학 ③소재", "L54", java.util.Optional.empty()))));
        // a bullet under a measure's topic, as the facts phase reads it: about the measure
        out.add(new TextPassage("- 거점 3곳을 2028년까지 지정", at, java.util.Optional.of("step"), List.of()));
        // a table item's text about the item, as the rows phase reads it for its targets
        out.add(new TextPassage("연구 거점 20개 이상 구축 및 투자 2배 확대", at, java.util.Optional.of("measure1"),
                List.of()));
        // a table of things in rows with a lead column before the last, as the rows phase reads it
        out.add(TextPassage.joined(at, List.of(new TextPassage.Piece("미션\t주관 부처\t대표 사업", "L60",
                java.util.Optional.of("6")), new TextPassage.Piece("청정 해양\t가상부·연구청(VRA)\t도약연구", "L61",
                java.util.Optional.of("1")))));
        // a table with its caption, headers, rows and items (one nested, one a remark), as the rows phase reads it
        out.add(TextPassage.joined(at, List.of(new TextPassage.Piece("[표 3] 2대 미션", "L70", java.util.Optional.empty()),
                new TextPassage.Piece("미션\t주요 내용", "L71", java.util.Optional.of("3")),
                new TextPassage.Piece("기초 강화", "L72", java.util.Optional.of("1")),
                new TextPassage.Piece("도약연구 프로그램 확대, 신진연구 사업 신설", "L72", java.util.Optional.of("-")),
                new TextPassage.Piece("\t인재 유치", "L73", java.util.Optional.of("-")),
                new TextPassage.Piece("연구청 주관", "L74", java.util.Optional.of("※")))));
        // a table of technology areas whose caption counts them, as the rows phase reads it
        out.add(TextPassage.joined(at, List.of(new TextPassage.Piece("2대 도약기술", "L80", java.util.Optional.empty()),
                new TextPassage.Piece("분야\t핵심 기술", "L81", java.util.Optional.of("4")),
                new TextPassage.Piece("조력발전", "L82", java.util.Optional.of("1")),
                new TextPassage.Piece("파력 발전", "L82", java.util.Optional.of("-")),
                new TextPassage.Piece("투명소재", "L83", java.util.Optional.of("2")))));
        // the places a table of sub-areas may name its area in, as the parents phase reads them
        out.add(TextPassage.joined(at, List.of(new TextPassage.Piece("〈표 5〉 산학연계 세부 과제", "L90",
                java.util.Optional.of("caption")), new TextPassage.Piece("2. 기초 강화", "L88",
                java.util.Optional.of("section")))));
        // a detail table's rows with the items of the row it details, as the details phase reads them
        out.add(TextPassage.joined(at, List.of(new TextPassage.Piece("조력발전", "L95", java.util.Optional.of("row")),
                new TextPassage.Piece("투명소재", "L96", java.util.Optional.of("row")),
                new TextPassage.Piece("조력발전 실증", "L12", java.util.Optional.of("item")),
                new TextPassage.Piece("투명소재 개발", "L12", java.util.Optional.of("item")))));
        // a table comparing a plan's editions figure by figure, as the tables phase reads it
        out.add(TextPassage.joined(at, List.of(new TextPassage.Piece("구분\t제1기 목표\t제2기 목표", "L40",
                java.util.Optional.of("5")), new TextPassage.Piece("연구 투자\t2조 원\t3조 원('27)", "L41",
                java.util.Optional.of("1")))));
        // a table of amounts year by year with its caption and units, as the tables phase reads it
        out.add(TextPassage.joined(at, List.of(new TextPassage.Piece("연도별 연구 투자 계획", "L100",
                java.util.Optional.of("caption")), new TextPassage.Piece("연도\t투자(억 원)", "L101",
                java.util.Optional.of("7")), new TextPassage.Piece("2027\t50억 원", "L102", java.util.Optional.of("1")),
                new TextPassage.Piece("2028\t60억 원", "L103", java.util.Optional.of("2")),
                new TextPassage.Piece("합계\t110억 원", "L104", java.util.Optional.of("3")))));
        return out;
    }

    @ParameterizedTest
    @MethodSource("extractors")
    void givenAnyPassage_whenExtracted_thenTheResultIsImmutable_RuledAndEvidencedWithinThePassage(Extractor x) {
        int total = 0;
        for (TextPassage p : passages("L7")) {
            String text = p.text();
            List<CandidateFact> out = x.extract(p, context());
            assertThrows(UnsupportedOperationException.class, () -> out.add(null), x.id() + " returned a mutable list");
            for (CandidateFact c : out) {
                assertTrue(c.rule().startsWith(x.id() + "/"), c.rule() + " is not a rule of " + x.id());
                assertTrue(c.evidence().within(p), c + " points outside '" + text + "'");
                assertFalse(c.evidence().in(p).isBlank(), c + " rests on nothing");
                assertFalse(c.why().isBlank());
            }
            total += out.size();
        }
        assertTrue(total > 0, x.id() + " read nothing from passages written to hold its facts");
    }

    @ParameterizedTest
    @MethodSource("extractors")
    void givenAnyPassage_whenProposed_thenEveryKeyIsAnEntityOfTheProposalEvidencedWithinThePassage(Extractor x) {
        for (TextPassage p : passages("L7")) {
            String text = p.text();
            Proposal proposal = x.propose(p, context());
            assertEquals(x.extract(p, context()), proposal.facts(), x.id() + ": extract gives the proposal's facts");
            assertThrows(UnsupportedOperationException.class, () -> proposal.entities().add(null));
            // one shape per kind: an extractor proposing entities writes propose and takes extract from it
            assertTrue(proposal.entities().isEmpty() || x instanceof ProposingExtractor,
                    x.id() + " proposes entities but is not a ProposingExtractor");
            List<String> keys = proposal.entities().stream().map(CandidateEntity::key).toList();
            assertEquals(keys.size(), keys.stream().distinct().count(), "keys are unique within a proposal: " + keys);
            for (CandidateEntity e : proposal.entities()) {
                assertTrue(e.evidence().within(p) && !e.evidence().in(p).isBlank(), e + " points outside '" + text
                        + "'");
            }
            for (CandidateFact c : proposal.facts()) {
                for (String end : c.literal() ? List.of(c.subject()) : List.of(c.subject(), c.object())) {
                    assertTrue(!CandidateEntity.isKey(end) || keys.contains(end), c + " refers to no entity " + end);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("extractors")
    void givenEmptyOrOddPassages_whenExtracted_thenNothingIsProposedAndNothingThrown(Extractor x) {
        for (String text : List.of("", " ", "(((", "」「」,,, ※", "\t\t", ")", ",")) {
            assertEquals(List.of(), x.extract(new TextPassage(text, "L1"), context()), "'" + text + "'");
            assertEquals(Proposal.nothing(), x.propose(new TextPassage(text, "L1"), context()));
        }
    }

    @ParameterizedTest
    @MethodSource("extractors")
    void givenTheSamePassage_whenExtractedAfterOthers_thenTheCandidatesAreTheSame(Extractor x) {
        TextPassage p = new TextPassage(TEXTS.get(0), "L3");
        List<CandidateFact> first = x.extract(p, context());
        passages("L9").forEach(t -> x.extract(t, context()));
        assertEquals(first, x.extract(p, context()), x.id() + " remembers what it read before");
    }
}
