package stikg.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.extract.Setting;
import stikg.importer.names.NameFolder;

/**
 * A reader of circled-number lists whose every item holds a bracketed list ("①생명과학(게놈, 트랜스크립토믹, …),
 * ②나노·재료(…)"): each item is a concept with the bracketed names as narrower concepts, and the passage's
 * entity concerns it. Items that name known entities are left to the recogniser.
 */
final class ConceptListReader {

    /** The settings of this reader (the layout's key {@code enumeratedConcepts}), each with a documented default. */
    record Settings(String type, String narrower, String link, List<String> dropWords) {

        static final Setting<String> TYPE = new Setting<>("type", "skos:Concept",
                "the class of the items and of the names in their brackets (default: skos:Concept)");
        static final Setting<String> NARROWER = new Setting<>("narrower", "skos:narrower",
                "the property from an item to each name in its bracket (default: skos:narrower)");
        static final Setting<String> LINK = new Setting<>("link", "concerns",
                "the property from the passage's entity, and from a document cited for the list, to each item "
                        + "(default: concerns)");
        static final Setting<List<String>> DROP_WORDS = new Setting<>("dropWords", List.of(),
                "enumerating words dropped from the end of a bracketed name (\"등\") (default: none)");

        Settings {
            dropWords = List.copyOf(dropWords);
        }

        static Settings from(LayoutConfig.Extraction ex) {
            LayoutConfig.EnumeratedConcepts e = (LayoutConfig.EnumeratedConcepts) ex.setting("enumeratedConcepts");
            Map<String, Object> given = e == null ? Map.of() : Map.of("type", e.type(), "narrower", e.narrower(),
                    "link", e.link(), "dropWords", e.dropWords());
            return new Settings(TYPE.from(given), NARROWER.from(given), LINK.from(given), DROP_WORDS.from(given));
        }
    }

    private final Settings config;
    private final LayoutConfig.Extraction extraction;
    private final EntityBook book;
    private final NameFolder folder;
    private int concepts;

    ConceptListReader(LayoutConfig.Extraction extraction, EntityBook book, NameFolder folder) {
        this.config = Settings.from(extraction);
        this.extraction = extraction;
        this.book = book;
        this.folder = folder;
    }

    /** Reads the concept list of a passage, if it has one. */
    void read(Passage p) {
        String text = p.text();
        Matcher first = extraction.enumerationItem().matcher(text);
        if (!first.find()) {
            return;
        }
        List<String[]> items = new ArrayList<>();
        Matcher m = extraction.enumerationItem().matcher(text);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            String item = text.substring(starts.get(i), end);
            int open = item.indexOf('(');
            int close = item.lastIndexOf(')');
            if (open < 0 || close < open) {
                return;
            }
            String name = item.substring(1, open).strip();
            String inside = item.substring(open + 1, close);
            if (name.isEmpty() || inside.isBlank()) {
                return;
            }
            items.add(new String[] {item.substring(0, 1), name, inside});
        }
        if (items.size() < 2) {
            return;
        }
        for (String[] item : items) {
            if (book.definitions().stream().anyMatch(b -> b.labels().values().stream()
                    .anyMatch(l -> folder.fold(l).equals(folder.fold(item[1]))))) {
                continue;
            }
            EntityBuilder c = book.define("concept-" + (++concepts), config.type(), p.at()).label(book.language(), item[1])
                    .comment("item " + item[0] + " of the list at " + p.at());
            c.literal("number", item[0], true, null);
            String[] parts = item[2].contains(",") ? item[2].split(",") : item[2].split("·");
            for (String part : parts) {
                String n = part.strip();
                for (String drop : config.dropWords()) {
                    if (n.endsWith(" " + drop)) {
                        n = n.substring(0, n.length() - drop.length()).strip();
                    }
                }
                if (n.isEmpty()) {
                    continue;
                }
                EntityBuilder narrower = book.define("concept-" + (++concepts), config.type(), p.at()).label(book.language(), n);
                c.ref(config.narrower(), narrower.id(), null);
            }
            for (String doc : p.citations()) {
                // the document cited for the list is the list's source and is about what it lists
                c.ref("citedSource", doc, null);
                book.candidate(doc, p.at()).ref(config.link(), c.id(), null);
            }
            if (p.subject() != null) {
                book.facts(p.subject(), p.at()).ref(config.link(), c.id(), p.at());
            }
        }
    }
}
