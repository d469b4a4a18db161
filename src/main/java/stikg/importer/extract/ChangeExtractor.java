package stikg.importer.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.NamedInText;
import stikg.importer.text.Clauses;

/**
 * Changes prose tells of, clause by clause: renamings ("'A'을 'B'으로 개정": the thing named between the quotes was
 * renamed from A to B, on the clause's first date) and facility upgrades ("X의 고도화", "X와 Y의 빔 라인 증설"),
 * planned when the clause says so. Each change is a node of its own on the thing changed; the thing changed cites
 * the documents the passage cites.
 */
public final class ChangeExtractor implements Extractor {

    /**
     * The settings of this extractor: the layout's {@code settings.changes} ({@code upgradeWords}), its own keys
     * {@code upgradeCues} and {@code renaming}, and the layout's quotes, particles, words of plans, clause ends and
     * language, each with a documented default.
     */
    public record Settings(int upgradeWords, List<String> upgradeCues, LayoutConfig.Renaming renaming,
            List<LayoutConfig.Quote> quotes, String genitive, List<String> coordinators, List<String> plannedWords,
            List<String> clauseEnds, String language) {

        public static final Setting<Integer> UPGRADE_WORDS = new Setting<>("upgradeWords", 10,
                "\"X의 빔 라인 증설\": the words of an upgrade between the facility and the cue are at most this many "
                        + "characters long (default: 10)");
        /** Read from the layout's own keys {@code upgradeCues} and {@code renaming}, not {@code settings.changes}. */
        public static final Setting<List<String>> UPGRADE_CUES = new Setting<>("upgradeCues", List.of(),
                "words that tell a facility is upgraded (default: none)");
        public static final Setting<LayoutConfig.Renaming> RENAMING = new Setting<>("renaming",
                new LayoutConfig.Renaming(List.of(), List.of(), List.of()), "words that tell a thing was renamed, "
                        + "and the particles after its old and its new name (default: none, so no renaming is read)");

        public Settings {
            upgradeCues = List.copyOf(upgradeCues);
            quotes = List.copyOf(quotes);
            coordinators = List.copyOf(coordinators);
            plannedWords = List.copyOf(plannedWords);
            clauseEnds = List.copyOf(clauseEnds);
        }

        public static Settings from(LayoutConfig layout) {
            LayoutConfig.Extraction ex = layout.extraction();
            var given = Setting.given(ex.setting("changes"), "changes", List.of(UPGRADE_WORDS));
            // the single quotes ‘…’ enclose a name wherever the layout's title quotes do
            List<LayoutConfig.Quote> quotes = new ArrayList<>(ex.titleQuotes());
            quotes.add(new LayoutConfig.Quote("‘", "’"));
            return new Settings(UPGRADE_WORDS.from(given), UPGRADE_CUES.from(ex.settings()),
                    RENAMING.from(ex.settings()), quotes, ex.particles().genitive(), ex.particles().coordinators(),
                    ex.plannedWords(), ex.clauseEnds(), layout.language());
        }
    }

    private final Settings settings;
    private final Clauses clauses;

    public ChangeExtractor(Settings settings) {
        this.settings = settings;
        this.clauses = new Clauses(settings.clauseEnds());
    }

    @Override
    public String id() {
        return "change";
    }

    @Override
    public Phase phase() {
        return Phase.FACTS;
    }

    @Override
    public List<CandidateFact> extract(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        List<NamedInText> names = NamedInText.in(text, context.names());
        List<CandidateFact> out = new ArrayList<>();
        for (int[] c : clauses.of(text)) {
            List<NamedInText> in = NamedInText.startingWithin(names, c[0], c[1]);
            renamings(passage, c[0], c[1], in, context, out);
            upgrades(passage, c[0], c[1], in, context, out);
        }
        return List.copyOf(out);
    }

