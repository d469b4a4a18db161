package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.Mention;
import stikg.importer.text.Clauses;

/**
 * The ranks of the country a passage names ("… 특허 수는 세계 1위"). A rank ranks the country by each indicator named
 * since the previous rank ("연구개발비, 연구자 수 지표에서는 세계 3위" is two rankings); with no indicator, by what the
 * words before it say, kept as the ranking's name. A year in the rank's clause is its reference year. Each ranking is
 * proposed; it cites the documents the passage cites.
 */
public final class RankExtractor implements ProposingExtractor {

    /** The settings of this extractor, each with a documented default. */
    public record Settings(Pattern rank, String countryClass, String countryProperty, String indicatorClass,
            String indicatorProperty, List<String> clauseEnds, List<String> particles, int longestName) {

        public static final Setting<Pattern> RANK = new Setting<>("rank", Pattern.compile("(?!)"),
                "a rank as printed (\"세계 3위\"), its first group the number (default: a pattern that matches "
                        + "nothing, so no rank is read)");
        public static final Setting<Integer> LONGEST_NAME = new Setting<>("longestName", 40,
                "the longest phrase before a rank kept as the ranking's name, where no indicator is named; a "
                        + "longer one is a clause, not a name (default: 40 characters)");

        public Settings {
            clauseEnds = List.copyOf(clauseEnds);
            particles = List.copyOf(particles);
        }

        /**
         * The rank pattern is the layout's key {@code rank}; the country and indicator classes and properties are the
         * layout's {@code countryOf} and {@code numbers}; the rest may be set under {@code settings.ranks}.
         */
        public static Settings from(LayoutConfig layout) {
            LayoutConfig.Extraction ex = layout.extraction();
            var given = Setting.given(ex.setting("ranks"), "ranks", List.of(LONGEST_NAME));
            return new Settings(RANK.from(ex.settings()), ex.countryOf().countryClass(), ex.countryOf().property(),
                    layout.numbers().indicatorClass(), layout.numbers().indicatorProperty(), ex.clauseEnds(),
                    layout.words().particles(), LONGEST_NAME.from(given));
        }
    }

    /** The class of what it proposes, and its local name; the merge numbers them. */
    private static final String RANKING = "Ranking";
    private static final String LOCAL = "rank";

    private final Settings settings;
    private final Clauses clauses;

    public RankExtractor(Settings settings) {
        this.settings = settings;
        this.clauses = new Clauses(settings.clauseEnds());
    }

    @Override
    public String id() {
        return "rank";
    }

    @Override
    public Phase phase() {
        return Phase.FACTS;
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        String at = passage.at();
        List<Mention> names = context.names().find(text);
        Optional<Mention> country = names.stream()
                .filter(n -> context.typesOf().apply(n.id()).contains(settings.countryClass())).findFirst();
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        if (country.isEmpty()) {
            return new Proposal(entities, facts);
        }
        String countryId = country.get().id();
        Matcher m = settings.rank().matcher(text);
        int from = 0;
        while (m.find()) {
            int start = from;
            List<Mention> indicators = names.stream().filter(n -> n.start() >= start && n.end() <= m.start()
                    && context.typesOf().apply(n.id()).contains(settings.indicatorClass())).toList();
            String label = phraseBefore(text.substring(from, m.start()));
            from = m.end();
            Optional<String> year = yearOfClause(text, m.start(), context);
            Evidence rank = new Evidence(at, m.start(), m.end());
            String why = "'" + text.substring(m.start(), m.end()) + "': a rank of the country the passage names";
            for (int i = 0; i < Math.max(1, indicators.size()); i++) {
                String key = CandidateEntity.BLANK + LOCAL + "-" + (entities.size() + 1);
                String name = indicators.isEmpty()
                        ? (!label.isBlank() && label.length() <= settings.longestName() ? label : "")
                        : indicators.get(i).surface();
                entities.add(new CandidateEntity(key, RANKING, name, LOCAL, rank, why));
                facts.add(new CandidateFact(key, "rank", m.group(1), true, id() + "/rank", rank, "the rank printed"));
                Evidence named = new Evidence(at, country.get().start(), country.get().end());
                facts.add(new CandidateFact(key, "figureOf", countryId, false, id() + "/country", named,
                        "the country the passage names"));
                facts.add(new CandidateFact(key, settings.countryProperty(), countryId, false, id() + "/country",
                        named, "the country the passage names"));
                if (!indicators.isEmpty()) {
                    Mention ind = indicators.get(i);
                    facts.add(new CandidateFact(key, settings.indicatorProperty(), ind.id(), false,
                            id() + "/indicator", new Evidence(at, ind.start(), ind.end()),
                            "an indicator named since the previous rank"));
                }
                year.ifPresent(y -> facts.add(new CandidateFact(key, "referenceYear", y, true, id() + "/year", rank,
                        "the year in the rank's clause")));
                for (String doc : passage.cites()) {
                    facts.add(new CandidateFact(key, "citedSource", doc, false, id() + "/cited", rank,
                            "the passage's footnote cites the document"));
                }
            }
        }
        return new Proposal(entities, facts);
    }

    /** What the words before a rank say is ranked: the last phrase before it, without its particle. */
    private String phraseBefore(String before) {
        int cut = Math.max(before.lastIndexOf(','), before.lastIndexOf('，'));
        String phrase = before.substring(cut + 1).strip();
        for (String w : phrase.split("\\s+")) {
            String particle = w.isEmpty() ? "" : longestEnding(w);
            if (!particle.isEmpty()) {
                return phrase.substring(0, phrase.indexOf(w) + w.length() - particle.length()).strip();
            }
        }
        return phrase;
    }

    /** The year a rank's clause prints, if any. */
    private Optional<String> yearOfClause(String text, int at, ExtractionContext context) {
        for (int[] c : clauses.of(text)) {
            if (at >= c[0] && at < c[1]) {
                return context.dates().apply(text.substring(c[0], c[1])).stream().map(DateSpan::iso)
                        .filter(d -> d.length() == 4).findFirst();
            }
        }
        return Optional.empty();
    }

    /** The particle a word ends with, if it is longer than the particle. */
    private String longestEnding(String word) {
        for (String particle : settings.particles()) {
            if (word.length() > particle.length() && word.endsWith(particle)) {
                return particle;
            }
        }
        return "";
    }
}
