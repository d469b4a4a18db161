package stikg.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.importer.names.Lexicon;
import stikg.source.EntityRecord;
import stikg.source.SourceFile;
import stikg.source.SourceReader;
import stikg.source.Value;

/**
 * What decides between a sub-area and a measure for a topic bullet at the margin of a policy area's section
 * ("- (X) …"): the level under a policy area is one kind of thing across the section, and the brief shows which. A
 * sub-area is a heading with measures under it: the section's lead names its topics as the parts the area is carried
 * out through, or measures stand under its topics. Where neither holds for most topics, each is a leaf stating one
 * action, a measure of the area, and the same measure as the task a table lists under that name. Briefs written
 * here; the rule is measured on the development briefs by {@code ./stikg evaluate-import}.
 */
class TopicLevelsTest {

    @TempDir
    Path dir;

    private static final String OVERVIEW = String.join("\n",
            "가상국 「제2차 연구혁신 전략(2027~2031)」 요약",
            "",
            "1 전략 개요",
            "",
            "〈 제2차 연구혁신 전략의 개요 〉",
            "",
            "\t영역\t주요 시책",
            "1\t연구 역량 강화\t<ul style=\"list-style-type: none\"> • 기초연구 예산 확대 • 연구장비 개방",
            "2\t지역 혁신\t<ul style=\"list-style-type: none\"> • 지역 거점 육성 • 지역 대학 지원",
            "3\t국제협력\t<ul style=\"list-style-type: none\"> • 공동연구 확대 • 인재 교류",
            "",
            "출처 : 연구부(2026.10.1.). 「제2차 연구혁신 전략」",
            "",
            "2 영역별 주요 시책",
            "");

    /** The title and overview of a plan summary whose sections head their areas one after another. */
    private static final String PLAN_HEAD = String.join("\n",
            "가상국 「제2차 연구혁신 종합계획」의 주요 내용",
            "",
            "01  계획의 개요",
            "",
            "가상국 정부는 2026년 10월 제2차 연구혁신 종합계획을 확정했다.",
            "");

    private SourceFile draft(String name, String brief) throws IOException {
        Path f = dir.resolve(name + ".txt");
        Files.writeString(f, brief);
        ImportReport r = new BriefImporter(Briefs.layout(), Lexicon.empty()).importBrief(f, name + ".txt",
                dir.resolve(name), null);
        return new SourceReader(dir.resolve(name)).read(r.sourceFile(), SourceFile.Kind.SOURCE);
    }

    private static List<EntityRecord> named(SourceFile draft, String label) {
        return draft.entities().stream().filter(e -> e.defines() && labels(e).contains(label)).toList();
    }

    private static List<String> labels(EntityRecord e) {
        return e.facts().stream().filter(f -> f.property().equals("label") && f.value() instanceof Value.LangText)
                .flatMap(f -> ((Value.LangText) f.value()).byLanguage().values().stream().flatMap(List::stream))
                .toList();
    }

    private static List<String> refs(EntityRecord e, String property) {
        return e.facts().stream().filter(f -> f.property().equals(property) && f.value() instanceof Value.Scalar)
                .map(f -> ((Value.Scalar) f.value()).text()).toList();
    }

    private static String areaId(SourceFile draft, String label) {
        return named(draft, label).stream().filter(e -> e.types().contains("PolicyArea")).findFirst()
                .orElseThrow(() -> new AssertionError("no policy area " + label)).subjectId().orElseThrow();
    }

    private static EntityRecord only(SourceFile draft, String label) {
        List<EntityRecord> all = named(draft, label);
        assertEquals(1, all.size(), "one entity labelled " + label + ": " + all);
        return all.get(0);
    }

