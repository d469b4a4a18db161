package stikg.importer.read;

import java.util.List;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Mention;

/**
 * A reader of organisations named one right after the other ("내각관방 국가안전보장국", "외무성 재외공관"): a brief
 * names a unit after the body it belongs to, so the second is part of the first. Only names separated by one of
 * the configured separators count, so that lists ("JICA, NEDO") and other links ("JST를 통해") do not. Each link
 * is a candidate fact for review where it was read.
 */
final class OrganisationNestingReader implements TextReader {

    private final LayoutConfig.Extraction extraction;
    private final LayoutConfig.Nesting rule;
    private final EntityBook book;
    private final EntityRecognizer recognizer;

    OrganisationNestingReader(LayoutConfig.Extraction extraction, EntityBook book, EntityRecognizer recognizer) {
        this.extraction = extraction;
        this.rule = extraction.nesting();
        this.book = book;
        this.recognizer = recognizer;
    }

    @Override
    public void read(String text, String at) {
        List<Mention> found = recognizer.find(text);
        for (int i = 0; i + 1 < found.size(); i++) {
            Mention parent = found.get(i);
            Mention unit = found.get(i + 1);
            String between = text.substring(parent.end(), unit.start());
            if (rule.separators().contains(between) && isOrg(parent.id()) && isOrg(unit.id())
                    && !parent.id().equals(unit.id())) {
                book.candidate(unit.id(), at).ref(rule.property(), parent.id(), null)
                        .comment("'" + text.substring(parent.start(), unit.end()) + "': a unit named after its body");
            }
        }
    }

    private boolean isOrg(String id) {
        return extraction.inGroup(rule.group(), book.typesOf(id));
    }
}
