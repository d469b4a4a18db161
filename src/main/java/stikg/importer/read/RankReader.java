package stikg.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.extract.Setting;
import stikg.importer.names.Mention;

/**
 * A reader of the ranks of the country a passage names ("… 특허 수는 세계 1위"). A rank ranks the country by
 * each indicator named since the previous rank ("연구개발비, 연구자 수 지표에서는 세계 3위" is two rankings); with
 * no indicator, by what the words before it say, kept as the ranking's label. A year in the rank's clause is
 * its reference year. Every ranking is a candidate for review.
 */
final class RankReader {

    /** The settings of this reader (the layout's key {@code rank}), with a documented default. */
    record Settings(Pattern rank) {

        static final Setting<Pattern> RANK = new Setting<>("rank", Pattern.compile("(?!)"),
                "a rank as printed (\"세계 3위\"), its first group the number (default: a pattern that matches "
                        + "nothing, so no rank is read)");

        static Settings from(LayoutConfig.Extraction ex) {
            return new Settings(RANK.from(ex.settings()));
        }
    }

    private final Settings settings;
    private final LayoutConfig.Extraction ex;
    private final LayoutConfig.Numbers numbers;
    private final EntityBook book;
    private final DateReader dates;
    private final Clauses clauses;
    private final List<String> particles;
    private int count;

    RankReader(LayoutConfig layout, EntityBook book, DateReader dates, Clauses clauses) {
        this.ex = layout.extraction();
        this.settings = Settings.from(ex);
        this.numbers = layout.numbers();
        this.book = book;
        this.dates = dates;
        this.clauses = clauses;
        this.particles = layout.words().particles();
    }

    /** Reads the ranks of a passage whose names are {@code names}; returns the records written. */
    List<EntityBuilder> read(Passage p, List<Mention> names) {
        List<EntityBuilder> written = new ArrayList<>();
        String text = p.text();
        Optional<String> country = names.stream().map(Mention::id)
                .filter(id -> book.typesOf(id).contains(ex.countryOf().countryClass())).findFirst();
        if (country.isEmpty()) {
            return written;
        }
        Matcher m = settings.rank().matcher(text);
        int from = 0;
        while (m.find()) {
            int start = from;
            List<Mention> indicators = names.stream().filter(n -> n.start() >= start && n.end() <= m.start()
                    && book.typesOf(n.id()).contains(numbers.indicatorClass())).toList();
            String label = phraseBefore(text.substring(from, m.start()));
            from = m.end();
            Optional<String> year = yearOfClause(text, m.start());
            for (int i = 0; i < Math.max(1, indicators.size()); i++) {
                EntityBuilder r = book.define("rank-" + (++count), "Ranking", p.at()).note(EntityBook.CANDIDATE)
                        .comment("'" + text.substring(m.start(), m.end()) + "': a rank of the country the passage names");
                r.literal("rank", m.group(1), false, null).ref("figureOf", country.get(), null)
                        .ref(ex.countryOf().property(), country.get(), null);
                if (indicators.isEmpty()) {
                    if (!label.isBlank() && label.length() <= 40) {
                        r.label(book.language(), label);
                    }
                } else {
                    r.label(book.language(), indicators.get(i).surface()).ref(numbers.indicatorProperty(), indicators.get(i).id(),
                            null);
                }
                year.ifPresent(y -> r.literal("referenceYear", y, false, null));
                written.add(r);
            }
        }
        return written;
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

    private Optional<String> yearOfClause(String text, int at) {
        for (int[] c : clauses.of(text)) {
            if (at >= c[0] && at < c[1]) {
                return dates.dates(text.substring(c[0], c[1])).stream().map(DateReader.DateMention::iso)
                        .filter(d -> d.length() == 4).findFirst();
            }
        }
        return Optional.empty();
    }

    /** The particle a word ends with, if it is longer than the particle. */
    private String longestEnding(String word) {
        for (String particle : particles) {
            if (word.length() > particle.length() && word.endsWith(particle)) {
                return particle;
            }
        }
        return "";
    }
}
