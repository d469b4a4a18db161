package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.Mention;

/**
 * Circled-number lists whose every item holds a bracketed list ("①생명과학(게놈, 트랜스크립토믹, …), ②나노·재료(…)"):
 * each item is proposed as a concept, numbered as printed, with the bracketed names as narrower concepts; the
 * passage's entity and each document cited for the list concern it, and it cites those documents. An item the
 * context already recognises by its whole name is the draft's, and is left to the recogniser.
 */
public final class ConceptListExtractor implements ProposingExtractor {

    /**
     * The settings of this extractor (the layout's key {@code enumeratedConcepts}, and its {@code enumerationItem}
     * mark), each with a documented default.
     */
    public record Settings(Pattern item, String type, String narrower, String link, List<String> dropWords) {

        public static final Setting<Pattern> ITEM = new Setting<>("enumerationItem", Pattern.compile("(?!)"),
                "the one-character mark that opens an item of a numbered list (\"①\") (default: a pattern that "
                        + "matches nothing, so no list is read)");
        public static final Setting<String> TYPE = new Setting<>("type", "skos:Concept",
                "the class of the items and of the names in their brackets (default: skos:Concept)");
        public static final Setting<String> NARROWER = new Setting<>("narrower", "skos:narrower",
                "the property from an item to each name in its bracket (default: skos:narrower)");
        public static final Setting<String> LINK = new Setting<>("link", "concerns",
                "the property from the passage's entity, and from a document cited for the list, to each item "
                        + "(default: concerns)");
        public static final Setting<List<String>> DROP_WORDS = new Setting<>("dropWords", List.of(),
                "enumerating words dropped from the end of a bracketed name (\"등\") (default: none)");

        public Settings {
            dropWords = List.copyOf(dropWords);
        }

        public static Settings from(LayoutConfig.Extraction ex) {
            LayoutConfig.EnumeratedConcepts e = (LayoutConfig.EnumeratedConcepts) ex.setting("enumeratedConcepts");
            Map<String, Object> given = new java.util.HashMap<>();
            if (e != null) {
                given.putAll(Map.of("type", e.type(), "narrower", e.narrower(), "link", e.link(), "dropWords",
                        e.dropWords()));
            }
            if (ex.enumerationItem() != null) {
                given.put(ITEM.key(), ex.enumerationItem());
            }
            return new Settings(ITEM.from(given), TYPE.from(given), NARROWER.from(given), LINK.from(given),
                    DROP_WORDS.from(given));
        }
    }

    /** The local name of the concepts it proposes; the merge numbers them. */
    private static final String LOCAL = "concept";

    private final Settings settings;

    public ConceptListExtractor(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "conceptList";
    }

    @Override
    public Phase phase() {
        return Phase.PROSE;
    }

    /** One item: its mark and where it stands, its name's span and its bracket's span in the passage. */
    private record Item(String mark, int markStart, int nameStart, int nameEnd, int insideStart, int insideEnd) {
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        List<Item> items = items(passage.text());
        if (items.size() < 2) {
            return Proposal.nothing();
        }
        String text = passage.text();
        String at = passage.at();
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String name = text.substring(item.nameStart(), item.nameEnd());
            if (recognised(name, context)) {
                continue;
            }
            String key = CandidateEntity.BLANK + "item-" + (i + 1);
            Evidence named = new Evidence(at, item.nameStart(), item.nameEnd());
            Evidence whole = new Evidence(at, item.markStart(), item.insideEnd() + 1);
            entities.add(new CandidateEntity(key, settings.type(), name, LOCAL, named,
                    "item " + item.mark() + " of the list at " + at));
            facts.add(new CandidateFact(key, "number", item.mark(), true, id() + "/number", whole,
                    "the item's mark as printed"));
            int n = 0;
            for (int[] part : parts(text, item.insideStart(), item.insideEnd())) {
                String narrower = key + "-" + (++n);
                Evidence inBracket = new Evidence(at, part[0], part[1]);
                entities.add(new CandidateEntity(narrower, settings.type(), text.substring(part[0], part[1]), LOCAL,
                        inBracket, "a name in the bracket of item " + item.mark() + " at " + at));
                facts.add(new CandidateFact(key, settings.narrower(), narrower, false, id() + "/narrower", inBracket,
                        "named in the item's bracket"));
            }
            for (String doc : passage.cites()) {
                // the document cited for the list is the list's source and is about what it lists
                facts.add(new CandidateFact(key, "citedSource", doc, false, id() + "/cited", whole,
                        "the list's footnote cites the document"));
                facts.add(new CandidateFact(doc, settings.link(), key, false, id() + "/cited", whole,
                        "the document cited for the list is about what it lists"));
            }
            passage.about().ifPresent(subject -> facts.add(new CandidateFact(subject, settings.link(), key, false,
                    id() + "/about", whole, "the passage's entity concerns what it lists")));
        }
        return new Proposal(entities, facts);
    }

    /** Whether the context recognises a thing by the whole of a name. */
    private static boolean recognised(String name, ExtractionContext context) {
        List<Mention> found = context.names().find(name);
        return found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == name.length();
    }

    /**
     * The items of a list whose every item has a name and a non-blank bracket after it, from the first mark on;
     * none when any item lacks them.
     */
    private List<Item> items(String text) {
        Matcher m = settings.item().matcher(text);
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
            ends.add(m.end());
        }
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            int open = text.indexOf('(', ends.get(i));
            int close = text.lastIndexOf(')', end - 1);
            if (open < 0 || open >= end || close < open) {
                return List.of();
            }
            int[] name = stripped(text, ends.get(i), open);
            if (name[0] == name[1] || text.substring(open + 1, close).isBlank()) {
                return List.of();
            }
            out.add(new Item(text.substring(starts.get(i), ends.get(i)), starts.get(i), name[0], name[1], open + 1,
                    close));
        }
        return out;
    }

    /**
     * The spans of the names in a bracket [from, to): split at commas, or at middle dots where it has no comma;
     * stripped, an enumerating word at the end dropped, empty ones left out.
     */
    private List<int[]> parts(String text, int from, int to) {
        String inside = text.substring(from, to);
        char separator = inside.contains(",") ? ',' : '·';
        List<int[]> out = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == separator) {
                int[] span = stripped(text, start, i);
                for (String drop : settings.dropWords()) {
                    String n = text.substring(span[0], span[1]);
                    if (n.endsWith(" " + drop)) {
                        span = stripped(text, span[0], span[1] - drop.length());
                    }
                }
                if (span[1] > span[0]) {
                    out.add(span);
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** [from, to) without the blanks at either end. */
    private static int[] stripped(String text, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }
}
