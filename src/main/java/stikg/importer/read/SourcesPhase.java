package stikg.importer.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.extract.CandidateEntity;
import stikg.importer.extract.CandidateFact;
import stikg.importer.extract.ExtractionContext;
import stikg.importer.extract.Extractor;
import stikg.importer.extract.Extractors;
import stikg.importer.extract.Setting;
import stikg.importer.extract.Proposal;
import stikg.importer.extract.TextPassage;
import stikg.importer.text.Segmentation;

/**
 * The sources phase of the merge ({@link Extractor.Phase#SOURCES}), run first: the brief's citation texts (its
 * source lines, then its footnotes other than those on the title) are one passage, each text a part of it, which
 * every extractor of the phase reads once; the documents they propose are defined in the draft in the order proposed
 * ("src-1", "src-2", …) with their facts, and what the later steps name of them comes back as a typed, read-only
 * value, {@link CitedSources}.
 */
final class SourcesPhase {

    private final List<Extractor> extractors;
    private final EntityBook book;

    SourcesPhase(LayoutConfig layout, EntityBook book) {
        this.extractors = Extractors.every(layout).stream().filter(x -> x.phase() == Extractor.Phase.SOURCES)
                .toList();
        this.book = book;
        this.labelledSourceLine = LABELLED_SOURCE_LINE.from(layout.extraction().settings());
    }

    /** A prose line naming its source after a label: its citation is read with the source lines'. */
    static final Setting<Pattern> LABELLED_SOURCE_LINE = new Setting<>("labelledSourceLine", Pattern.compile("(?!)"),
            "a prose line that cites its source after a label ('자료: …'), group 1 the citation; the line stays "
                    + "prose (default: none)");

    private final Pattern labelledSourceLine;

    /**
     * What the citations of a brief give the later steps: the documents each citing line cites (a source line or a
     * footnote's first line, in the order read), the documents each footnote mark cites, and the editions of plans
     * the cited titles name, each with the date of its cabinet decision when the citation reports one.
     */
    record CitedSources(Map<Integer, List<String>> byLine, CitedDocuments byMark, List<EditionCited> editions) {

