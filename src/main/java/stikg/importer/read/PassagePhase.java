package stikg.importer.read;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.extract.CandidateEntity;
import stikg.importer.extract.DateSpan;
import stikg.importer.extract.ExtractionContext;
import stikg.importer.extract.Extractor;
import stikg.importer.extract.Extractors;
import stikg.importer.extract.PlanEdition;
import stikg.importer.extract.Proposal;
import stikg.importer.extract.TextPassage;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;
import stikg.importer.names.NameFolder;

/**
 * A phase of the merge read passage by passage where the readers not on the contract yet read
 * ({@link Extractor.Phase#LISTS}, {@link Extractor.Phase#PROSE}): the extractors of the phase read a passage, and
 * what they propose is merged at once, since the readers after them read what it defines. The context recognises
 * what the draft defines by then, added to what it is given to know. New definitions are numbered on across
 * passages; what the passage is about is described by it, any other thing of the draft it links from (a document it
 * cites, the plan an edition is) is given a candidate for review.
 */
final class PassagePhase {

    private final List<Extractor> extractors;
    private final LayoutConfig layout;
    private final EntityBook book;
    private final String document;
    private final QuantityReader quantities;
    private final NameFolder folder;
    private final Map<String, Integer> numbered = new HashMap<>();
    /** The things known by id and the property of which the merge has given them their one value. */
    private final java.util.Set<String> decided = new java.util.HashSet<>();
    /** The recogniser of the draft's definitions, made again only when the draft defines more. */
    private EntityRecognizer names;
    private List<String> namesOf = List.of();

    private final EntityRecognizer nothing;
    private final Lexicon known;
    private final java.util.function.Function<String, List<PlanEdition>> editions;
    private final java.util.function.Function<String, List<DateSpan>> dates;
    private final boolean withDefinitions;
    private final boolean alwaysNew;
    private final boolean newForReview;
    /** The concepts counts count, by name; null where the phase writes no count's counted noun. */
    private CountedThings counted;

    /**
     * A phase whose context knows {@code known} and, {@code withDefinitions}, the draft's definitions as they stand,
     * the plans' editions by {@code editions} and the dates of a text by {@code dates}; with {@code alwaysNew} its
     * extractors refer to what the context knows by id and every proposed entity is new (a candidate for review
     * with {@code newForReview}), else a proposed entity is the draft's definition of the same name, if any, and a
     * value describes only what the passage newly defines.
     */
    PassagePhase(Extractor.Phase phase, LayoutConfig layout, EntityBook book, String document,
            QuantityReader quantities, Lexicon known, java.util.function.Function<String, List<PlanEdition>> editions,
            java.util.function.Function<String, List<DateSpan>> dates, boolean withDefinitions, boolean alwaysNew,
            boolean newForReview) {
        this.dates = dates;
        this.withDefinitions = withDefinitions;
        this.extractors = Extractors.every(layout).stream().filter(x -> x.phase() == phase).toList();
        this.nothing = new EntityRecognizer(Lexicon.empty(), layout.words());
        this.known = known;
        this.editions = editions;
        this.alwaysNew = alwaysNew;
        this.newForReview = newForReview;
        this.layout = layout;
        this.book = book;
        this.document = document;
        this.quantities = quantities;
        this.folder = new NameFolder(layout.words());
    }

    /** This phase, writing what a count its extractors propose counts as the concept {@code c} names. */
    PassagePhase counting(CountedThings c) {
        this.counted = c;
        return this;
    }

    /** Reads one passage with every extractor of the phase, and merges what each proposes. */
    void read(Passage p) {
        TextPassage passage = new TextPassage(p.text(), p.at(), Optional.ofNullable(p.subject()), p.citations());
        for (Extractor x : extractors) {
            Proposal proposal = x.propose(passage, context());
            if (!proposal.facts().isEmpty() || !proposal.entities().isEmpty()) {
                CandidateMerge.define(List.of(proposal), book, nothing, folder, numbered, decided, p.citations(),
                        new CandidateMerge.Policy(alwaysNew, !alwaysNew, newForReview, id -> !CandidateEntity.isKey(id)
                        && !id.equals(p.subject()), counted));
            }
        }
    }

    private ExtractionContext context() {
        List<String> ids = withDefinitions ? book.definitions().stream().map(b -> b.id()).toList() : List.of();
        if (names == null || !ids.equals(namesOf)) {
            names = new EntityRecognizer(known.with(book.recognisable(new LinkedHashSet<>(ids))),
                    layout.words());
            namesOf = ids;
        }
        LayoutConfig.Extraction ex = layout.extraction();
        return new ExtractionContext(names, book::typesOf, ex.classGroups(), Optional.empty(), document,
                quantities::quantities, editions, dates);
    }
}
