package stikg.importer.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.extract.CandidateEntity;
import stikg.importer.extract.CandidateFact;
import stikg.importer.extract.EditionFigureExtractor;
import stikg.importer.extract.ExtractionContext;
import stikg.importer.extract.Extractor;
import stikg.importer.extract.Extractors;
import stikg.importer.extract.Proposal;
import stikg.importer.extract.TextPassage;
import stikg.importer.extract.YearlyFigureExtractor;
import stikg.importer.text.Segmentation;

/**
 * The merge of the tables phase ({@link Extractor.Phase#TABLES}): a table that compares the editions of a plan
 * figure by figure, or gives amounts year by year, is one passage, which the extractors of the phase read; every indicator and figure they propose
 * is a new definition (a figure a candidate for review), at the row it was read from, with its values written plain
 * (a currency code quoted), its count as a node, and a plan's target a candidate link from the plan at that row.
 */
final class EditionFigureTable {

    private final EditionFigureExtractor recogniser;
    private final YearlyFigureExtractor yearly;
    private final List<Extractor> extractors;
    private final EntityBook book;

    EditionFigureTable(LayoutConfig layout, EntityBook book) {
        this.recogniser = new EditionFigureExtractor(EditionFigureExtractor.Settings.from(layout));
        this.yearly = new YearlyFigureExtractor(YearlyFigureExtractor.Settings.from(layout));
        this.extractors = Extractors.every(layout).stream().filter(x -> x.phase() == Extractor.Phase.TABLES)
                .toList();
        this.book = book;
    }

    /**
     * Whether a table is read by this phase: at least two of its header cells name an edition, or it prints years as
     * the heads of its rows or columns.
     */
    boolean reads(Segmentation.Table t) {
        return recogniser.reads(t.header()) || readsYearly(t);
    }

    /** Whether a table prints years as the heads of its rows or columns (a table of figures year by year). */
    boolean readsYearly(Segmentation.Table t) {
        return yearly.reads(t.header(), t.rows().stream().map(r -> r.cells().isEmpty() ? List.of(r.name())
                : r.cells()).toList());
    }

    /** Whether a table (its passage with caption and units) is nothing but amounts year by year. */
    boolean onlyYearly(TextPassage figures, ExtractionContext context) {
        return yearly.wholly(figures, context);
    }

    /**
     * Reads a table: each extractor of the phase reads the passage of the shape it declares, the table as printed
     * ({@link Extractor.Whole#TABLE}) or with its caption and units ({@code figures}, {@link
     * Extractor.Whole#TABLE_FIGURES}).
     */
    void read(Segmentation.Table t, TextPassage figures, ExtractionContext context) {
        TextPassage passage = TransposedTable.passage(t, r -> t.id() + "#" + r.mark() + " L" + r.line());
        for (Extractor x : extractors) {
            TextPassage read = x.reads() == Extractor.Whole.TABLE_FIGURES ? figures : passage;
            merge(x.propose(read, context), read);
        }
    }

    private void merge(Proposal proposal, TextPassage passage) {
        List<String> keys = proposal.entities().stream().map(CandidateEntity::key).toList();
        Map<String, EntityBuilder> defined = new HashMap<>();
        int resolved = 0;
        for (CandidateFact f : proposal.facts()) {
            String at = passage.partAt(f.evidence().start()).map(TextPassage.Part::at).orElse(passage.at());
            // the proposed things are defined in the order proposed (a row's indicator before its first figure),
            // each no later than the first fact that refers to it
            int needed = Math.max(keys.indexOf(f.subject()), f.literal() ? -1 : keys.indexOf(f.object()));
            for (; resolved <= needed; resolved++) {
                CandidateEntity e = proposal.entities().get(resolved);
                String eAt = passage.partAt(e.evidence().start()).map(TextPassage.Part::at).orElse(at);
                EntityBuilder b = book.define(e.local(), e.type(), eAt);
                if (e.key().startsWith(CandidateEntity.BLANK + "figure-")) {
                    b.note(EntityBook.CANDIDATE);
                }
                defined.put(e.key(), b.label(book.language(), e.name()).comment(e.why()));
            }
            String object = defined.containsKey(f.object()) ? defined.get(f.object()).id() : f.object();
            EntityBuilder subject = defined.get(f.subject());
            if (subject == null) {
                // a link from a thing of the draft (a plan to its target): a candidate for review at the row
                book.candidate(f.subject(), at).ref(f.property(), object, null).comment(f.why());
            } else if (!f.node().isEmpty()) {
                subject.nested(f.property(), EntityBuilder.nested(f.object()).literal("countValue",
                        f.node().get("countValue"), false, null), null);
            } else if (f.literal()) {
                subject.literal(f.property(), f.object(), !PLAIN.matcher(f.object()).matches(), null);
            } else {
                subject.ref(f.property(), object, null);
            }
        }
    }

    /** A value written plain: a number, a truth value, a year or a period of years ("2022/2026"). */
    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile(
            "-?\\d+(?:\\.\\d+)?|true|false|\\d{4}/\\d{4}");
}