    /** "'A'을 'B'으로 개정": the thing named between the quotes was renamed from A to B. */
    private void renamings(TextPassage p, int start, int end, List<NamedInText> in, ExtractionContext context,
            List<CandidateFact> out) {
        String clause = p.text().substring(start, end);
        if (settings.renaming().words().stream().noneMatch(clause::contains)) {
            return;
        }
        List<int[]> quoted = new ArrayList<>();
        for (LayoutConfig.Quote q : settings.quotes()) {
            collectQuotes(clause, q.open(), q.close(), quoted);
        }
        quoted.sort(Comparator.comparingInt(a -> a[0]));
        for (int i = 0; i + 1 < quoted.size(); i++) {
            int[] a = quoted.get(i);
            int[] b = quoted.get(i + 1);
            String afterA = clause.substring(a[1] + 1);
            String afterB = clause.substring(b[1] + 1);
            boolean from = settings.renaming().from().stream().anyMatch(afterA::startsWith);
            boolean to = settings.renaming().to().stream().anyMatch(afterB::startsWith);
            if (!from || !to) {
                continue;
            }
            String before = clause.substring(a[0] + 1, a[1]).strip();
            String after = clause.substring(b[0] + 1, b[1]).strip();
            int first = start + a[0];
            int last = start + b[1];
            var thing = in.stream().filter(n -> n.start() >= first && n.start() <= last).map(NamedInText::id)
                    .filter(id -> !context.inGroup("organisation", id)).findFirst();
            if (thing.isEmpty()) {
                continue;
            }
            Map<String, String> node = new LinkedHashMap<>();
            node.put("nameBefore@" + settings.language(), before);
            node.put("nameAfter@" + settings.language(), after);
            context.dates().apply(clause).stream().findFirst().ifPresent(d -> node.put("date", d.iso()));
            Evidence evidence = new Evidence(p.at(), first, last + 1);
            out.add(new CandidateFact(thing.get(), "renaming", "Renaming", false, id() + "/renaming", evidence,
                    "renamed from '" + before + "' to '" + after + "'", node));
            cites(p, thing.get(), evidence, out);
            i++;
        }
    }

    private static void collectQuotes(String s, String open, String close, List<int[]> into) {
        int from = 0;
        while (true) {
            int a = s.indexOf(open, from);
            if (a < 0) {
                return;
            }
            int b = s.indexOf(close, a + open.length());
            if (b < 0) {
                return;
            }
            into.add(new int[] {a, b});
            from = b + close.length();
        }
    }

    /** "X의 고도화", "X와 Y의 빔 라인 증설": the facilities named in the genitive before an upgrade cue. */
    private void upgrades(TextPassage p, int start, int end, List<NamedInText> in, ExtractionContext context,
            List<CandidateFact> out) {
        String text = p.text();
        String clause = text.substring(start, end);
        for (String cue : settings.upgradeCues()) {
            int from = 0;
            int k;
            while ((k = clause.indexOf(cue, from)) >= 0) {
                from = k + cue.length();
                int at = start + k;
                for (int i = in.size() - 1; i >= 0; i--) {
                    NamedInText n = in.get(i);
                    // a name the cue lies inside ("… 고도화센터") is not before it
                    if (n.start() >= at || n.after() > at) {
                        continue;
                    }
                    String gap = text.substring(n.after(), at);
                    if (!n.particle().equals(settings.genitive()) || gap.length() > settings.upgradeWords()
                            || gap.contains(",")) {
                        break;
                    }
                    String what = (gap + cue).strip();
                    for (NamedInText f : coordinated(text, in, i)) {
                        if (context.inGroup("facility", f.id())) {
                            Map<String, String> node = new LinkedHashMap<>();
                            node.put("skos:prefLabel@" + settings.language(), what);
                            if (settings.plannedWords().stream().anyMatch(clause::contains)) {
                                node.put("status", "planned");
                            }
                            Evidence evidence = new Evidence(p.at(), f.start(), at + cue.length());
                            out.add(new CandidateFact(f.id(), "upgrade", "Upgrade", false, id() + "/upgrade",
                                    evidence, "'" + f.surface() + " … " + what + "'", node));
                            cites(p, f.id(), evidence, out);
                        }
                    }
                    break;
                }
            }
        }
    }

    /** The names joined to the clause's i-th name by coordinators ("X와 Y", "X, Y", "X/Y"). */
    private List<NamedInText> coordinated(String text, List<NamedInText> names, int i) {
        List<NamedInText> out = new ArrayList<>();
        out.add(names.get(i));
        for (int k = i - 1; k >= 0; k--) {
            NamedInText prev = names.get(k);
            java.util.Optional<NamedInText> same = out.stream().filter(o -> o.id().equals(prev.id())).findFirst();
            if (same.isPresent()) {
                out.set(out.indexOf(same.get()), prev);
                continue;
            }
            NamedInText next = out.get(0);
            int from = settings.coordinators().contains(prev.particle()) ? prev.after() : prev.end();
            if (from > next.start()) {
                break;
            }
            String gap = text.substring(from, next.start()).replaceAll("[\\s()「」‘’“”']", "");
            if (gap.isEmpty() || settings.coordinators().contains(gap)) {
                out.add(0, prev);
            } else {
                break;
            }
        }
        return out;
    }

    /** The thing changed cites what the passage's footnotes cite (not itself). */
    private void cites(TextPassage p, String thing, Evidence evidence, List<CandidateFact> out) {
        for (String doc : p.cites()) {
            if (!doc.equals(thing)) {
                out.add(new CandidateFact(thing, "citedSource", doc, false, id() + "/cited", evidence,
                        "the passage telling of the change cites it"));
            }
        }
    }
}
