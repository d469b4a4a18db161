package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import stikg.importer.config.LayoutConfig;
import java.util.function.Function;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.NamedInText;

/**
 * What the reader of clause facts asks of a clause: which kind of entity a name is (by the layout's groups of types),
 * and how its names are joined by particles: coordinated ("JST와 NEDO"), marked as subject or object, done
 * through ("JST를 통해"), or the thing a cue word acts on.
 */
public final class ClauseGrammar {

    /** The settings of this reader: the layout's {@code settings.proseGrammar}, each with a documented default. */
    public record Settings(int objectAfterCue, int viaGap) {

        static final Setting<Integer> OBJECT_AFTER_CUE = new Setting<>("objectAfterCue", 12,
                "a cue acts on a name that follows it within this many characters, as in \"수립하고 있는 ‘…’\" (default: "
                        + "12)");
        static final Setting<Integer> VIA_GAP = new Setting<>("viaGap", 3,
                "\"(A와 B)을 통해\": the name ends at most this many characters before the word of doing through "
                        + "(default: 3)");

        public static Settings from(LayoutConfig.Extraction ex) {
            var given = Setting.given(ex.setting("proseGrammar"), "proseGrammar", List.of(OBJECT_AFTER_CUE, VIA_GAP));
            return new Settings(OBJECT_AFTER_CUE.from(given), VIA_GAP.from(given));
        }
    }

    private final Settings settings;
    private final LayoutConfig.Extraction ex;
    private final Function<String, List<String>> typesOf;

    ClauseGrammar(LayoutConfig.Extraction ex, Function<String, List<String>> typesOf) {
        this.ex = ex;
        this.settings = Settings.from(ex);
        this.typesOf = typesOf;
    }

    /** Whether an entity's types fall in one of the layout's groups ("organisation", "facility", …). */
    boolean is(String group, String id) {
        return ex.inGroup(group, typesOf.apply(id));
    }

    boolean isOrg(String id) {
        return is("organisation", id);
    }

    boolean isLaw(String id) {
        return typesOf.apply(id).contains("Law");
    }

    /** The names joined to the clause's i-th name by coordinators ("JST/AMED", "RIKEN, 후지쓰, NVIDIA", "JST와 NEDO"). */
    List<NamedInText> coordinated(Clause c, int i) {
        List<NamedInText> names = c.names();
        List<NamedInText> out = new ArrayList<>();
        out.add(names.get(i));
        for (int k = i - 1; k >= 0; k--) {
            NamedInText prev = names.get(k);
            Optional<NamedInText> same = out.stream().filter(o -> o.id().equals(prev.id())).findFirst();
            if (same.isPresent()) {
                out.set(out.indexOf(same.get()), prev);
                continue;
            }
            NamedInText next = out.get(0);
            int from = ex.particles().coordinators().contains(prev.particle()) ? prev.after() : prev.end();
            if (from > next.start()) {
                break;
            }
            String gap = c.text().substring(from, next.start()).replaceAll("[\\s()「」‘’“”']", "");
            if (gap.isEmpty() || ex.particles().coordinators().contains(gap)) {
                out.add(0, prev);
            } else {
                break;
            }
        }
        return out;
    }

    /** The organisations among the names joined to the clause's i-th name. */
    List<NamedInText> coordinatedOrgs(Clause c, int i) {
        return coordinated(c, i).stream().filter(x -> isOrg(x.id())).toList();
    }

    /** Organisations marked as the subject or topic of a clause, with those joined to them. */
    List<NamedInText> subjects(Clause c) {
        List<NamedInText> in = c.names();
        for (int i = 0; i < in.size(); i++) {
            NamedInText n = in.get(i);
            if (isOrg(n.id()) && ex.particles().subject().contains(n.particle())) {
                return coordinatedOrgs(c, i);
            }
        }
        return List.of();
    }

