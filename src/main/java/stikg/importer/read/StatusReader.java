package stikg.importer.read;

import java.util.List;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Mention;

/**
 * A reader of where a programme stands, from a word next to its name in one clause: a word before the names
 * ("현행 X와 Y": current) or a verb after them ("X를 신설": newly created, so planned). The programme's status is
 * a candidate fact at the line; a programme keeps the first status read.
 */
final class StatusReader implements TextReader {

    private final LayoutConfig.Extraction extraction;
    private final EntityBook book;
    private final EntityRecognizer recognizer;
    private final Clauses clauses;
    private final java.util.Set<String> decided = new java.util.HashSet<>();

    StatusReader(LayoutConfig.Extraction extraction, EntityBook book, EntityRecognizer recognizer) {
        this.extraction = extraction;
        this.book = book;
        this.recognizer = recognizer;
        this.clauses = new Clauses(extraction.clauseEnds());
    }

    @Override
    public void read(String text, String at) {
        clauses.of(text).forEach(c -> clause(text.substring(c[0], c[1]), at));
    }

    private void clause(String clause, String at) {
        List<Mention> names = recognizer.find(clause);
        for (LayoutConfig.StatusWord w : extraction.statusWords()) {
            int i = clause.indexOf(w.word());
            if (i < 0) {
                continue;
            }
            for (Mention n : names) {
                boolean placed = w.before() ? n.start() > i : n.end() <= i;
                if (placed && extraction.inGroup(w.group(), book.typesOf(n.id())) && decided.add(n.id())) {
                    book.candidate(n.id(), at).literal("status", w.status(), true, null)
                            .comment("'" + w.word() + "' " + (w.before() ? "before" : "after") + " its name");
                }
            }
        }
    }
}
