package stikg.serve.web;

import java.util.Map;
import java.util.Optional;

/** The words of the pages written on the server, in English, Korean and Japanese. */
final class UiText {

    private static final Map<String, String[]> TEXT = Map.ofEntries(
            // key -> {en, ko, ja}
            Map.entry("site", new String[] {"stikg: STI policy knowledge graph", "stikg: 과학기술혁신 정책 지식그래프",
                "stikg: 科学技術イノベーション政策ナレッジグラフ"}),
            Map.entry("nav.query", new String[] {"Query", "질의", "クエリ"}),
            Map.entry("nav.technology", new String[] {"Technology areas", "기술 영역", "技術領域"}),
            Map.entry("nav.investment", new String[] {"Investment", "투자", "投資"}),
            Map.entry("language", new String[] {"Label language", "표시 언어", "表示言語"}),
            Map.entry("types", new String[] {"Types", "유형", "型"}),
            Map.entry("inferredTypes", new String[] {"Inferred types", "추론된 유형", "推論された型"}),
            Map.entry("otherLabels", new String[] {"Names", "이름", "名称"}),
            Map.entry("outgoing", new String[] {"Facts about it", "이 항목에 대한 사실", "この項目についての事実"}),
            Map.entry("incoming", new String[] {"Links to it", "이 항목을 가리키는 연결", "この項目へのリンク"}),
            Map.entry("inferred", new String[] {"Inferred facts", "추론된 사실", "推論された事実"}),
            Map.entry("inferredNote", new String[] {"concluded by the rules in ontology/rules, not stated by a source",
                "ontology/rules의 규칙으로 도출된 것으로, 출처에 적힌 사실이 아님",
                "ontology/rules の規則から導かれたもので、出典に書かれた事実ではない"}),
            Map.entry("property", new String[] {"Property", "속성", "プロパティ"}),
            Map.entry("value", new String[] {"Value", "값", "値"}),
            Map.entry("from", new String[] {"From", "출발 항목", "元の項目"}),
            Map.entry("source", new String[] {"Source", "출처", "出典"}),
            Map.entry("external", new String[] {"External links", "외부 링크", "外部リンク"}),
            Map.entry("evidence", new String[] {"seen at", "확인 위치", "確認箇所"}),
            Map.entry("data", new String[] {"This entity as data", "이 항목의 데이터", "この項目のデータ"}),
            Map.entry("section", new String[] {"section", "절", "節"}),
            Map.entry("table", new String[] {"table", "표", "表"}),
            Map.entry("row", new String[] {"row", "행", "行"}),
            Map.entry("curated", new String[] {"recorded in", "기록 위치", "記録箇所"}),
            Map.entry("more", new String[] {"more: see the query", "개 더: 질의로 보기", "件以上: クエリで表示"}),
            Map.entry("openInEditor", new String[] {"Open in the query editor", "질의 편집기에서 열기", "クエリエディタで開く"}),
            Map.entry("notFound", new String[] {"No such entity", "해당 항목 없음", "該当する項目なし"}),
            Map.entry("notFoundText", new String[] {"Nothing in the graph has this IRI:", "그래프에 이 IRI를 가진 항목이 없습니다:",
                "グラフにこの IRI を持つ項目はありません:"}),
            Map.entry("structure", new String[] {"(where facts come from)", "(출처 기록)", "(出典の記録)"}),
            Map.entry("noSource", new String[] {"(no locator recorded)", "(출처 위치 없음)", "(出典の位置なし)"}),
            Map.entry("estimate", new String[] {"estimate", "추정", "推定"}));

    /** Names of the few reused terms the ontology graph does not name. */
    private static final Map<String, String[]> TERMS = Map.of(
            "http://www.w3.org/2000/01/rdf-schema#label", new String[] {"name", "이름", "名称"},
            "http://www.w3.org/2004/02/skos/core#altLabel", new String[] {"other name", "다른 이름", "別名"},
            "http://www.w3.org/2004/02/skos/core#prefLabel", new String[] {"preferred name", "대표 이름", "優先名"},
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", new String[] {"type", "유형", "型"},
            "http://www.w3.org/2002/07/owl#sameAs", new String[] {"same as", "동일 대상", "同一"},
            "http://www.w3.org/2004/02/skos/core#exactMatch", new String[] {"exact match", "동일 개념", "完全一致"},
            "http://www.w3.org/2004/02/skos/core#editorialNote", new String[] {"curator's note", "편집 주석", "編集注記"},
            "http://www.w3.org/ns/prov#wasDerivedFrom", new String[] {"derived from", "출처 구절", "由来"});

    private UiText() {
    }

    static Optional<String> term(String iri, String lang) {
        String[] t = TERMS.get(iri);
        return t == null ? Optional.empty() : Optional.of(pick(t, lang));
    }

    /** "line 11", "11줄", "11行目" (and ranges). */
    static String lines(String range, String lang, boolean single) {
        return switch (lang) {
            case "ko" -> range + "줄";
            case "ja" -> range + "行目";
            default -> (single ? "line " : "lines ") + range;
        };
    }

    private static String pick(String[] t, String lang) {
        return switch (lang) {
            case "ko" -> t[1];
            case "ja" -> t[2];
            default -> t[0];
        };
    }

    static String get(String key, String lang) {
        String[] t = TEXT.get(key);
        return t == null ? key : pick(t, lang);
    }
}
