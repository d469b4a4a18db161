package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.Mention;

/**
 * The country a programme, facility, document or organisation belongs to, read where the brief names it: the
 * nearest place named before it in the same passage, if that place is a country ("한국의 X", "미국은 … X"); none if
 * it is a region or an alliance (a joint or foreign programme is not guessed); and the brief's own country (the
 * context's document country) when no place comes before it, since a national brief names its own country's
 * programmes without saying whose they are. It reads content only, not footnotes or sources: those are about the
 * brief itself (its author's institute is not of the country the brief is about). Which naming decides, when a
 * thing is named several times, is the merge step's (the first in the brief's order; a country the thing already
 * has stays).
 */
public final class CountryExtractor implements Extractor {

    /** The settings of this extractor. */
    public record Settings(List<String> classes, String places, String countryClass, String property) {

        public static final Setting<List<String>> CLASSES = new Setting<>("classes", List.of(),
                "classes or class groups of the things that belong to a country (default: none, so no country is "
                        + "read)");
        public static final Setting<String> PLACES = new Setting<>("places", "place",
                "the class group of places: the nearest one named before a thing decides its country (default: "
                        + "place)");
        public static final Setting<String> COUNTRY_CLASS = new Setting<>("countryClass", "Country",
                "the class of countries; a place of another class (a region, an alliance) gives no country "
                        + "(default: Country)");
        public static final Setting<String> PROPERTY = new Setting<>("property", "country",
                "the property linking a thing to its country (default: country)");

        public Settings {
            classes = List.copyOf(classes);
        }

        public static Settings from(LayoutConfig.Extraction ex) {
            LayoutConfig.CountryOf c = ex.countryOf();
            Map<String, Object> given = new java.util.HashMap<>();
            given.put("classes", c.classes());
            given.put("places", c.places());
            given.put("countryClass", c.countryClass());
            given.put("property", c.property());
            given.values().removeIf(java.util.Objects::isNull);
            return new Settings(CLASSES.from(given), PLACES.from(given), COUNTRY_CLASS.from(given),
                    PROPERTY.from(given));
        }
    }

    private final Settings settings;

    public CountryExtractor(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "country";
    }

    @Override
    public boolean readsApparatus() {
        return false;
    }

    @Override
    public List<CandidateFact> extract(TextPassage passage, ExtractionContext context) {
        List<CandidateFact> out = new ArrayList<>();
        List<Mention> found = context.names().find(passage.text());
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            if (!belongsToACountry(m.id(), context)) {
                continue;
            }
            Optional<Mention> place = placeBefore(found, i, context);
            Optional<String> country = place.isPresent()
                    ? place.map(Mention::id).filter(id -> context.typesOf().apply(id).contains(settings.countryClass()))
                    : context.documentCountry();
            if (country.isEmpty() || country.get().equals(m.id())) {
                continue;
            }
            int start = place.map(Mention::start).orElse(m.start());
            out.add(new CandidateFact(m.id(), settings.property(), country.get(), false,
                    id() + (place.isPresent() ? "/place-before" : "/brief-country"),
                    new Evidence(passage.at(), start, m.end()), place.isPresent() ? "the country named before it"
                    : "no place is named before it: the country the brief is about"));
        }
        return List.copyOf(out);
    }

    private Optional<Mention> placeBefore(List<Mention> found, int i, ExtractionContext context) {
        for (int j = i - 1; j >= 0; j--) {
            if (context.inGroup(settings.places(), found.get(j).id())) {
                return Optional.of(found.get(j));
            }
        }
        return Optional.empty();
    }

    private boolean belongsToACountry(String id, ExtractionContext context) {
        return settings.classes().stream().anyMatch(c -> context.inGroup(c, id));
    }
}