    /** The first name after the clause's i-th within a distance, with no comma or object particle between. */
    Optional<NamedInText> nextWithin(Clause c, int i, int distance) {
        List<NamedInText> in = c.names();
        if (i + 1 >= in.size()) {
            return Optional.empty();
        }
        NamedInText n = in.get(i);
        NamedInText next = in.get(i + 1);
        if (next.start() - n.after() > distance) {
            return Optional.empty();
        }
        String gap = c.text().substring(Math.min(n.after(), next.start()), next.start());
        if (gap.contains(",")) {
            return Optional.empty();
        }
        for (String w : gap.strip().split("\\s+")) {
            String word = w.replaceAll("[()「」‘’“”']", "");
            if (!word.isEmpty() && ex.particles().object().stream().anyMatch(word::endsWith)) {
                return Optional.empty();
            }
        }
        return Optional.of(next);
    }

    /** Organisations a thing is done through: "(JST와 NEDO)을 통해", "JST를 통해". */
    List<NamedInText> viaOrgs(Clause c) {
        int k = c.words().indexOf(ex.via().word());
        if (k < 0) {
            return List.of();
        }
        int at = c.start() + k;
        List<NamedInText> in = c.names();
        for (int i = in.size() - 1; i >= 0; i--) {
            NamedInText n = in.get(i);
            if (n.start() < at && at - n.after() <= settings.viaGap() && isOrg(n.id())) {
                return coordinatedOrgs(c, i);
            }
        }
        return List.of();
    }

    /** Where a cue word starts a word in a clause (not inside another word: "연구개발" has no cue "개발"). */
    List<Integer> cueStarts(Clause c, String word) {
        List<Integer> out = new ArrayList<>();
        String text = c.text();
        int from = c.start();
        int k;
        while ((k = text.indexOf(word, from)) >= 0 && k < c.end()) {
            from = k + 1;
            if (k == 0 || !EntityRecognizer.isHangul(text.charAt(k - 1))) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * The thing a cue acts on: a name marked as object before the cue, or the name right before it, or the name
     * right after it (a relative clause: "내각부가 수립하고 있는 ‘…’"), or else the passage's own entity; for an
     * event, lastly the name the passage opens with in brackets (its topic).
     */
    Optional<String> objectOf(Clause c, int cueAt, int cueLength, String passageSubject, boolean event) {
        String text = c.text();
        List<NamedInText> clause = c.names().stream().filter(n -> (event || !isOrg(n.id()))
                && !n.id().equals(passageSubject)
                && !(event && isOrg(n.id()) && ex.particles().subject().contains(n.particle()))).toList();
        for (int i = clause.size() - 1; i >= 0; i--) {
            NamedInText n = clause.get(i);
            if (n.start() < cueAt && ex.particles().object().contains(n.particle())) {
                return Optional.of(n.id());
            }
        }
        for (int i = clause.size() - 1; i >= 0; i--) {
            NamedInText n = clause.get(i);
            if (n.end() <= cueAt && text.substring(n.end(), cueAt).replaceAll("[\\s)」’”'』]", "").isEmpty()) {
                return Optional.of(n.id());
            }
        }
        for (NamedInText n : clause) {
            if (n.start() >= cueAt + cueLength && n.start() - (cueAt + cueLength) <= settings.objectAfterCue()) {
                return Optional.of(n.id());
            }
        }
        if (passageSubject != null) {
            return Optional.of(passageSubject);
        }
        if (event) {
            return bracketedTopic(c);
        }
        return Optional.empty();
    }

    /** The name a passage opens with in brackets ("(글로벌 스타트업 캠퍼스*) …"): what the passage is about. */
    private Optional<String> bracketedTopic(Clause c) {
        if (!c.text().startsWith("(")) {
            return Optional.empty();
        }
        int close = c.text().indexOf(')');
        return c.names().stream().filter(n -> n.start() < close && !isOrg(n.id())).map(NamedInText::id).findFirst();
    }
}
