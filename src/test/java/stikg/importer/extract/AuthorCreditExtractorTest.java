package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;

/**
 * A credit of the brief's authors, with or without an address. The credits are written for this test (invented
 * people and institutes), in the forms the genre prints them: a "작성:" or "집필:" line, a row of a box of credits
 * (cells apart by tabs), several authors on one line.
 */
class AuthorCreditExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    /** The candidates read from a line, each proposed entity's key replaced by "class 'name'". */
    private static List<String> read(String line) {
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(new Lexicon(List.of()),
                LAYOUT.words()), id -> List.of(), LAYOUT.extraction().classGroups(), Optional.empty());
        Proposal p = new AuthorCreditExtractor(AuthorCreditExtractor.Settings.from(LAYOUT.extraction()))
                .propose(new TextPassage(line, "L3"), context);
        return ProposalLines.of(p);
    }

    @Test
    void givenAWrittenByLineWithoutAnAddress_thenThePersonWroteTheBriefWithTheTitleAndBodiesInBrackets() {
        assertEquals(List.of("document dct:creator Person '류가온'", "Person '류가온' jobTitle 부연구위원",
                "Person '류가온' affiliation ThinkTank '바다정책연구소'",
                "ThinkTank '극지분석팀' org:unitOf ThinkTank '바다정책연구소'",
                "Person '류가온' affiliation ThinkTank '극지분석팀'"),
                read("집필: 류가온 부연구위원(바다정책연구소 극지분석팀)"));
    }

    @Test
    void givenARowOfACreditBox_thenTheUnitInTheNextCellIsTheAuthorsAndTheRoleWordIsNoName() {
        assertEquals(List.of("document dct:creator Person '남궁별'", "Person '남궁별' jobTitle 선임연구원",
                "Person '남궁별' affiliation ThinkTank '산업전망센터'"),
                read("연구책임자\t남궁별 선임연구원\t산업전망센터"));
    }

    @Test
    void givenTwoAuthorsOnOneLine_thenEachIsACreatorWithTheBodiesPrintedBeforeThem() {
        assertEquals(List.of("document dct:creator Person '오하늬'", "Person '오하늬' jobTitle 연구위원",
                "Person '오하늬' affiliation ThinkTank '미래전략연구원'", "Person '오하늬' email hn@example.org",
                "document dct:creator Person '진솔'", "Person '진솔' jobTitle 연구원",
                "Person '진솔' affiliation ThinkTank '미래전략연구원'"),
                read("작성: 미래전략연구원 오하늬 연구위원(hn@example.org), 미래전략연구원 진솔 연구원"));
    }

    @Test
    void givenALineThatIsNoCredit_thenNothingIsRead() {
        assertEquals(List.of(), read("작성 기준은 2026년 12월 말 현재의 자료임"));
        assertEquals(List.of(), read("연구책임자\t성명\t소속"));
        assertEquals(List.of(), read("공동연구자 역할을 맡은 기관은 세 곳이다"));
        assertEquals(List.of(), read("홍길동 연구위원"));
        assertEquals(List.of(), read("홍길동 장관(가상과학부)"));
    }

    @Test
    void givenTheTitleInBracketsOrBeforeTheName_thenTheNameStillPairsWithIt() {
        assertEquals(List.of("document dct:creator Person '채다온'", "Person '채다온' jobTitle 연구위원",
                "Person '채다온' affiliation ThinkTank '하늘정책연구원'"), read("작성: 채다온(하늘정책연구원 연구위원)"));
        assertEquals(List.of("document dct:creator Person '변누리'", "Person '변누리' jobTitle 책임연구원",
                "Person '변누리' affiliation ThinkTank '숲기술연구소'"), read("저자: 숲기술연구소 책임연구원 변누리"));
    }

    @Test
    void givenALineThatIsWhollyACreditWithABody_thenItIsReadWithoutAWordOfCredit() {
        assertEquals(List.of("document dct:creator Person '국하은'", "Person '국하은' jobTitle 부연구위원",
                "Person '국하은' affiliation ThinkTank '별빛경제연구원'"), read("국하은 부연구위원(별빛경제연구원)"));
    }

    @Test
    void givenAWebArticlesBylineWithABarAndTwoAuthorsPartedByAMiddleDot_thenEachWroteTheBrief() {
        // the byline form of development brief (i), with invented people
        assertEquals(List.of("document dct:creator Person '윤가람'", "Person '윤가람' jobTitle 연구위원",
                "document dct:creator Person '차나래'", "Person '차나래' jobTitle 연구원",
                "Person '차나래' affiliation ThinkTank '정책분석실'"),
                read("글 | 윤가람 연구위원 · 차나래 연구원 (정책분석실)"));
        assertEquals(List.of(), read("글 | 이 주제에 대한 의견"));
    }
}
