package stikg.importer.read;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.extract.CandidateEntity;
import stikg.importer.extract.CandidateFact;
import stikg.importer.extract.ClauseFactExtractor;
import stikg.importer.extract.ExtractionContext;
import stikg.importer.extract.Extractor;
import stikg.importer.extract.Extractors;
import stikg.importer.extract.Proposal;
import stikg.importer.extract.TextPassage;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.NameFolder;
import stikg.importer.names.NamedInText;

/**
 * The merge of the clauses phase ({@link Extractor.Phase#CLAUSES}): every name a passage holds that the draft does
 * not define is mentioned at it, the extractors of the phase read the passage, and what they propose is written at
 * once, each fact in a record of its own with the note "candidate fact for review" and the line it was read from
 * ({@link CandidateFacts}): a link only between things the draft knows and where the ontology's domains and ranges
 * allow it; a thing's one publication date, the first read; an event once per line, class and name (a line is read
 * again as the passage of each measure it states), numbered across the brief and named after the label of what it
 * is about; a count with the concept it counts, one per name ({@link CountedThings}). A country's ranks, renamings
 * and upgrades, the dates of things and the figures of plans are read after it by extractors of the facts phase.
 */
final class ProseFactFinder {

    private final EntityBook book;
    private final EntityRecognizer recognizer;
    private final CandidateFacts facts;
    private final CountedThings counted;
    private final List<Extractor> extractors;
    private final ExtractionContext context;
    /** The events drafted so far, by line, class and name, and how many. */
    private final Set<String> drafted = new HashSet<>();
    private int events;

    ProseFactFinder(LayoutConfig layout, EntityBook book, EntityRecognizer recognizer, DateReader dates,
            QuantityReader quantities) {
        this(layout, book, recognizer, dates, quantities, new CountedThings(CountedThings.Settings.from(
                layout.extraction()), book, recognizer, new NameFolder(layout.words())));
    }

    /** @param counted the concepts counts count, by name, shared with the other merges that write counts */
    ProseFactFinder(LayoutConfig layout, EntityBook book, EntityRecognizer recognizer, DateReader dates,
            QuantityReader quantities, CountedThings counted) {
        LayoutConfig.Extraction ex = layout.extraction();
        this.book = book;
        this.recognizer = recognizer;
        this.facts = new CandidateFacts(book, ex);
        this.counted = counted;
        this.extractors = Extractors.every(layout).stream().filter(x -> x.phase() == Extractor.Phase.CLAUSES)
                .toList();
        this.context = new ExtractionContext(recognizer, book::typesOf, ex.classGroups(), Optional.empty(),
                ExtractionContext.ANY_DOCUMENT, quantities::quantities, text -> List.of(), text -> dates.dates(text)
                .stream().map(d -> new stikg.importer.extract.DateSpan(d.iso(), d.start(), d.end())).toList());
    }

    /** Reads one passage, recording the entities it names and the facts it states. */
    void read(Passage p) {
        facts.begin();
        for (NamedInText n : NamedInText.in(p.text(), recognizer)) {
            if (book.defined(n.id()).isEmpty()) {
                book.mention(n.id(), p.at());
            }
        }
        TextPassage passage = new TextPassage(p.text(), p.at(), Optional.ofNullable(p.subject()), p.citations());
        for (Extractor x : extractors) {
            merge(x.propose(passage, context), p, passage);
        }
        facts.end(p);
    }

    private void merge(Proposal proposal, Passage p, TextPassage passage) {
        Map<String, CandidateEntity> proposed = new HashMap<>();
        proposal.entities().forEach(e -> proposed.put(e.key(), e));
        // the event each key stands for, or null for an event drafted from the same line before (its facts go)
        Map<String, EntityBuilder> events = new HashMap<>();
        boolean lastEventDrafted = true;
        for (CandidateFact f : proposal.facts()) {
            if (CandidateEntity.isKey(f.subject())) {
                if (!events.containsKey(f.subject())) {
                    events.put(f.subject(), event(proposed.get(f.subject()), proposal, p, passage));
                }
                EntityBuilder e = events.get(f.subject());
                lastEventDrafted = e != null;
                if (e == null) {
                    continue;
                }
                if (!f.node().isEmpty()) {
                    e.nested(f.property(), count(f, p.at()), null);
                } else if (f.literal()) {
                    e.literal(f.property(), f.object(), !DATE.matcher(f.object()).matches(), null);
                } else {
                    e.ref(f.property(), f.object(), null);
                }
            } else if (f.rule().endsWith("/announced") && !lastEventDrafted) {
                continue;
            } else if (!f.node().isEmpty()) {
                EntityBuilder count = count(f, p.at());
                facts.candidate(f.subject(), p).nested(f.property(), count, null).comment(f.why());
            } else if (f.literal()) {
                if (book.known(f.subject())) {
                    facts.single(f.subject(), f.property(), f.object(), p);
                }
            } else {
                facts.link(p, f.subject(), f.property(), f.object(), f.why());
            }
        }
    }

    /**
     * The event a proposal names, drafted at the passage unless one of the same class and name was drafted from
     * the same line (then null): named after the label of what it is about, when the draft or the lexicon knows
     * it, with the word before the cue unless the label ends with it or the word is a name of its own.
     */
    private EntityBuilder event(CandidateEntity e, Proposal proposal, Passage p, TextPassage passage) {
        String cue = e.evidence().in(passage);
        String word = e.name().length() > cue.length() ? e.name().substring(0, e.name().length() - cue.length())
                .strip() : "";
        boolean wordedName = word.chars().anyMatch(ch -> EntityRecognizer.isHangul((char) ch))
                && !word.matches(".*\\d.*");
        Optional<String> about = proposal.facts().stream().filter(f -> f.subject().equals(e.key())
                && f.property().equals("about")).map(CandidateFact::object).findFirst();
        String name = about.filter(book::known).flatMap(o -> book.labelOf(o, book.language()))
                .map(l -> l.endsWith(word) || wordedName ? l + " " + cue : l + " " + e.name()).orElse(e.name());
        if (!drafted.add(p.line() + "|" + e.type() + "|" + name)) {
            return null;
        }
        events++;
        return facts.define(e.local() + "-" + events, e.type(), p).label(book.language(), name).comment(e.why());
    }

    /** A count's node from a fact's node values, with the concept it counts. */
    private EntityBuilder count(CandidateFact f, String at) {
        EntityBuilder count = EntityBuilder.nested("Count").literal("countValue", f.node().get("countValue"), false,
                null);
        counted.name(count, f.node().getOrDefault(ClauseFactExtractor.COUNTED, ""), at);
        if (f.node().containsKey("isMinimum")) {
            count.literal("isMinimum", "true", false, null);
        }
        return count;
    }

    /** A date as the readers of dates give it: a year, a month or a day ("2026", "2026-03", "2026-03-02"). */
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}(?:-\\d{2}){0,2}");
}