    @Test
    void givenTopicsThatAreLeavesStatingOneActionEach_whenDrafted_thenEachIsAMeasureOfTheArea_NotASubArea()
            throws IOException {
        SourceFile draft = draft("leaves", OVERVIEW + String.join("\n",
                "가. 연구 역량 강화",
                "",
                "⇒ 연구 기반이 약하다는 평가에 따라 연구자 지원을 늘리는 데 주력",
                "",
                "- (기초연구) 연구부는 기초연구 예산을 2027년부터 두 배로 늘리기로 함",
                "- (연구장비) 국립연구소의 대형 장비를 대학에 개방하여 이용료의 절반을 지원",
                " - ※ 장비 개방은 2025년 시범 사업으로 시작",
                "- (산학 겸직) 대학 교원의 기업 겸직 허용 범위를 넓혀 인력 순환을 촉진하기로 함",
                ""));
        String area = areaId(draft, "연구 역량 강화");
        for (String topic : List.of("기초연구", "연구장비", "산학 겸직")) {
            EntityRecord e = only(draft, topic);
            assertEquals(List.of("Measure"), e.types(), topic + " is a measure");
            assertEquals(List.of(area), refs(e, "underArea"), topic + " stands under its area");
        }
    }

    @Test
    void givenALeadThatNamesTheTopics_whenDrafted_thenTheTopicsAreSubAreasOfTheArea() throws IOException {
        SourceFile draft = draft("lead", OVERVIEW + String.join("\n",
                "가. 지역 혁신",
                "",
                "⇒ 수도권 집중을 완화하기 위해 지역 거점 육성, 지역 대학 연구 지원을 통해 지역 혁신을 강화할 방침",
                "",
                "- (지역 거점 육성) 지역 혁신거점 5곳을 2029년까지 지정하기로 함",
                "- (지역 대학 연구 지원) 지역 대학 10곳의 연구비를 늘리기로 함",
                ""));
        String area = areaId(draft, "지역 혁신");
        for (String topic : List.of("지역 거점 육성", "지역 대학 연구 지원")) {
            EntityRecord e = named(draft, topic).stream().filter(x -> x.types().contains("SubArea")).findFirst()
                    .orElseThrow(() -> new AssertionError(topic + " is a sub-area: " + named(draft, topic)));
            assertEquals(List.of(area), refs(e, "subAreaOf"), topic);
        }
    }

    @Test
    void givenTopicsWithMeasuresUnderThem_whenDrafted_thenTheTopicsAreSubAreas() throws IOException {
        SourceFile draft = draft("under", OVERVIEW + String.join("\n",
                "가. 국제협력",
                "",
                "⇒ 국제협력을 넓히는 데 주력할 방침",
                "",
                "- (공동연구) 동맹국과의 공동연구를 넓히는 데 주력",
                " - 공동연구 예산을 2028년까지 두 배로 늘릴 계획",
                " - 공동연구 센터 3곳의 설립을 검토",
                "- (연구자 교류) 해외 연구자 초빙 확대, 신진 연구자 해외 연수 지원 등을 추진",
                ""));
        String area = areaId(draft, "국제협력");
        for (String topic : List.of("공동연구", "연구자 교류")) {
            EntityRecord e = only(draft, topic);
            assertEquals(List.of("SubArea"), e.types(), topic + " heads measures");
            assertEquals(List.of(area), refs(e, "subAreaOf"), topic);
        }
    }

