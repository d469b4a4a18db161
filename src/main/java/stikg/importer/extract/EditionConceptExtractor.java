package stikg.importer.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Mention;
import stikg.importer.names.NameFolder;

/**
 * The fields an edition of a plan focused on or widened its scope to, as prose names them ("제4기 기본계획은 A와 B를
 * 중점 지원 분야로 설정"): in a passage naming an edition (the context's editions), a list of names that ends where
 * a cue of the layout matches gives the edition named nearest before the list the cue's property to each; the names
 * a bracket lists after a name are narrower, also given. A name is the concept the context recognises by it (of the
 * concept group), else a concept proposed. Only a passage with both an edition and a cue is read.
 */
public final class EditionConceptExtractor implements ProposingExtractor {

    /**
     * The settings of this extractor: the layout's {@code editionConcepts} (its cues, lead words and particles,
     * separators and limits, each documented in the genre layout), and what ends a sentence or names a plan.
     */
    public record Settings(LayoutConfig.EditionConcepts rule, List<String> sentenceEnds, List<String> planWords,
            LayoutConfig.Words words) {

        public Settings {
            java.util.Objects.requireNonNull(rule, "rule");
            sentenceEnds = List.copyOf(sentenceEnds);
            planWords = List.copyOf(planWords);
        }

        public static Settings from(LayoutConfig layout) {
            LayoutConfig.Extraction ex = layout.extraction();
            return new Settings((LayoutConfig.EditionConcepts) ex.setting("editionConcepts"),
                    ex.actionLists().sentenceEnds(), ex.planWords(),
                    layout.words());
        }
    }

    /** The local name of the concepts it proposes; the merge numbers them. */
    private static final String LOCAL = "field";

    private final Settings settings;
    private final LayoutConfig.EditionConcepts rule;
    private final ListedNames lists;
    private final NameFolder folder;

    public EditionConceptExtractor(Settings settings) {
        this.settings = settings;
        this.rule = settings.rule();
        this.lists = new ListedNames(rule, settings.words());
        this.folder = new NameFolder(settings.words());
    }

    @Override
    public String id() {
        return "editionConcept";
    }

    @Override
    public Phase phase() {
        return Phase.EDITIONS;
    }

    /** A list read: where it stands, the plan it belongs to, the cue after it and the cue's text. */
    private record Found(int start, int end, int cueEnd, String plan, LayoutConfig.ConceptCue cue, String cueText) {
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        List<PlanEdition> editions = context.editions().apply(text);
        if (editions.isEmpty()) {
            return Proposal.nothing();
        }
        List<Found> found = new ArrayList<>();
        for (LayoutConfig.ConceptCue cue : rule.cues()) {
            Matcher m = cue.pattern().matcher(text);
            while (m.find()) {
                list(text, editions, m.start(), m.end(), cue, m.group()).filter(f -> found.stream()
                        .noneMatch(o -> o.start() < f.end() && f.start() < o.end())).ifPresent(found::add);
            }
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        Proposed proposed = new Proposed(passage.at(), context);
        for (Found f : found) {
            String printed = text.substring(f.start(), f.end());
            lists.read(printed).ifPresent(names -> link(f, names, printed, proposed));
        }
        return new Proposal(proposed.entities, proposed.facts);
    }

    /** What one passage proposes, and the concepts it proposed by folded name (a name listed twice is one). */
    private final class Proposed {
        final String at;
        final ExtractionContext context;
        final List<CandidateEntity> entities = new ArrayList<>();
        final List<CandidateFact> facts = new ArrayList<>();
        final Map<String, String> byName = new HashMap<>();

        Proposed(String at, ExtractionContext context) {
            this.at = at;
            this.context = context;
        }
    }

    /** The list that ends where a cue matches, after the edition named nearest before it, if any. */
    private Optional<Found> list(String text, List<PlanEdition> editions, int end, int cueEnd,
            LayoutConfig.ConceptCue cue, String cueText) {
        PlanEdition edition = null;
        for (PlanEdition e : editions) {
            if (e.end() <= end) {
                edition = e;
            }
        }
        if (edition == null) {
            return Optional.empty();
        }
        int start = leadEnd(text, edition.end(), end);
        String before = text.substring(edition.end(), start);
        if (start >= end || !cue.scope().isEmpty() && cue.scope().stream().noneMatch(before::contains)) {
            return Optional.empty();
        }
        return Optional.of(new Found(start, end, cueEnd, edition.plan(), cue, cueText.strip()));
    }

