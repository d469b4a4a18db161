package stikg.importer.read;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.extract.Setting;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.NamedInText;

/**
 * A drafter of the events cue words tell of ("발표", "공모", "출범"): an event of the cue's class, named after
 * what it is about and the cue, with who did it, its date, whether it is planned or done, and for a call the
 * counts it states. An announced document is issued by those who announced it, on the event's date.
 */
final class EventReader {

    /** The settings of this reader (the layout's key {@code doneWords}), with a documented default. */
    record Settings(List<String> doneWords) {

        static final Setting<List<String>> DONE_WORDS = new Setting<>("doneWords", List.of(),
                "past verb forms after an event's name that tell it took place (\"개최하였\"), where the planned "
                        + "words tell it is to come (default: none, so no event is read as done)");

        Settings {
            doneWords = List.copyOf(doneWords);
        }

        static Settings from(LayoutConfig.Extraction ex) {
            return new Settings(DONE_WORDS.from(ex.settings()));
        }
    }

    private final Settings settings;
    private final LayoutConfig.Extraction ex;
    private final LayoutConfig.DateWords dateWords;
    private final EntityBook book;
    private final DateReader dates;
    private final CountReader counts;
    private final ProseGrammar grammar;
    private final CandidateFacts facts;
    /** A line is read again as the passage of each measure it states; its events are drafted once. */
    private final Set<String> drafted = new HashSet<>();
    private int events;

    EventReader(ProseContext context, LayoutConfig.DateWords dateWords, DateReader dates, CountReader counts) {
        this.ex = context.ex();
        this.settings = Settings.from(ex);
        this.book = context.book();
        this.grammar = context.grammar();
        this.facts = context.facts();
        this.dateWords = dateWords;
        this.dates = dates;
        this.counts = counts;
    }

    /** Drafts the event an event cue at {@code at} tells of, done by {@code subjects}, about {@code object}. */
    void read(Passage p, Clause c, LayoutConfig.Cue cue, int at, List<NamedInText> subjects,
            Optional<String> object) {
        if (subjects.isEmpty() && object.isEmpty()) {
            return;
        }
        String clause = c.words();
        String name = name(c.text(), cue, at, object);
        if (!drafted.add(p.line() + "|" + cue.event() + "|" + name)) {
            return;
        }
        events++;
        EntityBuilder e = facts.define("event-" + events, cue.event(), p).label(book.language(), name)
                .comment("event read at " + p.at() + " from the cue '" + cue.word() + "'");
        String subjectProperty = cue.subjectProperty() != null ? cue.subjectProperty() : "issuedBy";
        for (NamedInText s : subjects) {
            e.ref(subjectProperty, s.id(), null);
        }
        object.filter(o -> !o.equals(e.id())).ifPresent(o -> e.ref("about", o, null));
        Optional<DateReader.DateMention> date = dates.firstDate(clause);
        date.ifPresent(d -> e.literal("date", d.iso(), false, null));
        String rest = clause.substring(Math.min(clause.length(), at - c.start()));
        if (ex.plannedWords().stream().anyMatch(rest::contains)) {
            e.literal("status", "planned", true, null);
        } else if (settings.doneWords().stream().anyMatch(rest::contains)) {
            e.literal("status", "done", true, null);
        }
        if (cue.event().equals("Announcement") && object.isPresent() && grammar.is("document", object.get())) {
            String doc = object.get();
            for (NamedInText s : subjects) {
                facts.link(p, doc, "issuedBy", s.id(), "'" + s.surface() + " … " + cue.word() + "' of the document");
            }
            if (date.isPresent() && book.known(doc)) {
                facts.single(doc, "publicationDate", date.get().iso(), p);
            }
        }
        if (cue.event().equals("Call")) {
            counts.counts(clause, p.at()).forEach(n -> e.nested("count", n, null));
        }
    }

    /** The event's name: what it is about and the cue, with the word before the cue unless that is a date. */
    private String name(String text, LayoutConfig.Cue cue, int at, Optional<String> object) {
        String before = wordBefore(text, at);
        String word = datePart(before) ? "" : before;
        String bare = (word.isEmpty() ? "" : word + " ") + cue.word();
        boolean wordedName = word.chars().anyMatch(ch -> EntityRecognizer.isHangul((char) ch))
                && !word.matches(".*\\d.*");
        return object.filter(book::known).flatMap(o -> book.labelOf(o, book.language()))
                .map(l -> l.endsWith(word) || wordedName ? l + " " + cue.word() : l + " " + bare).orElse(bare);
    }

    /** Whether a word is part of a date ("10월", "'25년"): no part of an event's name. */
    private boolean datePart(String word) {
        return word.matches(".*\\d.*") && (word.endsWith(dateWords.year()) || word.endsWith(dateWords.month())
                || word.endsWith(dateWords.day()));
    }

    private static String wordBefore(String text, int at) {
        String s = text.substring(0, at).stripTrailing();
        int k = s.lastIndexOf(' ');
        return s.substring(k + 1).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
