package stikg.importer.read;

import java.util.Map;
import java.util.Optional;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.extract.Setting;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Mention;
import stikg.importer.names.NameFolder;

/**
 * The concepts that counts count ("글로벌 거점 도시 4곳", "51개의 중요 기술"): one concept per name (compared
 * folded), shared by every count of it, so that counts in different sentences count the same thing. A name the
 * lexicon knows as a concept is that entity; a name of a thing of another class is a concept of its own.
 */
final class CountedThings {

    /** The settings of this reader (the layout's key {@code counted}), each with a documented default. */
    record Settings(String type, String property) {

        static final Setting<String> TYPE = new Setting<>("type", "skos:Concept",
                "the class of what a count counts (default: skos:Concept)");
        static final Setting<String> PROPERTY = new Setting<>("property", "countOf",
                "the property from a count to what it counts (default: countOf)");

        static Settings from(LayoutConfig.Extraction ex) {
            LayoutConfig.Counted c = (LayoutConfig.Counted) ex.setting("counted");
            Map<String, Object> given = c == null ? Map.of() : Map.of("type", c.type(), "property", c.property());
            return new Settings(TYPE.from(given), PROPERTY.from(given));
        }
    }

    private final Settings rule;
    private final EntityBook book;
    private final EntityRecognizer recognizer;
    private final NameFolder folder;
    private int concepts;

    CountedThings(Settings rule, EntityBook book, EntityRecognizer recognizer, NameFolder folder) {
        this.rule = rule;
        this.book = book;
        this.recognizer = recognizer;
        this.folder = folder;
    }

    /** Names what a count counts, on the count and as the concept it is a count of. */
    void name(EntityBuilder count, String what, String at) {
        if (what.isEmpty()) {
            return;
        }
        count.label(book.language(), what);
        count.ref(rule.property(), conceptFor(what, at), null);
    }

    private String conceptFor(String name, String at) {
        String f = folder.fold(name);
        // a thing of another class by the same name (a programme '글로벌 연구센터' counted in centres) is not what
        // its count counts: the concept of that name is
        Optional<String> known = recognizer.find(name).stream().filter(m -> folder.fold(m.surface()).equals(f))
                .map(Mention::id).filter(id -> book.typesOf(id).contains(rule.type())).findFirst()
                .or(() -> book.definitions().stream().filter(b -> b.types().contains(rule.type())
                        && b.labels().values().stream().anyMatch(l -> folder.fold(l).equals(f))).map(b -> b.id())
                        .findFirst());
        return known.orElseGet(() -> book.define("counted-" + (++concepts), rule.type(), at).label(book.language(), name)
                .note(EntityBook.CANDIDATE).comment("what a count at " + at + " counts").id());
    }
}