    /**
     * Where a list ending at {@code to} starts: after the last word from {@code from} on (outside brackets) that
     * ends in a lead particle ("…에서"), is a lead word ("대신"), holds a plan word ("기본계획"), closes a
     * purpose phrase ("…을 목표로") or a sentence; words like these lead into a list, names do not end so.
     */
    private int leadEnd(String text, int from, int to) {
        int start = from;
        int depth = 0;
        int word = from;
        // the word ending at 'to' is the list's last name, never a lead, so only words ending before it are tried
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth != 0 || !Character.isWhitespace(c)) {
                continue;
            }
            if (i > word && leads(text, word, i)) {
                start = i + 1;
            }
            word = i + 1;
        }
        while (start < to && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** Whether the word at start..end leads into a list rather than being part of one. */
    private boolean leads(String text, int start, int end) {
        String w = text.substring(start, end);
        String upTo = text.substring(0, end);
        return rule.leadWords().contains(w) || rule.purposeMarkers().stream().anyMatch(upTo::endsWith)
                || settings.sentenceEnds().stream().anyMatch(e -> upTo.endsWith(e.strip()))
                || settings.planWords().stream().anyMatch(w::contains)
                || rule.leadParticles().stream().anyMatch(x -> w.length() > x.length() && w.endsWith(x));
    }

    /**
     * The edition gets each concept of a list, and a broader concept its narrower ones: the link is written on what
     * this passage proposes (narrower from a proposed broader one, broader from a proposed narrower one), else
     * between the two known concepts.
     */
    private void link(Found f, List<ListedNames.Listed> names, String printed, Proposed p) {
        Evidence list = new Evidence(p.at, f.start(), f.cueEnd());
        String why = "'" + printed + "' listed before '" + f.cueText() + "' (" + f.cue().property() + ")";
        String rule = id() + "/" + f.cue().property();
        for (ListedNames.Listed n : names) {
            String broad = concept(n.name(), n, list, p);
            p.facts.add(new CandidateFact(f.plan(), f.cue().property(), broad, false, rule, list, why));
            for (String narrower : n.narrower()) {
                String narrow = concept(narrower, null, list, p);
                p.facts.add(new CandidateFact(f.plan(), f.cue().property(), narrow, false, rule, list, why));
                if (!CandidateEntity.isKey(broad) && CandidateEntity.isKey(narrow)) {
                    p.facts.add(new CandidateFact(narrow, this.rule.broader(), broad, false, id() + "/broader",
                            list, "listed in the bracket after the broader field"));
                } else {
                    p.facts.add(new CandidateFact(broad, this.rule.narrower(), narrow, false, id() + "/narrower",
                            list, "listed in the bracket after the field"));
                }
            }
        }
    }

    /**
     * The concept a name names: the id of one the context recognises by the whole name in the concept group, the
     * key of one this passage proposed already, or the key of a new one, proposed with the name as printed (an
     * alternative name) and a gloss in Latin letters (its English name).
     */
    private String concept(String name, ListedNames.Listed listed, Evidence list, Proposed p) {
        String f = folder.fold(name);
        Optional<String> known = p.context.names().find(name).stream()
                .filter(m -> folder.fold(m.surface()).equals(f)).map(Mention::id)
                .filter(id -> p.context.inGroup(rule.group(), id)).findFirst();
        if (known.isPresent()) {
            return known.get();
        }
        if (p.byName.containsKey(f)) {
            return p.byName.get(f);
        }
        String key = CandidateEntity.BLANK + LOCAL + "-" + (p.entities.size() + 1);
        p.entities.add(new CandidateEntity(key, rule.type(), name, LOCAL, list,
                "a field an edition of a plan names at " + p.at));
        p.byName.put(f, key);
        if (listed != null && listed.gloss() != null) {
            p.facts.add(new CandidateFact(key, ALT_LABEL, listed.printed(), true, id() + "/printed", list,
                    "the name as printed"));
            if (listed.gloss().chars().allMatch(ch -> ch == ' ' || EntityRecognizer.isLatin((char) ch))) {
                p.facts.add(new CandidateFact(key, ENGLISH_LABEL, listed.gloss(), true, id() + "/gloss", list,
                        "the gloss in Latin letters after the name"));
            }
        }
        return key;
    }

    /** The property of a name as printed, an alternative name in the brief's language. */
    public static final String ALT_LABEL = "skos:altLabel";
    /** The property of an English name. */
    public static final String ENGLISH_LABEL = "skos:prefLabel@en";
}
