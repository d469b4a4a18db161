package stikg.importer.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.Mention;

/**
 * The list a numbered title of technologies makes ("10대 국가필수기술: ①A, ②B …", "8개 국가핵심기술 분야: …", "두
 * 번째 축은 5대 핵심기술이다. 전략은 A, B, C, D, E를 …"): a technology list named by the title, of as many
 * technologies as it counts, each technology the passage names after the title being in it; the plan the brief is
 * about has it as its technology scheme, and it is of the brief's country. The list is read only when the passage
 * names exactly as many technologies the draft knows after the title as the title counts, so that a title counting
 * other things, or a passage naming technologies of another list too, gives nothing. A title that counts fields
 * or domains of technology ("6대 국가전략기술 영역", "8개 국가핵심기술 분야") names a category of areas rather than a list
 * (the seed's "영역" is a technology category), and is left to the readers of categories.
 */
public final class TechnologyListExtractor implements ProposingExtractor {

    /** The settings of this extractor. */
    public record Settings(String title, String type) {

        public static final Setting<String> TITLE = new Setting<>("title",
                "(\\d{1,2})\\s?[대개]\\s?([가-힣·]*기술)(?![가-힣&&[^이은는을를의과와에으로도만]]|\\s?(?:분야|영역))",
                "a numbered title of technologies: a count with 대 or 개, and a noun ending in 기술, followed by no other "
                        + "noun than a particle or the copula, nor by 분야 or 영역 (a count of fields names a category); "
                        + "group 1 is the count, group 2 the noun (default: (\\d{1,2})\\s?[대개]\\s?([가-힣·]*기술)"
                        + "(?![가-힣&&[^이은는을를의과와에으로도만]]|\\s?(?:분야|영역)))");
        public static final Setting<String> TYPE = new Setting<>("type", "TechnologyList",
                "the class of the list (default: TechnologyList)");

        /** The layout's {@code settings.technologyLists}, each setting left out at its default. */
        public static Settings from(LayoutConfig.Extraction ex) {
            var given = Setting.given(ex.setting("technologyLists"), "technologyLists", List.of(TITLE, TYPE));
            return new Settings(TITLE.from(given), TYPE.from(given));
        }
    }

    private final Settings settings;
    private final Pattern title;

    public TechnologyListExtractor(Settings settings) {
        this.settings = settings;
        this.title = Pattern.compile(settings.title());
    }

    @Override
    public String id() {
        return "technology-list";
    }

    @Override
    public boolean readsApparatus() {
        return false;
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        Matcher m = title.matcher(text);
        if (!m.find()) {
            return Proposal.nothing();
        }
        int count = Integer.parseInt(m.group(1));
        List<Mention> after = context.names().find(text).stream().filter(n -> n.start() >= m.end()
                && context.inGroup("technology", n.id())).toList();
        Set<String> items = new LinkedHashSet<>();
        after.forEach(n -> items.add(n.id()));
        if (count < 2 || items.size() != count) {
            return Proposal.nothing();
        }
        String at = passage.at();
        String name = text.substring(m.start(), m.end()).strip();
        Evidence named = new Evidence(at, m.start(), m.end());
        String list = CandidateEntity.BLANK + "list";
        List<CandidateFact> facts = new ArrayList<>();
        // "10대 국가필수기술" counts ten of what its noun names
        facts.add(new CandidateFact(list, "count", "Count", false, id() + "/count", named,
                "the count the title gives", CountedNoun.node(m.group(1), m.group(2))));
        Evidence whole = new Evidence(at, m.start(), after.get(after.size() - 1).end());
        for (String item : items) {
            facts.add(new CandidateFact(item, "skos:inScheme", list, false, id() + "/item", whole,
                    "a technology the passage names after the title"));
        }
        context.plan().ifPresent(p -> facts.add(new CandidateFact(p, "technologyScheme", list, false,
                id() + "/plan", named, "the list of the plan the brief is about")));
        context.documentCountry().ifPresent(c -> facts.add(new CandidateFact(list, "country", c, false,
                id() + "/country", named, "the country the brief is about")));
        return new Proposal(List.of(new CandidateEntity(list, settings.type(), name, "technology-list", named,
                "a numbered title of technologies at " + at + ", with as many technologies after it")), facts);
    }
}
