package stikg.importer.read;

import java.util.ArrayList;
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
import stikg.importer.extract.ExtractionContext;
import stikg.importer.extract.Extractor;
import stikg.importer.extract.Extractors;
import stikg.importer.extract.Proposal;
import stikg.importer.extract.TextPassage;
import stikg.importer.extract.TransposedTableExtractor;
import stikg.importer.names.NameFolder;
import stikg.importer.text.Segmentation;

/**
 * The merge of the columns phase ({@link Extractor.Phase#COLUMNS}): a transposed table (its columns are the things,
 * its rows their attributes) is one passage, which the extractors of the phase read once the names of the brief are
 * known; what they propose is resolved in the order proposed: a column's thing to the entity the draft defines under
 * its header's name (folded) or with it as its acronym ("BMFI"), a column naming nothing drafted left alone with
 * everything proposed in it; a lead body or a programme to the entity the draft defines so, else a new definition
 * (programmes numbered across the brief's tables); who leads a column's thing and which programme supports it are
 * facts of the draft at the row.
 */
final class TransposedTable {

    private final TransposedTableExtractor recogniser;
    private final List<Extractor> extractors;
    private final EntityBook book;
    private final NameFolder folder;
    private int programmes;

    TransposedTable(LayoutConfig layout, EntityBook book, NameFolder folder) {
        this.recogniser = new TransposedTableExtractor(TransposedTableExtractor.Settings.from(layout));
        this.extractors = Extractors.every(layout).stream().filter(x -> x.phase() == Extractor.Phase.COLUMNS)
                .toList();
        this.book = book;
        this.folder = folder;
    }

    /** Whether a table's rows are attributes: one of them is named by a lead header. */
    boolean reads(Segmentation.Table t) {
        return recogniser.reads(t.header(), t.rows().stream().map(Segmentation.Row::name).toList());
    }

    /**
     * A table as one passage: its header row, marked with the table's number, then each row (its name, then its
     * cells after the first), marked with the row's mark, each at {@code rowAt} of the row.
     */
    static TextPassage passage(Segmentation.Table t, java.util.function.Function<Segmentation.Row, String> rowAt) {
        List<TextPassage.Piece> pieces = new ArrayList<>();
        pieces.add(new TextPassage.Piece(String.join("\t", t.header()), t.id() + " L" + t.firstLine(),
                Optional.of(String.valueOf(t.number()))));
        for (Segmentation.Row r : t.rows()) {
            List<String> cells = new ArrayList<>(List.of(r.name()));
            if (r.cells().size() > 1) {
                cells.addAll(r.cells().subList(1, r.cells().size()));
            }
            pieces.add(new TextPassage.Piece(String.join("\t", cells), rowAt.apply(r),
                    Optional.of(String.valueOf(r.mark()))));
        }
        return TextPassage.joined(t.id(), pieces);
    }

    void read(Segmentation.Table t, ExtractionContext context) {
        TextPassage passage = passage(t, r -> t.id() + "#" + r.name().replaceAll("\\s", "") + " L" + r.line());
        for (Extractor x : extractors) {
            merge(x.propose(passage, context), passage);
        }
    }

    private void merge(Proposal proposal, TextPassage passage) {
        Map<String, CandidateEntity> proposed = new HashMap<>();
        proposal.entities().forEach(e -> proposed.put(e.key(), e));
        Map<String, String> ids = new HashMap<>();
        Set<String> unresolved = new HashSet<>();
        Set<String> made = new HashSet<>();
        for (CandidateFact f : proposal.facts()) {
            String at = passage.partAt(f.evidence().start()).map(TextPassage.Part::at).orElse(passage.at());
            List<String> ends = f.literal() ? List.of(f.subject()) : List.of(f.subject(), f.object());
            // a column's thing first: what is proposed in a column naming nothing drafted is left alone
            boolean alone = false;
            for (String end : ends) {
                CandidateEntity e = proposed.get(end);
                if (e != null && e.local().equals(TransposedTableExtractor.COLUMN)) {
                    if (!ids.containsKey(end) && !unresolved.contains(end)) {
                        drafted(e.name()).ifPresentOrElse(id -> ids.put(end, id), () -> unresolved.add(end));
                    }
                    alone |= unresolved.contains(end);
                }
            }
            if (alone) {
                continue;
            }
            for (String end : ends) {
                CandidateEntity e = proposed.get(end);
                if (e != null && !ids.containsKey(end)) {
                    Optional<String> known = drafted(e.name());
                    if (known.isPresent()) {
                        ids.put(end, known.get());
                    } else {
                        String local = e.local().startsWith("programme-") ? e.local() + "-" + (++programmes)
                                : e.local();
                        String id = book.define(local, e.type(), at).label(book.language(), e.name())
                                .comment(e.why()).id();
                        ids.put(end, id);
                        made.add(end);
                    }
                }
            }
            String subject = ids.getOrDefault(f.subject(), f.subject());
            if (f.literal() && f.property().startsWith("skos:altLabel@")) {
                if (made.contains(f.subject())) {
                    book.defined(subject).ifPresent(b -> b.alt(f.property().substring("skos:altLabel@".length()),
                            f.object()));
                }
            } else if (!f.literal()) {
                EntityBuilder b = book.facts(subject, at).ref(f.property(), ids.getOrDefault(f.object(), f.object()),
                        at);
                if (f.rule().endsWith("/lead")) {
                    b.comment(f.why());
                }
            }
        }
    }

    /** The entity drafted under a name (folded) or with it as its acronym ("BMFI"), if any. */
    private Optional<String> drafted(String name) {
        String folded = folder.fold(name);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        for (EntityBuilder b : book.definitions()) {
            if (b.labels().values().stream().anyMatch(l -> folder.fold(l).equals(folded))
                    || b.acronyms().contains(name.strip())) {
                return Optional.of(b.id());
            }
        }
        return Optional.empty();
    }
}
