package stikg.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.importer.draft.EntityBook;
import stikg.importer.names.Lexicon;
import stikg.pipeline.GraphCompiler;
import stikg.source.EntityRecord;
import stikg.source.Fact;
import stikg.source.SourceFile;
import stikg.source.SourceReader;
import stikg.source.Value;

/**
 * A second brief in the same layout, written for the tests (a fictional country, other tables and traps), imports
 * into a draft that builds with its own lexicon without a SHACL violation.
 */
class SecondBriefTest {

    @TempDir
    static Path out;

    static ImportReport report;
    static SourceFile draft;

    @BeforeAll
    static void importIt() {
        Lexicon lexicon = Briefs.lexicon(Briefs.EXAMPLIA_LEXICON);
        report = new BriefImporter(Briefs.layout(), lexicon).importBrief(Briefs.EXAMPLIA, "brief-examplia.txt", out,
                "examplia-brief");
        draft = new SourceReader(out).read(report.sourceFile(), SourceFile.Kind.SOURCE);
    }

    private static EntityRecord defined(String label) {
        return draft.entities().stream().filter(e -> e.defines() && labels(e).contains(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity labelled " + label));
    }

    private static EntityRecord defined(String label, String type) {
        return draft.entities().stream().filter(e -> e.defines() && labels(e).contains(label)
                && e.types().contains(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " labelled " + label));
    }

    private static List<String> labels(EntityRecord e) {
        return e.facts().stream().filter(f -> f.property().equals("label") && f.value() instanceof Value.LangText)
                .flatMap(f -> ((Value.LangText) f.value()).byLanguage().values().stream().flatMap(List::stream))
                .toList();
    }

    private static List<String> values(EntityRecord e, String property) {
        return e.facts().stream().filter(f -> f.property().equals(property)).map(SecondBriefTest::text).toList();
    }

    private static List<String> valuesAbout(String id, String property) {
        return draft.entities().stream().filter(e -> id.equals(e.subjectId().orElse(null)))
                .flatMap(e -> values(e, property).stream()).toList();
    }

    private static String text(Fact f) {
        return f.value() instanceof Value.Scalar s ? s.text() : f.value().toString();
    }

    @Test
    void givenTheSecondBrief_whenImported_thenTheDraftValidatesWithZeroShaclViolations() {
        GraphCompiler.Compiled c = Briefs.validate(report.sourceFile().getParent(), Briefs.EXAMPLIA_LEXICON);
        assertTrue(c.graphs().size() > 3);
        assertTrue(Files.exists(report.proposalsFile()));
    }

    @Test
    void givenTheSecondBrief_whenImported_thenSectionsTablesAndRowsAreDeclared() {
        assertEquals(7, draft.sections().size());
        assertEquals(4, draft.tables().size());
        assertEquals(14, draft.tables().get(0).firstLine());
        assertEquals(23, draft.tables().get(0).lastLine());
        assertEquals(13, report.counts().tableRows());
        assertEquals(100, draft.document().lines());
    }

    @Test
    void givenItsTitle_whenImported_thenThePlanIsDraftedWithEditionSeriesCountryPeriodAndCabinetDecision() {
        EntityRecord plan = defined("제3차 국가연구혁신계획", "Plan");
        assertEquals(List.of("3"), values(plan, "edition"));
        assertEquals(List.of("ex-research-plan"), values(plan, "inSeries"));
        assertEquals(List.of("ex-examplia"), values(plan, "country"));
        assertEquals(List.of("2027/2031"), values(plan, "period"));
        assertEquals(List.of("ex-research-plan-2"), values(plan, "predecessor"), "the lexicon's 2nd edition");
        assertEquals(List.of(plan.id()), valuesAbout("ex-research-plan-2", "successor"));
        assertEquals(List.of("2"), valuesAbout("ex-research-plan-2", "edition"), "what the brief says of it");
        assertEquals(List.of("2027-01-15"), valuesAbout(plan.id(), "cabinetDecisionDate"));
        assertEquals(List.of("2022/2026"), valuesAbout("ex-research-plan-2", "period"));
        EntityRecord text = defined("제3차 국가연구혁신계획", "Document");
        assertEquals(List.of("2027-01-15"), values(text, "publicationDate"), "the cited plan text is a document");
        assertEquals(List.of("ex-moi"), values(text, "issuedBy"));
        assertEquals(List.of(plan.id()), values(text, "concerns"), "the edition its title names");
    }

    @Test
    void givenTheOverviewTable_whenImported_thenRowsAreAreasAndTheirListsAreMeasuresWithTargets() {
        EntityRecord area = defined("기초연구 확대");
        assertEquals(List.of("PolicyArea"), area.types());
        EntityRecord doubling = defined("연구비 3배 증액");
        assertEquals(List.of(area.id()), values(doubling, "underArea"));
        assertTrue(doubling.facts().stream().anyMatch(f -> f.property().equals("target")
                && f.value() instanceof Value.Nested n && values(n.entity(), "multiplier").equals(List.of("3"))));
        EntityRecord nested = defined("박사후 연구원 지원");
        assertEquals(List.of(defined("신진연구자 지원").id()), values(nested, "partOf"));
        assertTrue(defined("국제협력").at().tableId() != null, "the row after the page break belongs to the table");
    }

    @Test
    void givenAnItemListingSeveralActions_whenImported_thenEachActionIsAMeasureNamedWithoutTheListsTopicAndVerb() {
        EntityRecord area = defined("산업 연계");
        EntityRecord space = defined("대학발 창업 공간 확충", "Measure");
        EntityRecord courses = defined("창업 교육 프로그램 운영", "Measure");
        assertEquals(List.of(area.id()), values(space, "underArea"));
        assertEquals(List.of(area.id()), values(courses, "underArea"));
        assertTrue(altLabels(courses).contains("창업 교육 프로그램 운영을 추진"), "the printed text stays an alias");
        EntityRecord shared = defined("연구장비, 데이터, 인력 등 공동 기반 확충", "Measure");
        assertEquals(List.of(area.id()), values(shared, "underArea"), "commas enumerating nouns keep the item whole");
    }

    @Test
    void givenATableDetailingARowsItems_whenImported_thenEachDetailRowIsThatItemNotASecondEntity() {
        EntityRecord funding = defined("연구비 확충", "SubArea");
        EntityRecord individual = defined("개인연구", "SubArea");
        assertEquals(List.of(funding.id()), values(individual, "skos:broader"));
        assertTrue(altLabels(individual).contains("개인연구 과제 지원"), "the item's name is the row's alias");
        assertTrue(altLabels(defined("집단연구", "SubArea")).contains("집단연구 과제 지원을 확대"));
        assertTrue(draft.entities().stream().filter(e -> e.types().contains("Measure"))
                .noneMatch(e -> labels(e).contains("개인연구 과제 지원")), "the item is not drafted twice");
        assertEquals(List.of(individual.id()), values(defined("기본연구 과제 확대", "Measure"), "underArea"));
    }

    @Test
    void givenATopicBulletListingActions_whenImported_thenEachActionIsAMeasureUnderTheTopic() {
        EntityRecord topic = defined("연구 인력", "SubArea");
        String homepage = draft.entities().stream().filter(e -> e.types().contains("Document")
                && values(e, "url").contains("https://www.example.org/programs")).findFirst().orElseThrow().id();
        for (String action : List.of("박사후 연구원 처우 개선", "해외 연구자 유치 확대", "여성 연구자 경력 복귀 지원")) {
            EntityRecord measure = defined(action, "Measure");
            assertEquals(List.of(topic.id()), values(measure, "underArea"), action);
            assertEquals(List.of(homepage), values(measure, "citedSource"), "cites what its bullet's footnote cites");
        }
    }

    @Test
    void givenASectionIndentingAllItsBulletsUnderALead_whenImported_thenItsShallowestTopicsOnThePageAreSubAreas() {
        EntityRecord exchange = defined("인재 교류", "SubArea");
        defined("연구 보안", "SubArea");  // at the margin after a page break, where the indentation was lost
        assertEquals(List.of(defined("국제협력", "PolicyArea").id()), values(exchange, "subAreaOf"));
        EntityRecord ministry = defined("혁신부", "SubArea");
        assertEquals(List.of("ex-moi"), values(ministry, "concerns"), "a known organisation at the margin heads a "
                + "sub-area about it");
    }

    @Test
    void givenActionsBeforeAnEnumeration_whenImported_thenTheyStayActionsAndTheEnumeratedNounsJoinTheLast() {
        String exchange = defined("인재 교류", "SubArea").id();
        for (String action : List.of("해외 연구자 네트워크 구축", "공동연구 확대", "EXSF, 혁신부 등 관계 기관의 국제 협력 활성화")) {
            assertEquals(List.of(exchange), values(defined(action, "Measure"), "underArea"), action);
        }
        defined("연구 데이터 관리 강화, 외국인 투자 심사 강화 등과 같은 연구 보안 조치", "Measure");  // examples of one measure
    }

    @Test
    void givenAPlainBulletStatingAPolicy_whenImported_thenItIsAMeasureOfTheSubAreaAboveWithTheStatusItsEndTells() {
        EntityRecord centre = defined("북해국과의 공동연구 센터 설립", "Measure");
        assertEquals(List.of(defined("인재 교류", "SubArea").id()), values(centre, "underArea"));
        assertEquals(List.of("under consideration"), values(centre, "status"), "the bullet ends in '검토'");
        assertTrue(draft.entities().stream().noneMatch(e -> e.defines() && e.types().contains("Measure")
                && labels(e).stream().anyMatch(l -> l.contains("최대 연구 협력국"))), "a remark that states no policy "
                + "is no measure");
        EntityRecord reform = defined("혁신부의 국제협력 기능을 기획 중심으로 개편하는 방향으로 개혁", "Measure");
        assertEquals(List.of(defined("혁신부", "SubArea").id()), values(reform, "underArea"),
                "a topic at the margin stating one action has that measure");
        assertEquals(List.of("ex-moi"), values(reform, "concerns"), "'혁신부의 … 기능을 … 개편': the measure is about it");
        EntityRecord training = defined("예시아 과학재단이 신진 연구자의 해외 연수", "Measure");
        assertEquals(List.of("ex-science-foundation"), values(training, "ledBy"), "the subject of the sentence");
        EntityRecord consulting = defined("전문가 파견을 통한 컨설팅 지원", "Measure");
        assertTrue(consulting.facts().stream().filter(f -> f.property().equals("altLabel")).map(Fact::value)
                .map(Object::toString).anyMatch(v -> v.contains("중소기업에 대해서는 전문가 파견을 통한 컨설팅 지원에 주력")),
                "the context opening it is left out of the name and kept in the printed alias");
    }

    @Test
    void givenAStarredWordNamingNothingKnown_whenImported_thenItsExplanationIsAboutTheMeasureTheBulletStates() {
        EntityRecord support = defined("정부는 국제 연구 협력 프로그램을 중심으로 지원", "Measure");
        assertEquals(List.of("ex-leap-programme", "ex-young-programme"), valuesAbout(support.id(), "usesProgram"));
    }

    @Test
    void givenALaunchDatedInTheWordBeforeItsCue_whenImported_thenTheEventIsNamedWithoutTheDate() {
        EntityRecord launch = defined("예시아 과학재단 출범", "Establishment");
        assertEquals(List.of("2027-01"), values(launch, "date"));
        assertEquals(List.of("ex-science-foundation"), values(launch, "sti:about"));
    }

    @Test
    void givenABulletPreviewingTheSubAreasOfATableBelow_whenImported_thenItStatesNoMeasureOfItsOwn() {
        defined("현행 신진연구 프로그램을 확대하고, 「연구장비 공동활용 사업」을 신설", "Measure");
        assertTrue(draft.entities().stream().noneMatch(e -> e.defines() && e.types().contains("Measure")
                && labels(e).stream().anyMatch(l -> l.contains("연구 인프라 강화"))));
    }

    @Test
    void givenASentenceSortingAThingIntoKinds_whenImported_thenTheKindsAreNarrowerConceptsInOrder() {
        EntityRecord institutes = defined("연구기관", "skos:Concept");
        List<String> kinds = valuesAbout(institutes.id(), "skos:narrower");
        assertEquals(List.of(defined("국립연구소").id(), defined("대학부설연구소").id(), defined("기업연구소").id()), kinds);
        assertEquals(List.of("3"), values(defined("기업연구소"), "order"));
    }

    @Test
    void givenAnEditionNamedWithTheFieldItFocusedOn_whenImported_thenTheFieldIsAConceptThatEditionFocusesOn() {
        EntityRecord digital = defined("디지털 전환", "skos:Concept");
        assertEquals(List.of(digital.id()), valuesAbout("ex-research-plan-2", "focusArea"),
                "L9: '제2차(…) 계획은 디지털 전환을 중점 분야로 설정'");
    }

    @Test
    void givenAnOverviewItemEchoedByASubAreaOfItsArea_whenImported_thenTheyAreRelated() {
        EntityRecord funding = defined("연구비 확충", "SubArea");
        assertEquals(List.of(funding.id()), values(defined("연구비 3배 증액", "Measure"), "skos:related"));
        assertEquals(List.of(), values(defined("신진연구자 지원", "Measure"), "skos:related"), "too unlike any");
    }

    private static List<String> altLabels(EntityRecord e) {
        return e.facts().stream().filter(f -> f.property().equals("altLabel") && f.value() instanceof Value.LangText)
                .flatMap(f -> ((Value.LangText) f.value()).byLanguage().values().stream().flatMap(List::stream))
                .toList();
    }

    @Test
    void givenAMeasureNamingAnAlliance_whenImported_thenItAndTheProgrammeItUsesWorkWithThatPartner() {
        EntityRecord joint = defined("북방연합과는 도약연구 사업 활용", "Measure");
        assertEquals(List.of("ex-north-union"), valuesAbout(joint.id(), "partnerRegion"));
        assertEquals(List.of("ex-leap-programme"), valuesAbout(joint.id(), "usesProgram"));
        assertEquals(List.of("ex-north-union"), valuesAbout("ex-leap-programme", "partnerRegion"));
    }

    @Test
    void givenItsTitle_whenImported_thenTheDocumentIsAboutTheCountryAndThePlanAndInTheLayoutsLanguage() {
        List<String> concerns = draft.document().facts().stream().filter(f -> f.property().equals("concerns"))
                .map(SecondBriefTest::text).toList();
        assertEquals(List.of("ex-examplia", defined("제3차 국가연구혁신계획", "Plan").id()), concerns);
        assertTrue(draft.document().facts().stream().anyMatch(f -> f.property().equals("dct:language")
                && text(f).equals("ko")));
    }

    @Test
    void givenTwoSourcesCitingThePlanAndItsMainText_whenImported_thenBothCiteOneDocument() {
        List<List<String>> sources = draft.tables().subList(0, 2).stream().map(t -> t.facts().stream()
                .filter(f -> f.property().equals("citedSource")).map(SecondBriefTest::text).toList()).toList();
        assertEquals(1, sources.get(0).size());
        assertEquals(sources.get(0), sources.get(1), "'「… 본문」' is the plan's text, cited by the first source too");
    }

    @Test
    void givenAUnitNamedRightAfterItsBody_whenImported_thenItIsPartOfThatBody() {
        assertEquals(List.of("ex-moi"), valuesAbout("ex-research-bureau", "org:subOrganizationOf"));
        assertEquals(List.of(), valuesAbout("ex-moi", "org:subOrganizationOf"));
    }

    @Test
    void givenAWordTellingWhereAProgrammeStands_whenImported_thenItsStatusIsACandidateFact() {
        assertEquals(List.of("ongoing"), valuesAbout("ex-young-programme", "status"), "'현행' before its name");
        assertEquals(List.of("planned"), valuesAbout(defined("연구장비 공동활용 사업").id(), "status"),
                "'신설' after its name, in another clause");
    }

    @Test
    void givenOneRankForTwoIndicators_whenImported_thenTheCountryIsRankedOncePerIndicator() {
        List<EntityRecord> ranks = draft.entities().stream().filter(e -> e.types().contains("Ranking")).toList();
        assertEquals(List.of("ex-gov-rd", "ex-researchers"), ranks.stream()
                .flatMap(r -> values(r, "indicator").stream()).toList());
        ranks.forEach(r -> assertEquals(List.of("7"), values(r, "rank")));
        ranks.forEach(r -> assertEquals(List.of("ex-examplia"), values(r, "country")));
    }

    @Test
    void givenATopicOnHowAnAreaIsCarriedOut_whenImported_thenItsOrganisationsImplementTheAreaAndNoSubAreaIsMade() {
        EntityRecord area = defined("기초연구 확대", "PolicyArea");
        assertEquals(List.of("ex-moi", "ex-science-foundation"), valuesAbout(area.id(), "implementedBy"));
        assertTrue(draft.entities().stream().noneMatch(e -> e.defines() && labels(e).contains("추진체계")));
    }

    @Test
    void givenAProgrammeGivenAsAnExampleInBrackets_whenImported_thenItIsPartOfTheProgrammeBeforeIt() {
        assertEquals(List.of("ex-young-programme"), valuesAbout("ex-leap-programme", "partOf"));
    }

    @Test
    void givenAMisplacedGroupCell_whenImported_thenTheProseListDecidesWhichRowsItHeads() {
        EntityRecord core = defined("핵심기술");
        EntityRecord strategic = defined("전략기술");
        assertEquals(List.of(core.id()), values(defined("로봇"), "inCategory"),
                "'전략기술' printed beside ③ at the top of the page, but L32 lists only ④-⑥");
        assertEquals(List.of(strategic.id(), core.id()), values(defined("반도체"), "inCategory"));
        assertEquals(List.of(core.id()), values(strategic, "subCategoryOf"));
        assertTrue(values(defined("로봇"), "note").get(0).contains("stays in '핵심기술'"));
    }

    @Test
    void givenProse_whenImported_thenCandidateFactsCarryTheNoteAndTheirLine() {
        EntityRecord law = defined("연구혁신기본법");
        assertEquals(List.of("Law"), law.types());
        assertEquals(List.of("2019"), valuesAbout(law.id(), "enactmentDate"));
        EntityRecord announcement = draft.entities().stream().filter(e -> e.types().contains("Announcement"))
                .findFirst().orElseThrow();
        assertEquals(List.of("ex-moi"), values(announcement, "issuedBy"));
        assertEquals(List.of("2028-03"), values(announcement, "date"));
        assertEquals(List.of(EntityBook.CANDIDATE), values(announcement, "note"));
        assertEquals(55, announcement.at().firstLine());
        EntityRecord call = draft.entities().stream().filter(e -> e.types().contains("Call")).findFirst().orElseThrow();
        assertEquals(List.of("2027-05"), values(call, "date"));
        EntityRecord count = call.facts().stream().filter(f -> f.property().equals("count"))
                .map(f -> ((Value.Nested) f.value()).entity()).findFirst().orElseThrow();
        assertEquals(List.of(defined("지역 혁신거점", "skos:Concept").id()), values(count, "countOf"),
                "what the call's count counts is a concept");
        Optional<EntityRecord> target = draft.entities().stream().filter(e -> e.types().contains("Target")
                && values(e, "amount").equals(List.of("50000000000000"))).findFirst();
        assertEquals(List.of("KRW"), values(target.orElseThrow(), "currency"));
        EntityRecord actual = draft.entities().stream().filter(e -> e.types().contains("Actual")).findFirst()
                .orElseThrow();
        assertEquals(List.of("38200000000000"), values(actual, "amount"));
        assertEquals(List.of("true"), values(actual, "isEstimate"));
        assertEquals(List.of("ex-research-plan-2"), values(actual, "figureOf"));
        assertEquals(1, values(actual, "targetOfActual").size(), "the actual is compared with its clause's target");
        assertEquals(List.of("ex-gov-rd"), values(actual, "indicator"), "the indicator named before the amount");
        assertEquals(List.of("2022/2026"), values(actual, "period"), "the period printed beside the 2nd edition");
        assertEquals(List.of("ex-gov-rd"), values(target.orElseThrow(), "indicator"));
    }

    @Test
    void givenProgrammesAndLaws_whenImported_thenEachBelongsToTheCountryNamedBeforeItOrElseToTheBriefsOwn() {
        EntityRecord law = defined("연구혁신기본법");
        assertEquals(List.of("ex-examplia"), valuesAbout(law.id(), "country"), "no country before it: the title's");
        EntityRecord foreign = defined("데이터개방법");
        assertEquals(List.of("ex-northsea"), valuesAbout(foreign.id(), "country"), "named after another country");
        assertTrue(draft.entities().stream().filter(e -> foreign.id().equals(e.subjectId().orElse(null))
                && !values(e, "country").isEmpty()).allMatch(e -> values(e, "note").contains(EntityBook.CANDIDATE)));
    }

    @Test
    void givenTheTitleFootnote_whenImported_thenTheAuthorIsDraftedWithAffiliationAndEmail() {
        EntityRecord author = defined("홍길동");
        assertEquals(List.of("Person"), author.types());
        assertEquals(List.of("gildong@example.org"), values(author, "email"));
        // the institute the footnote names first, and its unit named after it (as the curated briefs record both)
        assertEquals("ex-research-institute", values(author, "affiliation").get(0));
        EntityRecord unit = defined("혁신정책실");
        assertEquals(List.of(unit.id()), values(author, "affiliation").subList(1, 2));
        assertEquals(List.of("ex-research-institute"), valuesAbout(unit.id(), "org:unitOf"));
        assertTrue(draft.document().facts().stream().anyMatch(f -> f.property().equals("dct:creator")));
        assertEquals(List.of("ex-moi"), draft.document().facts().stream()
                .filter(f -> f.property().equals("notOfficialPositionOf")).map(SecondBriefTest::text).toList(),
                "the disclaimer's organisation, not the author's institute named earlier in the footnote");
    }

    @Test
    void givenUnknownNames_whenImported_thenTheyAreProposedAsLexiconEntries() throws Exception {
        SourceFile proposals = new SourceReader(out).read(report.proposalsFile(), SourceFile.Kind.LEXICON);
        Map<String, List<String>> byLabel = new java.util.HashMap<>();
        proposals.entities().forEach(e -> labels(e).forEach(l -> byLabel.put(l, e.types())));
        assertEquals(List.of("Law"), byLabel.get("연구혁신기본법"));
        assertEquals(List.of("Guideline"), byLabel.get("연구보안 가이드라인"));
        assertEquals(report.counts().proposals(), proposals.entities().size());
    }

    @Test
    void givenTheSameBriefTwice_whenImported_thenTheDraftIsByteForByteTheSame(@TempDir Path again) throws Exception {
        Lexicon lexicon = Briefs.lexicon(Briefs.EXAMPLIA_LEXICON);
        ImportReport second = new BriefImporter(Briefs.layout(), lexicon).importBrief(Briefs.EXAMPLIA,
                "brief-examplia.txt", again, "examplia-brief");
        assertEquals(Files.readString(report.sourceFile()), Files.readString(second.sourceFile()));
        assertEquals(Files.readString(report.proposalsFile()), Files.readString(second.proposalsFile()));
    }
}
