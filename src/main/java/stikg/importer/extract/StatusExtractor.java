package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.Mention;

/**
 * Where a programme stands, from a word next to its name in one clause: a word before the names ("현행 X와 Y":
 * current) or a verb after them ("X를 신설": newly created, so planned; a plan's brief states what the plan will
 * make, "X를 구축", "「X법」을 제정"). A verb followed by an ending of a thing done ("도입되었", "구축하였") tells
 * a past event, not a status, and is not read. Which status a programme keeps when several are read is the merge
 * step's decision (the first in the brief's order).
 */
public final class StatusExtractor implements Extractor {

    /** The settings of this extractor. */
    public record Settings(List<LayoutConfig.StatusWord> words, List<String> clauseEnds, List<String> doneEndings) {

        public static final Setting<List<LayoutConfig.StatusWord>> WORDS = new Setting<>("statusWords", List.of(),
                "words that tell a status, each before or after the names it qualifies (default: none, so no status "
                        + "is read)");
        public static final Setting<List<String>> CLAUSE_ENDS = new Setting<>("clauseEnds", List.of(),
                "endings of a clause before a comma: a status word qualifies names of its own clause only (default: "
                        + "none, the whole passage is one clause)");
        /** Read from the layout's {@code doneWords}, the endings that make an event done. */
        public static final Setting<List<String>> DONE_ENDINGS = new Setting<>("doneWords", List.of(),
                "endings that, right after a status word, make it tell a thing done rather than a status "
                        + "(\"도입되었\"; default: none)");

        public Settings {
            words = List.copyOf(words);
            clauseEnds = List.copyOf(clauseEnds);
            doneEndings = List.copyOf(doneEndings);
        }

        public static Settings from(LayoutConfig.Extraction ex) {
            Map<String, Object> given = new java.util.HashMap<>();
            given.put("statusWords", ex.setting("statusWords"));
            given.put("clauseEnds", ex.clauseEnds());
            given.put("doneWords", ex.setting("doneWords"));
            given.values().removeIf(java.util.Objects::isNull);
            return new Settings(WORDS.from(given), CLAUSE_ENDS.from(given), DONE_ENDINGS.from(given));
        }
    }

    private final Settings settings;
    private final Pattern clauseEnd;

    public StatusExtractor(Settings settings) {
        this.settings = settings;
        this.clauseEnd = settings.clauseEnds().isEmpty() ? null : Pattern.compile("(?<="
                + settings.clauseEnds().stream().map(Pattern::quote).collect(Collectors.joining("|")) + "),\\s+");
    }

    @Override
    public String id() {
        return "status";
    }

    @Override
    public List<CandidateFact> extract(TextPassage passage, ExtractionContext context) {
        List<CandidateFact> out = new ArrayList<>();
        String text = passage.text();
        int start = 0;
        if (clauseEnd != null) {
            Matcher m = clauseEnd.matcher(text);
            while (m.find()) {
                clause(passage, start, m.start(), context, out);
                start = m.end();
            }
        }
        clause(passage, start, text.length(), context, out);
        return List.copyOf(out);
    }

    private void clause(TextPassage passage, int from, int to, ExtractionContext context, List<CandidateFact> out) {
        String clause = passage.text().substring(from, to);
        List<Mention> names = context.names().find(clause);
        for (LayoutConfig.StatusWord w : settings.words()) {
            // a word after the names qualifies those before its last use in the clause ("… 유치: 'X'로 … 유치"), a
            // word before them those after its first
            int i = w.before() ? clause.indexOf(w.word()) : clause.lastIndexOf(w.word());
            if (i < 0 || done(clause, i + w.word().length())) {
                continue;
            }
            for (Mention n : names) {
                boolean placed = w.before() ? n.start() > i : n.end() <= i;
                if (placed && context.inGroup(w.group(), n.id())) {
                    int s = from + Math.min(i, n.start());
                    int e = from + Math.max(i + w.word().length(), n.end());
                    out.add(new CandidateFact(n.id(), "status", w.status(), true, id() + "/" + w.word(),
                            new Evidence(passage.at(), s, e), "'" + w.word() + "' " + (w.before() ? "before" : "after")
                            + " its name"));
                }
            }
        }
    }

    /** Whether an ending of a thing done follows at {@code at} ("도입" + "되었"). */
    private boolean done(String clause, int at) {
        return settings.doneEndings().stream().anyMatch(e -> clause.startsWith(e, at));
    }
}
