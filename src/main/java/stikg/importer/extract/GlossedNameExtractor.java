package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.NameFinder;

/**
 * Names the lexicon does not know, read from one passage by their form: a name in quotes, a name glossed with its
 * acronym, English or Japanese original in brackets ("세레니아 연구재단(SRF)", "후가쿠(富岳)"), a name read back from
 * its gloss (stopping before a word naming a thing the context knows, other than a country: bodies carry their
 * country's name in front). Each is proposed with the class its ending suggests ({@link #UNGUESSED} when none), its
 * acronym and its names in other languages, and the longer readings the text may give it. Whether a name is one the
 * lexicon or the draft already knows, a new name of a thing the draft has, or a new thing is the merge's to decide:
 * it prefers the longest reading that names something known, and proposes new names as lexicon entries.
 */
public final class GlossedNameExtractor implements ProposingExtractor {

    /** The class of a proposed name whose ending suggests none. */
    public static final String UNGUESSED = "owl:Thing";

    /**
     * The property of a longer reading of a proposed name ("연구재단" read within "세레니아 연구재단"): not a fact for
     * the draft, but a reading the merge takes instead when it names something known.
     */
    public static final String LONGER_READING = "longerReading";

    /** The settings of this extractor, each with a documented default. */
    public record Settings(LayoutConfig.Words words, LayoutConfig.Numbers numbers, String countryClass) {

        public static final Setting<String> COUNTRY_CLASS = new Setting<>("countryClass", "Country",
                "the class of a country, whose name may stand in front of a new name read back from its gloss, "
                        + "where the name of anything else known ends it (default: Country)");

        /** The layout's words (quotes, particles, acronyms) and numbers (year words), and its country class. */
        public static Settings from(LayoutConfig layout) {
            return new Settings(layout.words(), layout.numbers(), layout.extraction().countryOf().countryClass());
        }
    }

    private final NameFinder finder;
    private final String countryClass;

    public GlossedNameExtractor(Settings settings) {
        this.finder = new NameFinder(settings.words(), settings.numbers());
        this.countryClass = settings.countryClass();
    }

    @Override
    public String id() {
        return "glossed-name";
    }

    @Override
    public Phase phase() {
        return Phase.NAMES;
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        if (text.isBlank()) {
            return Proposal.nothing();
        }
        // a word naming a known thing ends a new name read back from its gloss, except a country's name
        Predicate<String> isKnown = w -> context.names().find(w).stream()
                .anyMatch(m -> !context.typesOf().apply(m.id()).contains(countryClass));
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        for (NameFinder.Candidate c : finder.find(text, 0, isKnown)) {
            String key = CandidateEntity.BLANK + "name-" + (entities.size() + 1);
            Evidence evidence = span(passage, c);
            String local = slug(c.acronym()).or(() -> slug(c.english())).orElse("name");
            entities.add(new CandidateEntity(key, c.type() == null ? UNGUESSED : c.type(), c.name(), local, evidence,
                    java.util.Objects.toString(c.how(), "a name by its form")));
            if (c.acronym() != null) {
                facts.add(fact(key, "acronym", c.acronym(), "acronym", evidence, "the acronym printed beside it"));
            }
            if (c.english() != null) {
                facts.add(fact(key, "skos:prefLabel@en", c.english(), "english", evidence,
                        "the English name printed beside it"));
            }
            if (c.japanese() != null) {
                facts.add(fact(key, "skos:prefLabel@ja", c.japanese(), "japanese", evidence,
                        "the Japanese name printed beside it"));
            }
            for (String longer : c.longer()) {
                facts.add(fact(key, LONGER_READING, longer, "longer", evidence,
                        "a longer reading of the name the text gives"));
            }
        }
        return new Proposal(entities, facts);
    }

    /** Where the name stands in the passage (its acronym, else the whole passage, when it is not printed whole). */
    private static Evidence span(TextPassage passage, NameFinder.Candidate c) {
        String text = passage.text();
        for (String printed : new String[] {c.name(), c.acronym()}) {
            int at = printed == null || printed.isBlank() ? -1 : text.indexOf(printed);
            if (at >= 0) {
                return new Evidence(passage.at(), at, at + printed.length());
            }
        }
        return new Evidence(passage.at(), 0, text.length());
    }

    private CandidateFact fact(String subject, String property, String object, String rule, Evidence evidence,
            String why) {
        return new CandidateFact(subject, property, object, true, id() + "/" + rule, evidence, why);
    }

    private static Optional<String> slug(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String slug = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? Optional.empty() : Optional.of(slug);
    }
}
