package stikg.importer.read;

import java.util.List;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Mention;

/**
 * A reader of examples given in brackets after a name ("전략적창조연구추진사업(CREST 등)"): a bracket that lists
 * things of the same class group and closes with an enumerating word names parts of the thing before it.
 */
final class ExampleMembersReader implements TextReader {

    private final LayoutConfig.Extraction extraction;
    private final LayoutConfig.Examples rule;
    private final EntityBook book;
    private final EntityRecognizer recognizer;

    ExampleMembersReader(LayoutConfig.Extraction extraction, EntityBook book, EntityRecognizer recognizer) {
        this.extraction = extraction;
        this.rule = extraction.examples();
        this.book = book;
        this.recognizer = recognizer;
    }

    @Override
    public void read(String text, String at) {
        List<Mention> found = recognizer.find(text);
        for (Mention whole : found) {
            if (!text.startsWith("(", whole.end()) || !extraction.inGroup(rule.group(), book.typesOf(whole.id()))) {
                continue;
            }
            int close = text.indexOf(')', whole.end());
            if (close < 0 || !text.substring(whole.end() + 1, close).strip().endsWith(" " + rule.closer())) {
                continue;
            }
            for (Mention part : found) {
                if (part.start() > whole.end() && part.end() <= close && !part.id().equals(whole.id())
                        && extraction.inGroup(rule.group(), book.typesOf(part.id()))) {
                    book.candidate(part.id(), at).ref(rule.property(), whole.id(), null)
                            .comment("named as an example in brackets after '" + whole.surface() + "'");
                }
            }
        }
    }
}