        CitedSources {
            byLine = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byLine));
            editions = List.copyOf(editions);
        }

        /** The documents, each once, in the order first cited. */
        List<String> documents() {
            return byLine.values().stream().flatMap(List::stream).distinct().toList();
        }
    }

    /** A cited document whose title names an edition of a plan, with the plan's cabinet decision date, if told. */
    record EditionCited(String documentId, int edition, Optional<String> decisionDate, int line) {
    }

    /**
     * Reads the brief's title and prose with the given context and resolves the plans the extractors of the phase
     * propose from them (the first that proposes any): a plan the recognizer knows by the whole name the title gives
     * it, with the series the lexicon gives that plan; else the series the recognizer knows by name, else a new one;
     * an edition of that series the lexicon holds; else a new definition, with the title's country. What the brief
     * says of a known plan (its edition and series) and the period of an edition the lexicon holds are facts and
     * candidates about it; editions that follow each other are linked both ways.
     */
    Plans plans(Segmentation seg, ExtractionContext context) {
        if (seg.title().isEmpty()) {
            return Plans.NONE;
        }
        List<TextPassage.Piece> pieces = new ArrayList<>();
        pieces.add(new TextPassage.Piece(seg.title().get().text(), "L" + seg.title().get().line(), Optional.empty()));
        seg.prose().forEach(p -> pieces.add(new TextPassage.Piece(p.text(), "L" + p.line(), Optional.empty())));
        TextPassage passage = TextPassage.joined("L1-" + seg.text().lineCount(), pieces);
        for (Extractor x : extractors) {
            if (x.reads() == Extractor.Whole.TITLE_AND_PROSE) {
                Proposal proposal = x.propose(passage, context);
                if (!proposal.entities().isEmpty()) {
                    return plans(proposal, passage, context.names());
                }
            }
        }
        return Plans.NONE;
    }

    private Plans plans(Proposal proposal, TextPassage passage, stikg.importer.names.EntityRecognizer recognizer) {
        Map<String, CandidateEntity> entities = new LinkedHashMap<>();
        proposal.entities().forEach(e -> entities.put(e.key(), e));
        CandidateEntity seriesProposed = proposal.entities().stream().filter(e -> e.type().equals(SERIES))
                .findFirst().orElseThrow();
        CandidateEntity mainProposed = proposal.entities().stream().filter(e -> e.type().equals(PLAN)).findFirst()
                .orElseThrow();
        Map<String, Integer> editionOf = new HashMap<>();
        proposal.facts().stream().filter(f -> f.property().equals("edition"))
                .forEach(f -> editionOf.put(f.subject(), Integer.parseInt(f.object())));
        String titleAt = at(passage, mainProposed.evidence().start());
        // the title's country, mentioned where the title stands
        String country = null;
        for (CandidateFact f : proposal.facts()) {
            if (f.subject().equals(mainProposed.key()) && f.property().equals("country")) {
                country = f.object();
                book.mention(country, titleAt);
            }
        }
        // a plan the lexicon knows by name brings its own series, whatever words the title uses for it
        Optional<String> knownPlan = known(recognizer, mainProposed.name(), PLAN, titleAt);
        // a series the title names is of the title's country, as the plan is: the series' own name is seldom
        // printed apart from its editions' names, so that no later reading of the country could reach it
        String titleCountry = country;
        String series = knownPlan.flatMap(p -> book.lexiconValues(p, "inSeries").stream().findFirst())
                .or(() -> known(recognizer, seriesProposed.name(), SERIES, titleAt))
                .orElseGet(() -> {
                    EntityBuilder s = book.define(seriesProposed.local(), SERIES, titleAt).label(book.language(),
                            seriesProposed.name()).comment(seriesProposed.why());
                    if (titleCountry != null) {
                        s.ref("country", titleCountry, null);
                    }
                    return s.id();
                });
        Map<Integer, String> plans = new java.util.TreeMap<>();
        Map<String, String> ids = new HashMap<>();
        int edition = editionOf.get(mainProposed.key());
        String main = knownPlan.or(() -> book.lexiconWith(PLAN, "edition", String.valueOf(edition), "inSeries",
                series)).orElse(null);
        if (main != null) {
            edition(main, edition, series, titleAt);
        } else {
            main = newPlan(mainProposed, edition, series, country, titleAt);
        }
        plans.put(edition, main);
        ids.put(mainProposed.key(), main);
        for (CandidateFact f : proposal.facts()) {
            String where = at(passage, f.evidence().start());
            if (f.property().equals("edition") && !ids.containsKey(f.subject())) {
                int n = Integer.parseInt(f.object());
                String id = book.lexiconWith(PLAN, "edition", String.valueOf(n), "inSeries", series).orElse(null);
                if (id != null) {
                    book.mention(id, where);
                    edition(id, n, series, where);
                } else {
                    id = newPlan(entities.get(f.subject()), n, series, country, where);
                }
                plans.put(n, id);
                ids.put(f.subject(), id);
            } else if (f.property().equals("period")) {
                String planId = ids.get(f.subject());
                if (book.defined(planId).isPresent()) {
                    book.defined(planId).filter(b -> !b.has("period"))
                            .ifPresent(b -> b.literal("period", f.object(), false, where));
                } else {
                    book.candidate(planId, where).literal("period", f.object(), false, null).comment(f.why());
                }
            }
        }
        for (CandidateFact f : proposal.facts()) {
            if (f.property().equals("predecessor")) {
                String later = ids.get(f.subject());
                String earlier = ids.get(f.object());
                String laterAt = at(passage, entities.get(f.subject()).evidence().start());
                String earlierAt = at(passage, entities.get(f.object()).evidence().start());
                book.facts(later, laterAt).ref("predecessor", earlier, laterAt).comment(f.why());
                book.facts(earlier, earlierAt).ref("successor", later, laterAt);
            }
        }
        return new Plans(Optional.of(main), plans, Optional.of(series));
    }

    /** A new definition of a proposed plan, with its edition, series and the title's country. */
    private String newPlan(CandidateEntity e, int n, String series, String country, String at) {
        EntityBuilder p = book.define(e.local() + "-" + n, PLAN, at).label(book.language(), e.name())
                .comment(e.why());
        p.literal("edition", String.valueOf(n), false, null).ref("inSeries", series, null);
        if (country != null) {
            p.ref("country", country, null);
        }
        return p.id();
    }

    /** What the brief says of a known plan it names by edition: which edition of which series it is. */
    private void edition(String plan, int n, String series, String at) {
        book.facts(plan, at).literal("edition", String.valueOf(n), false, null).ref("inSeries", series, null)
                .comment("the brief names edition " + n + " of the series");
    }

    /** A thing of the class the recognizer knows by the whole name, mentioned where the name stands. */
    private Optional<String> known(stikg.importer.names.EntityRecognizer recognizer, String name, String type,
            String at) {
        for (stikg.importer.names.Mention m : recognizer.find(name)) {
            if (m.start() == 0 && m.end() >= name.length() - 1 && book.typesOf(m.id()).contains(type)) {
                book.mention(m.id(), at);
                return Optional.of(m.id());
            }
        }
        return Optional.empty();
    }

    /** Where the part of a passage a span starts in stands in the brief. */
    private static String at(TextPassage passage, int offset) {
        return passage.partAt(offset).map(TextPassage.Part::at).orElse(passage.at());
    }

    private static final String PLAN = "Plan";
    private static final String SERIES = "PlanSeries";

    /** Reads the brief's citations with the given context and defines the documents they cite. */
    CitedSources read(Segmentation seg, ExtractionContext context) {
        Set<String> titleMarks = Set.copyOf(seg.title().map(Segmentation.Title::footnotes).orElse(List.of()));
        List<TextPassage.Piece> pieces = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (Segmentation.SourceLine s : seg.sources()) {
            pieces.add(new TextPassage.Piece(s.text(), "L" + s.line(), Optional.empty()));
            lines.add(s.line());
        }
        for (Segmentation.ProseLine p : seg.prose()) {
            Matcher labelled = labelledSourceLine.matcher(p.text().strip());
            if (labelled.matches()) {
                pieces.add(new TextPassage.Piece(labelled.group(1).strip(), "L" + p.line(), Optional.empty()));
                lines.add(p.line());
            }
        }
        // a footnote on the title is about the brief itself (its author), not a citation
        for (Segmentation.Footnote f : seg.footnotes()) {
            if (!titleMarks.contains(f.mark())) {
                pieces.add(new TextPassage.Piece(f.text(), "L" + f.firstLine(), Optional.of(f.mark())));
                lines.add(f.firstLine());
            }
        }
        return read(TextPassage.joined("L1-" + seg.text().lineCount(), pieces), lines, context);
    }

    /** Reads a passage of citation texts, the i-th part standing at {@code lines.get(i)}. */
    CitedSources read(TextPassage passage, List<Integer> lines, ExtractionContext context) {
        Map<Integer, List<String>> byLine = new LinkedHashMap<>();
        Map<String, List<String>> byMark = new LinkedHashMap<>();
        List<EditionCited> editions = new ArrayList<>();
        for (Extractor x : extractors) {
            if (x.reads() != Extractor.Whole.CITATIONS) {
                continue;
            }
            Proposal proposal = x.propose(passage, context);
            Map<String, String> ids = define(proposal, passage);
            Map<Integer, List<String>> cites = new LinkedHashMap<>();
            for (CandidateFact f : proposal.facts()) {
                int part = partIndex(passage, f);
                String subject = ids.getOrDefault(f.subject(), f.subject());
                if (f.subject().equals(context.document()) && f.property().equals("citedSource")) {
                    cites.computeIfAbsent(part, k -> new ArrayList<>()).add(ids.getOrDefault(f.object(),
                            f.object()));
                } else if (!f.node().isEmpty() && f.node().containsKey("edition")) {
                    editions.add(new EditionCited(subject, Integer.parseInt(f.node().get("edition")),
                            Optional.ofNullable(f.node().get("cabinetDecisionDate")), lines.get(part)));
                }
            }
            cites.forEach((part, docs) -> {
                byLine.put(lines.get(part), List.copyOf(docs));
                passage.parts().get(part).mark().ifPresent(mark -> byMark.put(mark, List.copyOf(docs)));
            });
        }
        return new CitedSources(byLine, new CitedDocuments(byMark), editions);
    }

    /** The index of the part a fact's evidence starts in. */
    private static int partIndex(TextPassage passage, CandidateFact f) {
        TextPassage.Part part = passage.partAt(f.evidence().start()).orElseThrow();
        return passage.parts().indexOf(part);
    }

    /**
     * Defines the proposed documents, each at the part it is first cited in, with their facts in the order
     * proposed: a name in the language of its script, dates, an address, and links to what the context knows (each
     * such thing mentioned at that part, where its description starts if this is its first mention). Facts about
     * the brief and nodes are the caller's.
     */
    private Map<String, String> define(Proposal proposal, TextPassage passage) {
        Map<String, String> ids = new HashMap<>();
        Map<String, EntityBuilder> defined = new HashMap<>();
        Map<String, Integer> numbered = new HashMap<>();
        for (CandidateEntity e : proposal.entities()) {
            String at = passage.partAt(e.evidence().start()).map(TextPassage.Part::at).orElse(e.evidence().at());
            EntityBuilder b = book.define(e.local() + "-" + numbered.merge(e.local(), 1, Integer::sum), e.type(),
                    at);
            defined.put(e.key(), b);
            ids.put(e.key(), b.id());
        }
        for (CandidateFact f : proposal.facts()) {
            EntityBuilder b = defined.get(f.subject());
            if (b == null || !f.node().isEmpty()) {
                continue;
            }
            if (f.literal() && f.property().startsWith("skos:prefLabel@")) {
                b.label(f.property().substring("skos:prefLabel@".length()), f.object());
                proposal.entities().stream().filter(e -> e.key().equals(f.subject())).findFirst()
                        .ifPresent(e -> b.comment(e.why()));
            } else if (f.literal()) {
                // dates are written as dates, an address as a text
                b.literal(f.property(), f.object(), !DATE.matcher(f.object()).matches(), null);
            } else {
                b.ref(f.property(), ids.getOrDefault(f.object(), f.object()), null);
                book.mention(f.object(), b.at());
            }
        }
        return ids;
    }

    /** A date as the readers of dates give it: a year, a month or a day ("2026", "2026-03", "2026-03-02"). */
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}(?:-\\d{2}){0,2}");
}
