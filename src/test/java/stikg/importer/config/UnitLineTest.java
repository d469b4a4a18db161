package stikg.importer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;

/** The grammar knows the line that gives a table's bare numbers their unit. */
class UnitLineTest {

    private final LayoutConfig.Numbers numbers = Briefs.layout().numbers();

    @Test
    void givenAUnitLine_thenItsUnitIsRead() {
        Matcher m = numbers.unitLine().matcher("(단위 : 백만 달러)");
        assertEquals(true, m.matches());
        assertEquals("백만 달러", m.group(1));
    }

    @Test
    void givenAParenthesisedRemark_thenItIsNoUnitLine() {
        assertFalse(numbers.unitLine().matcher("(2030년까지 단계적으로)").matches());
    }
}
