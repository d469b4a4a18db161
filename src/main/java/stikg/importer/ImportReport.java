package stikg.importer;

import java.nio.file.Path;
import java.util.List;
import stikg.diag.Problem;
import stikg.importer.draft.Draft;
import stikg.importer.draft.EntityBook;

/**
 * What an import wrote and found.
 *
 * @param sourceFile the draft source file
 * @param proposalsFile the proposed lexicon entries
 * @param counts what the draft holds, independent of any curated file
 * @param warnings layout problems met on the way (ragged rows …), with their lines
 */
public record ImportReport(String documentId, Path sourceFile, Path proposalsFile, Counts counts,
        List<Problem> warnings) {

    public ImportReport {
        warnings = List.copyOf(warnings);
    }

    /** The numbers of things in a draft. */
    public record Counts(int lines, int sections, int tables, int tableRows, int entitiesDefined,
            int lexiconEntitiesMentioned, int candidateFacts, int proposals) {

        /** Counts the parts of a draft. */
        public static Counts of(Draft d) {
            int defined = 0;
            int candidates = 0;
            for (Draft.EntityPart e : d.entities()) {
                boolean candidate = e.notes().contains(EntityBook.CANDIDATE);
                if (e.id() != null) {
                    defined++;
                    candidates += candidate ? 1 : 0;
                } else if (candidate) {
                    candidates += e.facts().size();
                }
            }
            int rows = d.tables().stream().mapToInt(Draft.TablePart::rows).sum();
            return new Counts(d.document().lines(), d.sections().size(), d.tables().size(), rows, defined,
                    d.lexiconMentions().size(), candidates, d.proposals().size());
        }
    }
}
