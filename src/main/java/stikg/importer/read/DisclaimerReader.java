package stikg.importer.read;

import java.util.ArrayList;
import java.util.List;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.Draft;
import stikg.importer.draft.EntityBook;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Mention;

/**
 * A reader of the disclaimer a brief prints ("… 과학기술정보통신부와 KISTEP의 공식적인 의견이 아닙니다"): the
 * organisations it names are those whose official position the brief is not.
 */
final class DisclaimerReader {

    private final LayoutConfig.Extraction extraction;
    private final LayoutConfig.Disclaimer rule;
    private final EntityBook book;
    private final EntityRecognizer recognizer;

    DisclaimerReader(LayoutConfig.Extraction extraction, EntityBook book, EntityRecognizer recognizer) {
        this.extraction = extraction;
        this.rule = extraction.disclaimer();
        this.book = book;
        this.recognizer = recognizer;
    }

    /**
     * The document's facts a text states when it is a disclaimer: the organisations named right before the
     * disclaimer's words, joined only by particles and coordinators ("A와 B의 공식적인 …"); none otherwise.
     */
    List<Draft.FactPart> read(String text, String at) {
        List<Draft.FactPart> out = new ArrayList<>();
        int word = rule.words().stream().mapToInt(text::indexOf).filter(i -> i >= 0).min().orElse(-1);
        if (word < 0) {
            return out;
        }
        List<Mention> before = recognizer.find(text.substring(0, word));
        int boundary = word;
        for (int i = before.size() - 1; i >= 0; i--) {
            Mention m = before.get(i);
            if (m.end() > boundary || text.substring(m.end(), boundary).strip().length() > rule.maxJoin()) {
                break;
            }
            if (extraction.inGroup(rule.group(), book.typesOf(m.id()))) {
                book.mention(m.id(), at);
                out.add(0, new Draft.FactPart(rule.property(), new Draft.Ref(m.id()), at));
            }
            boundary = m.start();
        }
        return out;
    }
}
