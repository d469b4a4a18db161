package stikg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The library's questions on the cross-country lists, answered on the shipped data: which Japanese technology areas
 * have a counterpart in the US list, in the EU list, in both, in neither (queries/technology-list-counterparts.rq),
 * and what each list holds (queries/technology-lists.rq). Each test gives the exact rows expected.
 */
class CounterpartQueriesTest {

    private static final String CATEGORY_ALL = "<https://w3id.org/stikg/id/jp7-cat-emerging-foundational>";
    private static final String Q = "technology-list-counterparts";

    /** A row as "number | label | coverage | US counterparts | EU counterparts"; multi-valued cells sorted. */
    private static List<String> rows(Map<String, String> params) {
        return Shipped.rows(Q, params).stream().map(r -> String.join(" ; ", r.get("number"), r.get("areaLabel"),
                r.get("coverage"), sorted(r.get("usCounterparts")), sorted(r.get("euCounterparts")))).toList();
    }

    private static String sorted(String cell) {
        return cell.isEmpty() ? "" : Arrays.stream(cell.split(" \\| ")).sorted().collect(Collectors.joining(" | "));
    }

    @Test
    void givenTheDefaults_whenAsked_thenEachOfTheSixNationalStrategicAreasHasCounterpartsInBothLists() {
        assertEquals(List.of(
                "⑫ ; AI and advanced robotics ; both ; Artificial Intelligence (narrowMatch) ; Artificial intelligence technologies (narrowMatch)",
                "⑬ ; Quantum ; both ; Quantum Information and Enabling Technologies (closeMatch) ; Quantum technologies (closeMatch)",
                "⑭ ; Semiconductors and communications ; both ; Integrated Communication and Networking Technologies (narrowMatch) | Semiconductors and Microelectronics (narrowMatch) ; Advanced semiconductors technologies (narrowMatch)",
                "⑮ ; Biotechnology and healthcare ; both ; Biotechnologies (closeMatch) ; Biotechnologies (closeMatch)",
                "⑯ ; Fusion energy ; both ; Clean Energy Generation and Storage (broadMatch) ; Energy technologies (broadMatch)",
                "⑰ ; Space ; both ; Space Technologies and Systems (closeMatch) ; Space and propulsion technologies (closeMatch)"),
                rows(Map.of()));
    }

    @Test
    void givenTheNationalStrategicAreas_whenAskedForUsOnlyEuOnlyOrNeither_thenThereIsNone() {
        for (String only : List.of("US only", "EU only", "neither")) {
            assertEquals(List.of(), rows(Map.of("only", only)), only);
        }
        assertEquals(6, rows(Map.of("only", "both")).size());
    }

    @Test
    void givenRelatedMatchesCounted_whenAskedForTheNationalStrategicAreas_thenTheRoboticsAndConnectivityOverlapsAppear() {
        List<String> r = rows(Map.of("related", "true"));
        assertEquals("⑫ ; AI and advanced robotics ; both ; Artificial Intelligence (narrowMatch) | Highly Automated, "
                + "Autonomous, and Uncrewed Systems, and Robotics (relatedMatch) ; Artificial intelligence technologies "
                + "(narrowMatch) | Robotics and autonomous systems (relatedMatch)", r.get(0));
        assertEquals("⑭ ; Semiconductors and communications ; both ; Integrated Communication and Networking Technologies "
                + "(narrowMatch) | Semiconductors and Microelectronics (narrowMatch) ; Advanced connectivity, navigation and "
                + "digital technologies (relatedMatch) | Advanced semiconductors technologies (narrowMatch)", r.get(2));
        assertEquals(6, r.size());
    }

    @Test
    void givenAllSeventeenAreas_whenAskedForEachCoverage_thenBothHasNineAndNeitherEight() {
        Map<String, String> all = Map.of("category", CATEGORY_ALL);
        assertEquals(List.of("③", "⑤", "⑧", "⑫", "⑬", "⑭", "⑮", "⑯", "⑰"), numbers(Map.of("category", CATEGORY_ALL, "only", "both")));
        assertEquals(List.of("①", "②", "④", "⑥", "⑦", "⑨", "⑩", "⑪"), numbers(Map.of("category", CATEGORY_ALL, "only", "neither")));
        assertEquals(List.of(), numbers(Map.of("category", CATEGORY_ALL, "only", "US only")));
        assertEquals(List.of(), numbers(Map.of("category", CATEGORY_ALL, "only", "EU only")));
        assertEquals(17, rows(all).size());
        assertEquals(List.of(
                "③ ; Digital and cybersecurity (including content) ; both ; Data Privacy, Data Security, and Cybersecurity Technologies (narrowMatch) ; Advanced connectivity, navigation and digital technologies (closeMatch)",
                "⑤ ; Resources, energy security and green transformation (GX) ; both ; Clean Energy Generation and Storage (closeMatch) ; Energy technologies (closeMatch)",
                "⑧ ; Manufacturing and materials (critical minerals and materials) ; both ; Advanced Engineering Materials (narrowMatch) | Advanced Manufacturing (narrowMatch) ; Advanced materials, manufacturing and recycling technologies (closeMatch)"),
                rows(Map.of("category", CATEGORY_ALL, "only", "both")).subList(0, 3));
    }

