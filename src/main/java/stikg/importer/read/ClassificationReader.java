package stikg.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Mention;
import stikg.importer.names.NameFolder;

/**
 * A reader of sentences that sort a thing into kinds ("양자빔의 종류는 A, B, …로 구분", often in a figure's note):
 * the thing and each kind become concepts, the kinds narrower than the thing and ordered as printed. A thing or
 * kind the brief already defines, or the lexicon knows, is reused rather than drafted again.
 */
final class ClassificationReader implements TextReader {

    private final LayoutConfig.Classification rule;
    private final EntityBook book;
    private final EntityRecognizer recognizer;
    private final NameFolder folder;
    private int concepts;

    ClassificationReader(LayoutConfig.Classification rule, EntityBook book, EntityRecognizer recognizer,
            NameFolder folder) {
        this.rule = rule;
        this.book = book;
        this.recognizer = recognizer;
        this.folder = folder;
    }

    /** Reads the classification a text states, if any. */
    @Override
    public void read(String text, String at) {
        Matcher m = rule.pattern().matcher(text);
        if (!m.find()) {
            return;
        }
        List<String> kinds = split(m.group(2));
        if (kinds.size() < 2) {
            return;
        }
        String thing = concept(m.group(1).strip(), at, "the thing sorted into kinds at " + at);
        for (int i = 0; i < kinds.size(); i++) {
            String order = String.valueOf(i + 1);
            String kind = concept(kinds.get(i), at, "kind " + order + " of those listed at " + at);
            book.defined(kind).ifPresent(b -> b.literal("order", order, false, null));
            book.facts(thing, at).ref(rule.narrower(), kind, null);
        }
    }

    private String concept(String name, String at, String comment) {
        String f = folder.fold(name);
        Optional<String> known = recognizer.find(name).stream()
                .filter(x -> folder.fold(x.surface()).equals(f)).map(Mention::id).findFirst()
                .or(() -> book.definitions().stream().filter(b -> b.labels().values().stream()
                        .anyMatch(l -> folder.fold(l).equals(f))).map(b -> b.id()).findFirst());
        return known.orElseGet(() -> book.define("kind-" + (++concepts), rule.type(), at).label(book.language(), name)
                .comment(comment).id());
    }

    /** The kinds, at commas outside brackets. */
    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        int level = 0;
        StringBuilder current = new StringBuilder();
        for (char c : list.toCharArray()) {
            level += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && level == 0) {
                out.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString().strip());
        return out.stream().filter(s -> !s.isEmpty()).toList();
    }
}
