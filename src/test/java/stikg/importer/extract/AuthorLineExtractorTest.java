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
 * The line that signs a brief. The lines are written for this test (invented people and institutes), in the orders
 * the development briefs print them: a title footnote, a "작성:" line at the end, a line under the title with the
 * name first.
 */
class AuthorLineExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    /** The candidates read from a line, with each proposed entity's key replaced by "class 'name'". */
    private static List<String> read(String line) {
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(new Lexicon(List.of()),
                LAYOUT.words()), id -> List.of(), LAYOUT.extraction().classGroups(), Optional.empty());
        Proposal p = new AuthorLineExtractor(AuthorLineExtractor.Settings.from(LAYOUT.extraction()))
                .propose(new TextPassage(line, "L1"), context);
        return ProposalLines.of(p);
    }

    @Test
    void givenATitleFootnoteWithInstituteUnitNameAndTitle_thenThePersonIsAffiliatedWithBothAndHasTheAddress() {
        assertEquals(List.of("Person '박하늘' affiliation ThinkTank '해양정책연구원'",
                "Person '박하늘' affiliation ThinkTank '극지협력센터'",
                "ThinkTank '극지협력센터' org:unitOf ThinkTank '해양정책연구원'", "document dct:creator Person '박하늘'",
                "Person '박하늘' email sky@kmpi.example"),
                read("1) 해양정책연구원 극지협력센터 박하늘 선임연구위원(sky@kmpi.example)"));
    }

    @Test
    void givenALineWithTheNameFirst_thenTheNameIsStillThePerson() {
        assertEquals(List.of("Person '오민재' affiliation ThinkTank '미래기술연구소'",
                "Person '오민재' affiliation ThinkTank '아시아팀'", "ThinkTank '아시아팀' org:unitOf ThinkTank '미래기술연구소'",
                "document dct:creator Person '오민재'", "Person '오민재' email mj@ftri.example"),
                read("오민재 미래기술연구소 아시아팀 책임연구원(mj@ftri.example)"));
    }

    @Test
    void givenAWrittenByLine_thenTheOpeningWordIsNoName() {
        assertEquals(List.of("Person '한서진' affiliation ThinkTank '정책분석연구소'",
                "document dct:creator Person '한서진'", "Person '한서진' email sj@pai.example"),
                read("작성: 정책분석연구소 한서진 연구원(sj@pai.example)"));
    }

    @Test
    void givenAUnitWhoseNameCarriesANumber_thenTheUnitIsStillABodyOfTheInstitute() {
        assertEquals(List.of("Person '문하진' affiliation ThinkTank '국제경제연구원'",
                "Person '문하진' affiliation ThinkTank '지역연구2센터'",
                "ThinkTank '지역연구2센터' org:unitOf ThinkTank '국제경제연구원'", "document dct:creator Person '문하진'",
                "Person '문하진' email hj@kiie.example"),
                read("1) 국제경제연구원 지역연구2센터 문하진 선임연구위원(hj@kiie.example)"));
        assertEquals(List.of(), read("1) 국제경제연구원 지역연구2센터 문하2진 선임연구위원(hj@kiie.example)"));
    }

    @Test
    void givenAnAddressInASentence_thenNothingIsRead() {
        assertEquals(List.of(), read("문의 사항은 담당 부서로 보내 주시기 바랍니다(desk@office.example)"));
        assertEquals(List.of(), read("해양정책연구원 누리집에서 자료를 받을 수 있음"));
    }
}
