package stikg.importer.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.extract.Setting;
import stikg.importer.names.NamedInText;

/**
 * A reader of changes prose tells of: renamings ("'A'을 'B'으로 개정": the thing named B was renamed from A,
 * with the date of the clause) and facility upgrades ("X의 고도화", "X와 Y의 빔 라인 증설"), planned when the
 * clause says so.
 */
final class ChangeReader {

    /** The settings of this reader: the layout's {@code settings.changes}, each with a documented default. */
    record Settings(int upgradeWords, List<String> upgradeCues, LayoutConfig.Renaming renaming) {

        static final Setting<Integer> UPGRADE_WORDS = new Setting<>("upgradeWords", 10,
                "\"X의 빔 라인 증설\": the words of an upgrade between the facility and the cue are at most this many "
                        + "characters long (default: 10)");
        /** Read from the layout's own keys {@code upgradeCues} and {@code renaming}, not {@code settings.changes}. */
        static final Setting<List<String>> UPGRADE_CUES = new Setting<>("upgradeCues", List.of(),
                "words that tell a facility is upgraded (default: none)");
        static final Setting<LayoutConfig.Renaming> RENAMING = new Setting<>("renaming",
                new LayoutConfig.Renaming(List.of(), List.of(), List.of()), "words that tell a thing was renamed, "
                        + "and the particles after its old and its new name (default: none, so no renaming is read)");

        Settings {
            upgradeCues = List.copyOf(upgradeCues);
        }

        static Settings from(LayoutConfig.Extraction ex) {
            var given = Setting.given(ex.setting("changes"), "changes", List.of(UPGRADE_WORDS));
            return new Settings(UPGRADE_WORDS.from(given), UPGRADE_CUES.from(ex.settings()),
                    RENAMING.from(ex.settings()));
        }
    }

    private final Settings settings;
    private final LayoutConfig.Extraction ex;
    private final EntityBook book;
    private final DateReader dates;
    private final ProseGrammar grammar;
    private final CandidateFacts facts;

    ChangeReader(ProseContext context, DateReader dates) {
        this.ex = context.ex();
        this.settings = Settings.from(ex);
        this.book = context.book();
        this.grammar = context.grammar();
        this.facts = context.facts();
        this.dates = dates;
    }

    void read(Passage p, Clause c) {
        renaming(p, c);
        upgrades(p, c);
    }

    /** "'A'을 'B'으로 개정": the thing named between the quotes was renamed from A to B. */
    private void renaming(Passage p, Clause c) {
        String clause = c.words();
        if (settings.renaming().words().stream().noneMatch(clause::contains)) {
            return;
        }
        List<int[]> quoted = new ArrayList<>();
        for (LayoutConfig.Quote q : ex.titleQuotes()) {
            collectQuotes(clause, q.open(), q.close(), quoted);
        }
        collectQuotes(clause, "‘", "’", quoted);
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
            int first = c.start() + a[0];
            int last = c.start() + b[1];
            var thing = c.names().stream().filter(n -> n.start() >= first && n.start() <= last)
                    .map(NamedInText::id).filter(id -> !grammar.isOrg(id)).findFirst();
            if (thing.isEmpty()) {
                continue;
            }
            EntityBuilder r = EntityBuilder.nested("Renaming")
                    .texts("nameBefore", Map.of(book.language(), before), null)
                    .texts("nameAfter", Map.of(book.language(), after), null);
            dates.firstDate(clause).ifPresent(d -> r.literal("date", d.iso(), false, null));
            facts.candidate(thing.get(), p).nested("renaming", r, null)
                    .comment("renamed from '" + before + "' to '" + after + "'");
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
    private void upgrades(Passage p, Clause c) {
        String clause = c.words();
        String text = c.text();
        List<NamedInText> in = c.names();
        for (String cue : settings.upgradeCues()) {
            int from = 0;
            int k;
            while ((k = clause.indexOf(cue, from)) >= 0) {
                from = k + cue.length();
                int at = c.start() + k;
                for (int i = in.size() - 1; i >= 0; i--) {
                    NamedInText n = in.get(i);
                    if (n.start() >= at) {
                        continue;
                    }
                    String gap = text.substring(n.after(), at);
                    if (!n.particle().equals(ex.particles().genitive()) || gap.length() > settings.upgradeWords()
                            || gap.contains(",")) {
                        break;
                    }
                    String what = (gap + cue).strip();
                    for (NamedInText f : grammar.coordinated(c, i)) {
                        if (grammar.is("facility", f.id())) {
                            EntityBuilder u = EntityBuilder.nested("Upgrade").label(book.language(), what);
                            if (ex.plannedWords().stream().anyMatch(clause::contains)) {
                                u.literal("status", "planned", true, null);
                            }
                            facts.candidate(f.id(), p).nested("upgrade", u, null)
                                    .comment("'" + f.surface() + " … " + what + "'");
                        }
                    }
                    break;
                }
            }
        }
    }
}