    @Test
    void givenTopicsRetellingTheTasksATableLists_whenDrafted_thenEachIsThatTask_AndNoSubAreaBearsItsName()
            throws IOException {
        SourceFile draft = draft("tasks", String.join("\n",
                "가상국 「제4차 연구혁신계획(2027~2031)」의 주요 내용",
                "",
                "Ⅰ. 정책분야와 중점과제",
                "",
                "<표 1> 제4차 연구혁신계획의 2대 정책분야와 4개 중점과제",
                "정책분야\t중점과제\t주관부처",
                "1. 기초연구 강화\t장기 기초연구 지원, 연구장비 공동활용\t연구부",
                "2. 연구인재 유치\t신진연구자 지원\t교육부",
                "\t해외 우수 연구자 유치\t",
                "자료: 연구부(2026.10.), 4쪽",
                "",
                "Ⅱ. 정책분야별 주요 내용",
                "",
                "□ 정책분야 1: 기초연구 강화",
                "  ○ (장기 기초연구 지원) 개인 기초연구 과제의 지원 기간을 10년으로 늘림",
                "  ○ (연구장비 공동활용) 대형 연구시설을 대학과 기업에 개방",
                "",
                "□ 정책분야 2: 연구인재 유치",
                "  ○ (신진연구자 지원) 박사후연구원의 최저 연봉을 높임",
                "  ○ (해외 우수 연구자 유치) 5년간 해외 연구자 500명을 유치",
                ""));
        for (String task : List.of("장기 기초연구 지원", "연구장비 공동활용", "신진연구자 지원", "해외 우수 연구자 유치")) {
            EntityRecord e = only(draft, task);
            assertTrue(e.types().contains("Measure"), task + " is a measure: " + e.types());
        }
        assertEquals(List.of(areaId(draft, "연구인재 유치")), refs(only(draft, "해외 우수 연구자 유치"), "underArea"),
                "the task continued under row 2 stays under its area");
    }

    @Test
    void givenASectionHeadingItsAreasOneAfterAnother_whenDrafted_thenEachDashNamedBulletIsAMeasureOfTheAreaAboveIt()
            throws IOException {
        SourceFile draft = draft("headed", String.join("\n", PLAN_HEAD,
                "02  3대 추진전략과 과제",
                "",
                "종합계획은 3대 추진전략 아래 과제를 두었다.",
                "",
                "■ 전략 1. 연구 역량 강화 (주관: 연구부)",
                "  • 기초연구 예산 확대 – 개인 기초연구 과제 예산을 2030년까지 두 배로 늘림",
                "  • 연구장비 공동활용 – 국립연구소의 대형 장비를 대학에 개방",
                "",
                "■ 전략 2. 지역 혁신 (주관: 지역부)",
                "  • 지역 거점 지정 – 권역마다 혁신거점을 지정하고 거점당 5년간 지원",
                "  • 지역 대학 연구 지원 – 지역 대학 10곳의 연구비를 늘림",
                "",
                "■ 전략 3. 국제협력 (주관: 외교부)",
                "  • 공동연구 매칭 – 상대국과 재원을 나누는 공동연구를 늘림",
                ""));
        List<List<String>> expected = List.of(
                List.of("연구 역량 강화", "기초연구 예산 확대", "연구장비 공동활용"),
                List.of("지역 혁신", "지역 거점 지정", "지역 대학 연구 지원"),
                List.of("국제협력", "공동연구 매칭"));
        for (List<String> area : expected) {
            String id = areaId(draft, area.get(0));
            for (String measure : area.subList(1, area.size())) {
                EntityRecord e = only(draft, measure);
                assertEquals(List.of("Measure"), e.types(), measure + " is a measure");
                assertEquals(List.of(id), refs(e, "underArea"), measure + " stands under the area headed above it");
            }
        }
        assertTrue(named(draft, "2030").isEmpty() && named(draft, "권역마다 혁신거점을 지정하고").isEmpty(),
                "what follows the dash describes the measure and names nothing of its own");
    }
    @Test
    void givenABulletNamingAProgrammeBeforeItsDash_whenDrafted_thenTheDraftHasThatProgramme() throws IOException {
        SourceFile draft = draft("programmes", String.join("\n", PLAN_HEAD,
                "02  주요 사업",
                "",
                "■ 전략 1. 연구 역량 강화 (주관: 연구부)",
                "  ▸ 해양 도약 펀드 — 연구부 운용, 2027~2031",
                "  ▸ 연구장비 공동활용 — 국립연구소의 대형 장비를 대학에 개방",
                ""));
        assertTrue(named(draft, "해양 도약 펀드").stream().anyMatch(e -> e.types().equals(List.of("Program"))),
                "a name ending in a programme's class word before the dash names that programme");
        assertTrue(named(draft, "연구장비 공동활용").stream().noneMatch(e -> e.types().equals(List.of("Program"))),
                "a name of an action is no programme");
    }
}
