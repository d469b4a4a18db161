package stikg.importer.read;

import stikg.importer.text.Clauses;

import java.util.List;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.NameFolder;
import stikg.importer.names.NamedInText;

/**
 * A finder of candidate facts in prose. It reads a passage clause by clause, carrying a clause's subject to the
 * clauses after it that name none, and hands each clause to the readers of one kind of fact: links stated by
 * cue words and particles ({@link CueFactReader}, with events by {@link EventReader}) and counts
 * ({@link CountReader}); a country's ranks, renamings and upgrades, the dates of things and the figures of plans are
 * read after it by extractors of the facts phase. Every fact is written in a record of its own with the note
 * "candidate fact for review" and the line it was read from ({@link CandidateFacts}).
 */
final class ProseFactFinder {

    private final EntityBook book;
    private final EntityRecognizer recognizer;
    private final Clauses clauses;
    private final ProseGrammar grammar;
    private final CandidateFacts facts;
    private final CueFactReader cues;
    private final CountReader counts;

    ProseFactFinder(LayoutConfig layout, EntityBook book, EntityRecognizer recognizer, DateReader dates,
            QuantityReader quantities) {
        LayoutConfig.Extraction ex = layout.extraction();
        this.book = book;
        this.recognizer = recognizer;
        this.clauses = new Clauses(ex.clauseEnds());
        this.grammar = new ProseGrammar(ex, book);
        this.facts = new CandidateFacts(book, grammar);
        ProseContext context = new ProseContext(ex, book, grammar, facts);
        CountedThings counted = new CountedThings(CountedThings.Settings.from(ex), book, recognizer, new NameFolder(layout.words()));
        this.counts = new CountReader(context, layout.numbers(), quantities, counted);
        this.cues = new CueFactReader(context,
                new EventReader(context, layout.numbers().dates(), dates, counts));
    }

    /** Reads one passage, recording the entities it names and the facts it states. */
    void read(Passage p) {
        facts.begin();
        List<NamedInText> names = NamedInText.in(p.text(), recognizer);
        for (NamedInText n : names) {
            if (book.defined(n.id()).isEmpty()) {
                book.mention(n.id(), p.at());
            }
        }
        List<NamedInText> carried = List.of();
        for (Clause c : Clause.of(p.text(), names, clauses)) {
            cues.genitive(p, c);
            List<NamedInText> subjects = grammar.subjects(c);
            if (subjects.isEmpty()) {
                subjects = carried;
            } else {
                carried = subjects;
            }
            cues.read(p, c, subjects);
            counts.read(p, c);
        }
        cues.contextLinks(p, names);
        facts.end(p);
    }
}