    @Test
    void givenRelatedMatchesCountedForAllAreas_whenAskedForEachCoverage_thenAviationIsUsOnlyAndAdvancedMedicineBoth() {
        assertEquals(List.of("②"), numbers(Map.of("category", CATEGORY_ALL, "only", "US only", "related", "true")));
        assertEquals(List.of(), numbers(Map.of("category", CATEGORY_ALL, "only", "EU only", "related", "true")));
        assertEquals(List.of("①", "④", "⑥", "⑨", "⑩", "⑪"),
                numbers(Map.of("category", CATEGORY_ALL, "only", "neither", "related", "true")));
        assertTrue(numbers(Map.of("category", CATEGORY_ALL, "only", "both", "related", "true")).contains("⑦"));
    }

    @Test
    void givenAnAreaWithNoCounterpart_whenItsTechnologiesAreMapped_thenTheyAreShownApartAndDoNotCount() {
        Map<String, String> defence = Shipped.rows(Q, Map.of("category", CATEGORY_ALL, "only", "neither")).stream()
                .filter(r -> r.get("number").equals("⑪")).findFirst().orElseThrow();
        assertEquals("neither", defence.get("coverage"));
        assertEquals("High-efficiency, high-output energy technology → US: Directed Energy (relatedMatch) | "
                + "Long-endurance, long-range, high-speed mobility technology → US: Hypersonics (relatedMatch) | "
                + "Ultra-high-precision sensing technology → EU: Advanced sensing technologies (broadMatch) | "
                + "Ultra-high-precision sensing technology → US: Advanced and Networked Sensing and Signature Management (broadMatch) | "
                + "Unmanned and autonomous system technology → EU: Robotics and autonomous systems (broadMatch) | "
                + "Unmanned and autonomous system technology → US: Highly Automated, Autonomous, and Uncrewed Systems, and Robotics (broadMatch)",
                sorted(defence.get("technologyMatches")));
    }

    @Test
    void givenKoreanLabels_whenAsked_thenTheJapaneseAreasAreNamedInKorean() {
        assertEquals(List.of("AI·첨단로봇", "양자", "반도체·통신", "바이오·헬스케어", "핵융합에너지", "우주"),
                Shipped.rows(Q, Map.of("lang", "\"ko\"")).stream().map(r -> r.get("areaLabel")).toList());
    }

    @Test
    void givenEachList_whenItsAreasAreListed_thenTheyComeInOrderWithPriorityFlagsUnverifiedWordingAndMappingCounts() {
        List<Map<String, String>> us = Shipped.rows("technology-lists", Map.of());
        assertEquals(List.of("1 0", "2 3", "3 1", "4 2", "5 1", "6 4", "7 4", "8 6", "9 2", "10 1", "11 5", "12 0", "13 2",
                "14 3", "15 1", "16 5", "17 3", "18 1"), us.stream().map(r -> r.get("order") + " " + r.get("mappedFrom")).toList());
        assertEquals("Positioning, Navigation, and Timing (PNT) Technologies ; unverified",
                us.get(14).get("label") + " ; " + us.get(14).get("verification"));
        assertEquals(1, us.stream().filter(r -> !r.get("verification").isEmpty()).count());

        List<Map<String, String>> eu = Shipped.rows("technology-lists",
                Map.of("list", "<https://w3id.org/stikg/id/eu-critical-tech-2023>"));
        assertEquals(List.of(
                "1 Advanced semiconductors technologies ; Priority areas for collective risk assessment (EU, 2023) ;  ; 3",
                "2 Artificial intelligence technologies ; Priority areas for collective risk assessment (EU, 2023) ;  ; 4",
                "3 Quantum technologies ; Priority areas for collective risk assessment (EU, 2023) ;  ; 4",
                "4 Biotechnologies ; Priority areas for collective risk assessment (EU, 2023) ;  ; 4",
                "5 Advanced connectivity, navigation and digital technologies ;  ;  ; 4",
                "6 Advanced sensing technologies ;  ;  ; 2",
                "7 Space and propulsion technologies ;  ; unverified ; 1",
                "8 Energy technologies ;  ;  ; 6",
                "9 Robotics and autonomous systems ;  ;  ; 4",
                "10 Advanced materials, manufacturing and recycling technologies ;  ;  ; 4"),
                eu.stream().map(r -> r.get("order") + " " + r.get("label") + " ; " + r.get("categories") + " ; "
                        + r.get("verification") + " ; " + r.get("mappedFrom")).toList());
    }

    private static List<String> numbers(Map<String, String> params) {
        return Shipped.rows(Q, params).stream().map(r -> r.get("number")).toList();
    }
}
