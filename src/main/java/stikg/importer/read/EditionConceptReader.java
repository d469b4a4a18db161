package stikg.importer.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Mention;
import stikg.importer.names.NameFolder;

/**
 * A reader of the fields an edition of a plan focused on or widened its scope to, as prose names them ("제4기
 * 기본계획은 A와 B를 중점 지원 분야로 설정"): in a passage naming an edition, a list of names that ends where a cue
 * of the layout matches becomes concepts the edition named nearest before the list gets by the cue's property; the
 * names a bracket lists after a name are narrower concepts, also linked. Only a passage with both an edition and a
 * cue is read, so that lists elsewhere make no concepts.
 */
final class EditionConceptReader {

    private final LayoutConfig.EditionConcepts rule;
    private final LayoutConfig.Extraction extraction;
    private final EntityBook book;
    private final EntityRecognizer recognizer;
    private final NameFolder folder;
    private final PlanFinder finder;
    private final PlanFinder.Plans plans;
    private final ListedNames lists;
    private int concepts;

    EditionConceptReader(LayoutConfig layout, EntityBook book, EntityRecognizer recognizer, PlanFinder finder,
            PlanFinder.Plans plans) {
        this.extraction = layout.extraction();
        this.rule = extraction.editionConcepts();
        this.book = book;
        this.recognizer = recognizer;
        this.folder = new NameFolder(layout.words());
        this.finder = finder;
        this.plans = plans;
        this.lists = new ListedNames(rule, layout.words());
    }

    /** A list read: where it stands, the plan it belongs to, the cue after it and the cue's text. */
    private record Found(int start, int end, String plan, LayoutConfig.ConceptCue cue, String cueText) {
    }

    /** Reads the fields of editions a passage lists. */
    void read(Passage p) {
        String text = p.text();
        List<PlanFinder.EditionMention> editions = finder.editionsIn(text).stream()
                .filter(e -> plans.edition(e.edition()).isPresent()).toList();
        if (editions.isEmpty()) {
            return;
        }
        List<Found> found = new ArrayList<>();
        for (LayoutConfig.ConceptCue cue : rule.cues()) {
            Matcher m = cue.pattern().matcher(text);
            while (m.find()) {
                list(text, editions, m.start(), cue, m.group()).filter(f -> found.stream()
                        .noneMatch(o -> o.start() < f.end() && f.start() < o.end())).ifPresent(found::add);
            }
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        for (Found f : found) {
            String printed = text.substring(f.start(), f.end());
            lists.read(printed).ifPresent(names -> link(f, names, printed, p.at()));
        }
    }

    /** The list that ends where a cue matches, after the edition named nearest before it, if any. */
    private Optional<Found> list(String text, List<PlanFinder.EditionMention> editions, int end,
            LayoutConfig.ConceptCue cue, String cueText) {
        PlanFinder.EditionMention edition = null;
        for (PlanFinder.EditionMention e : editions) {
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
        return Optional.of(new Found(start, end, plans.edition(edition.edition()).orElseThrow(), cue,
                cueText.strip()));
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
                || extraction.actionLists().sentenceEnds().stream().anyMatch(e -> upTo.endsWith(e.strip()))
                || extraction.planWords().stream().anyMatch(w::contains)
                || rule.leadParticles().stream().anyMatch(x -> w.length() > x.length() && w.endsWith(x));
    }

    /** Links the edition to the concepts of a list, and broader concepts to the narrower ones they hold. */
    private void link(Found f, List<ListedNames.Listed> names, String printed, String at) {
        Set<String> drafted = new HashSet<>();
        EntityBuilder plan = book.candidate(f.plan(), at);
        String comment = "'" + printed + "' listed before '" + f.cueText() + "' (" + f.cue().property() + ")";
        for (ListedNames.Listed n : names) {
            String broad = concept(n.name(), n, at, drafted);
            plan.ref(f.cue().property(), broad, null).comment(comment);
            for (String narrower : n.narrower()) {
                String narrow = concept(narrower, null, at, drafted);
                plan.ref(f.cue().property(), narrow, null);
                // the link is written on what this passage drafts, not on an entity defined before it
                if (drafted.contains(broad)) {
                    book.defined(broad).orElseThrow().ref(rule.narrower(), narrow, null);
                } else if (drafted.contains(narrow)) {
                    book.defined(narrow).orElseThrow().ref(rule.broader(), broad, null);
                } else {
                    book.candidate(broad, at).ref(rule.narrower(), narrow, null);
                }
            }
        }
    }

    /** The concept a name names: one the recogniser knows or the draft defines as a concept, or a new one. */
    private String concept(String name, ListedNames.Listed listed, String at, Set<String> drafted) {
        String f = folder.fold(name);
        Optional<String> known = recognizer.find(name).stream().filter(m -> folder.fold(m.surface()).equals(f))
                .map(Mention::id).filter(id -> extraction.inGroup(rule.group(), book.typesOf(id))).findFirst()
                .or(() -> book.definitions().stream()
                        .filter(b -> extraction.inGroup(rule.group(), List.copyOf(b.types()))
                                && b.labels().values().stream().anyMatch(l -> folder.fold(l).equals(f)))
                        .map(b -> b.id()).findFirst());
        if (known.isPresent()) {
            return known.get();
        }
        EntityBuilder c = book.define("field-" + (++concepts), rule.type(), at).label(book.language(), name)
                .note(EntityBook.CANDIDATE).comment("a field an edition of a plan names at " + at);
        if (listed != null && listed.gloss() != null) {
            c.alt(book.language(), listed.printed());
            if (listed.gloss().chars().allMatch(ch -> ch == ' ' || EntityRecognizer.isLatin((char) ch))) {
                c.label("en", listed.gloss());
            }
        }
        drafted.add(c.id());
        return c.id();
    }
}
