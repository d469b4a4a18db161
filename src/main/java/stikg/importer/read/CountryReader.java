package stikg.importer.read;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;
import stikg.importer.names.Mention;

/**
 * A reader of the country a programme, facility or document belongs to, decided where the brief first names it:
 * the nearest place named before it in the same passage, if that place is a country ("한국의 X", "미국은 … X");
 * none if it is a region or an alliance (a joint or foreign programme is not guessed); and the country of the
 * brief's title when no place comes before it, since a national brief names its own country's programmes without
 * saying whose they are. Each country is a candidate fact for review at the passage that decided it.
 */
final class CountryReader implements TextReader {

    private final LayoutConfig.CountryOf rule;
    private final LayoutConfig.Extraction extraction;
    private final EntityBook book;
    private final EntityRecognizer recognizer;
    private final Lexicon lexicon;
    private final Optional<String> titleCountry;
    private final Set<String> decided = new HashSet<>();

    CountryReader(LayoutConfig.Extraction extraction, EntityBook book, EntityRecognizer recognizer, Lexicon lexicon,
            String title) {
        this.rule = extraction.countryOf();
        this.extraction = extraction;
        this.book = book;
        this.recognizer = recognizer;
        this.lexicon = lexicon;
        this.titleCountry = recognizer.find(title).stream().map(Mention::id).filter(this::isCountry).findFirst();
    }

    /** Reads one passage; passages must come in the order of the brief, so that the first naming decides. */
    @Override
    public void read(String text, String at) {
        List<Mention> found = recognizer.find(text);
        for (int i = 0; i < found.size(); i++) {
            String id = found.get(i).id();
            if (!decided.add(id) || !belongsToACountry(id) || hasCountry(id)) {
                continue;
            }
            Optional<String> place = placeBefore(found, i);
            Optional<String> country = place.isPresent() ? place.filter(this::isCountry) : titleCountry;
            country.filter(c -> !c.equals(id)).ifPresent(c -> book.candidate(id, at).ref(rule.property(), c, null)
                    .comment("the country named before it, or the brief's own country when none is"));
        }
    }

    private Optional<String> placeBefore(List<Mention> found, int i) {
        for (int j = i - 1; j >= 0; j--) {
            String id = found.get(j).id();
            if (extraction.inGroup(rule.places(), book.typesOf(id))) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    private boolean belongsToACountry(String id) {
        List<String> types = book.typesOf(id);
        return rule.classes().stream().anyMatch(c -> types.contains(c) || extraction.inGroup(c, types));
    }

    private boolean hasCountry(String id) {
        return book.defined(id).map(b -> b.has(rule.property())).orElse(false)
                || lexicon.find(id).map(e -> !e.values(rule.property()).isEmpty()).orElse(false);
    }

    private boolean isCountry(String id) {
        return book.typesOf(id).contains(rule.countryClass());
    }
}
