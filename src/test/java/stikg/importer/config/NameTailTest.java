package stikg.importer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;

/** A name whose class word is followed by a year, a period or a version has the class its class word gives. */
class NameTailTest {

    private final LayoutConfig.Words words = Briefs.layout().words();

    @Test
    void givenANameEndingInATargetYear_thenItsClassWordBeforeTheYearTypesIt() {
        assertEquals(Optional.of("Strategy"), words.typeBySuffix("녹색성장 전략 2040"));
    }

    @Test
    void givenANameEndingInAPeriod_thenItsClassWordBeforeThePeriodTypesIt() {
        assertEquals(Optional.of("Program"), words.typeBySuffix("해양연구 프로그램 2021-2027"));
    }

    @Test
    void givenANameEndingInAVersion_thenItsClassWordBeforeTheVersionTypesIt() {
        assertEquals(Optional.of("Strategy"), words.typeBySuffix("산업 전략 4.0"));
    }

    @Test
    void givenAYearAloneOrAfterNoClassWord_thenNoClassIsSuggested() {
        assertEquals(Optional.empty(), words.typeBySuffix("2035"));
        assertEquals(Optional.empty(), words.typeBySuffix("비전 2035"));
    }
}
