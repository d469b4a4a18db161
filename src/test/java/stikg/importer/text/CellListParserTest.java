package stikg.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;

/** The items a table cell lists, however its list is printed (cells written here, in the forms briefs print). */
class CellListParserTest {

    private final LayoutConfig.Structure layout = Briefs.layout().structure();
    private final CellListParser parser = new CellListParser(layout, new MarkStripper(layout, Set.of()));

    private List<String> items(String cell) {
        return parser.items(cell, new ArrayList<>()).stream().map(Segmentation.CellItem::text).toList();
    }

    @Test
    void givenAnHtmlListWithItemTags_whenParsed_thenEachTaggedItemIsAnItemOfItsOwn() {
        assertEquals(List.of("실증 프로그램(Praxis)", "수소 캠퍼스 확충"),
                items("<ul><li>실증 프로그램(Praxis)</li><li>수소 캠퍼스 확충</li></ul>"));
        assertEquals(List.of("바이오파운드리 네트워크"), items("<ul><li class=\"x\">바이오파운드리 네트워크</li></ul>"));
    }

    @Test
    void givenAnHtmlListWithMarkersInsteadOfItemTags_whenParsed_thenTheMarkersStillBoundTheItems() {
        assertEquals(List.of("기초연구 확대", "연구장비 개방"),
                items("<ul style=\"list-style-type: none\"> • 기초연구 확대 • 연구장비 개방"));
    }

    @Test
    void givenItemTagsAtTwoDepths_whenParsed_thenTheInnerItemsStandUnderTheOuterOne() {
        List<Segmentation.CellItem> items = parser.items("<ul><li>연구 인프라<ul><li>슈퍼컴퓨터 도입</li></ul></li>"
                + "<li>인재 양성</li></ul>", new ArrayList<>());
        assertEquals(List.of("연구 인프라", "슈퍼컴퓨터 도입", "인재 양성"),
                items.stream().map(Segmentation.CellItem::text).toList());
        assertEquals(List.of(1, 2, 1), items.stream().map(Segmentation.CellItem::depth).toList());
        assertEquals(0, items.get(1).parent());
    }
}
