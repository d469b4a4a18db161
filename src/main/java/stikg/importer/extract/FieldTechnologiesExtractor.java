package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.Mention;

/**
 * A line naming a field of technology and, after a colon, the technologies under it ("3) 에너지 전환: 청정수소, 차세대
 * 이차전지, 첨단 원자력(소형모듈원자로, 핵융합)"), as a two-level scheme printed as a list: where the draft knows the
 * field as a technology area (a row of a table of technology fields, a numbered title's item), each item after the
 * colon, joined by commas outside brackets, is a technology of that area. An item keeps its name without what its
 * brackets say of it (the scope of "첨단 원자력" is no technology of its own). The list's mark before the field ("3)",
 * "①", "-") is left out; a field the draft does not know as a technology area, or an item of more words than a name
 * has, gives nothing.
 */
public final class FieldTechnologiesExtractor implements ProposingExtractor {

    /** The settings of this extractor (the layout's {@code settings.fieldTechnologies}), each with a documented default. */
    public record Settings(Pattern line, String areaType, String technologyType, String link, int itemWords,
            int minimumItems) {

        public static final Setting<Pattern> LINE = new Setting<>("line",
                Pattern.compile("^(?:\\d{1,2}[.)]|[①-⑳]|[-•·])?\\s*([^:：,()]{2,30}?)\\s*[:：]\\s*(\\S.*)$"),
                "a field and its technologies: an optional list mark, the field (group 1), a colon and the items "
                        + "(group 2) (default: '^(?:\\d{1,2}[.)]|[①-⑳]|[-•·])?\\s*([^:：,()]{2,30}?)\\s*[:：]\\s*(\\S.*)$')");
        public static final Setting<String> AREA_TYPE = new Setting<>("areaType", "TechnologyArea",
                "the class the draft must know the field as (default: TechnologyArea)");
        public static final Setting<String> TECHNOLOGY_TYPE = new Setting<>("technologyType", "Technology",
                "the class of each item (default: Technology)");
        public static final Setting<String> LINK = new Setting<>("link", "exampleTechnology",
                "the property from the field to each item (default: exampleTechnology)");
        public static final Setting<Integer> ITEM_WORDS = new Setting<>("itemWords", 4,
                "at most this many words in an item, so that a clause is not taken for a name (default: 4)");
        public static final Setting<Integer> MINIMUM_ITEMS = new Setting<>("minimumItems", 2,
                "at least this many items after the colon (default: 2)");

        /** The layout's {@code settings.fieldTechnologies}, each setting left out at its default. */
        public static Settings from(LayoutConfig layout) {
            var given = Setting.given(layout.extraction().setting("fieldTechnologies"), "fieldTechnologies",
                    List.of(LINE, AREA_TYPE, TECHNOLOGY_TYPE, LINK, ITEM_WORDS, MINIMUM_ITEMS));
            return new Settings(LINE.from(given), AREA_TYPE.from(given), TECHNOLOGY_TYPE.from(given),
                    LINK.from(given), ITEM_WORDS.from(given), MINIMUM_ITEMS.from(given));
        }
    }

    private final Settings settings;

    public FieldTechnologiesExtractor(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "fieldTechnologies";
    }

    @Override
    public Phase phase() {
        return Phase.LISTS;
    }

    @Override
    public boolean readsApparatus() {
        return false;
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        Matcher m = settings.line().matcher(text);
        if (!m.matches()) {
            return Proposal.nothing();
        }
        String field = m.group(1);
        Optional<String> area = context.names().find(field).stream()
                .filter(n -> n.start() == 0 && n.end() == field.length()).map(Mention::id)
                .filter(id -> context.typesOf().apply(id).contains(settings.areaType())).findFirst();
        if (area.isEmpty()) {
            return Proposal.nothing();
        }
        List<int[]> items = items(text, m.start(2));
        if (items.size() < settings.minimumItems()) {
            return Proposal.nothing();
        }
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        Evidence fieldAt = new Evidence(passage.at(), m.start(1), m.end(1));
        for (int[] item : items) {
            String key = CandidateEntity.BLANK + "technology-" + (entities.size() + 1);
            Evidence at = new Evidence(passage.at(), item[0], item[1]);
            entities.add(new CandidateEntity(key, settings.technologyType(), text.substring(item[0], item[1]),
                    "technology", at, "a technology the line lists after the field '" + field + "' and a colon"));
            facts.add(new CandidateFact(area.get(), settings.link(), key, false, id() + "/" + settings.link(),
                    new Evidence(passage.at(), fieldAt.start(), item[1]), "listed after its field and a colon"));
        }
        return new Proposal(entities, facts);
    }

    /**
     * The names after the colon: parts apart by commas outside brackets, each without its bracketed tail and a
     * closing particle; none if a part is empty or longer than a name.
     */
    private List<int[]> items(String text, int from) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                String part = text.substring(start, i);
                int bracket = part.indexOf('(');
                String name = (bracket >= 0 ? part.substring(0, bracket) : part).strip();
                if (name.isEmpty() || name.split("\\s+").length > settings.itemWords()
                        || name.matches(".*[.。:：「」'\"].*")) {
                    return List.of();
                }
                int lead = part.indexOf(name);
                out.add(new int[] {start + lead, start + lead + name.length()});
                start = i + 1;
            }
        }
        return out;
    }
}
