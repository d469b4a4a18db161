package stikg.importer.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import stikg.importer.config.BulletKind;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.Draft;
import stikg.importer.draft.EntityBook;
import stikg.importer.extract.CandidateFact;
import stikg.importer.extract.ExtractionContext;
import stikg.importer.extract.Extractor;
import stikg.importer.extract.DateSpan;
import stikg.importer.extract.Extractors;
import stikg.importer.extract.PlanEdition;
import stikg.importer.extract.Proposal;
import stikg.importer.extract.TextPassage;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;
import stikg.importer.names.Mention;
import stikg.importer.names.NameFolder;
import stikg.importer.text.Segmentation;

/**
 * An assembler that makes the draft of one segmented brief: the document and its citations, the plan and its
 * editions, the author, the tables' entities, names the lexicon does not know, and candidate facts from the
 * prose, in that order (each step can use what the earlier ones defined).
 */
public final class DraftAssembler {

    private final LayoutConfig layout;
    private final Lexicon lexicon;

    public DraftAssembler(LayoutConfig layout, Lexicon lexicon) {
        this.layout = layout;
        this.lexicon = lexicon;
    }

    /** The entity named where a starred word stands in a text (the word a "*" line explains). */
    private static Optional<String> starredEntity(EntityRecognizer recognizer, String text, String word) {
        int w = text.indexOf(word);
        if (w < 0 || word.isEmpty()) {
            return Optional.empty();
        }
        return recognizer.find(text).stream().filter(m -> m.overlaps(w, w + word.length())).map(Mention::id)
                .findFirst();
    }

    /**
     * The texts of a brief with where they stand, in the order of its lines: prose, cells and notes, and with
     * {@code apparatus} also footnotes and sources.
     */
    private static List<Passage> texts(Segmentation seg, List<Passage> cells, boolean apparatus) {
        List<Passage> out = new ArrayList<>(cells);
        seg.prose().forEach(p -> out.add(new Passage(p.text(), p.line(), "L" + p.line(), null)));
        for (Segmentation.Note n : seg.notes()) {
            for (int i = 0; i < n.items().size(); i++) {
                out.add(new Passage(n.items().get(i), n.firstLine() + i, "L" + (n.firstLine() + i), null));
            }
        }
        if (apparatus) {
            seg.footnotes().forEach(f -> out.add(new Passage(f.text(), f.firstLine(), "L" + f.firstLine(), null)));
            seg.sources().forEach(s -> out.add(new Passage(s.text(), s.line(), "L" + s.line(), null)));
        }
        out.sort(java.util.Comparator.comparingInt(Passage::line));
        return out;
    }

    /**
     * The things that running sentences name and the namers propose, defined in the draft (the first naming in the
     * brief's order, once per name) unless the draft already knows the name; their ids.
     */
    private Set<String> namedInSentences(Segmentation seg, List<Passage> cells, EntityBook book, Lexicon lexicon,
            Set<String> defined, LayoutConfig.Extraction ex) {
        ExtractionContext context = new ExtractionContext(named(book, lexicon, defined, ex), book::typesOf,
                ex.classGroups());
        Set<String> names = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Passage p : withOtherCells(seg, texts(seg, cells, false))) {
            for (Extractor namer : Extractors.namers(layout.words())) {
                for (CandidateFact c : namer.extract(new TextPassage(p.text(), p.at()), context)) {
                    if (c.property().equals("type") && names.add(c.subject())) {
                        ids.add(book.define("named", c.object(), p.at()).label(book.language(), c.subject())
                                .note(EntityBook.CANDIDATE).comment(c.why() + " [rule " + c.rule() + "]").id());
                    }
                }
            }
        }
        return ids;
    }

    /**
     * Passages and the cells of every table row that no passage holds yet (a lead column's ministry, a budget
     * cell), each at its row's line, in the brief's order: the extractors read what a table names as they read
     * prose, whichever reader took the row's items.
     */
    private List<Passage> withOtherCells(Segmentation seg, List<Passage> passages) {
        List<Passage> out = new ArrayList<>(passages);
        Set<String> held = new HashSet<>();
        passages.forEach(p -> held.add(p.line() + " " + p.text().strip()));
        // a unit in the brief's own currency ("(억 마르크)") is a unit as much as one the grammar lists
        QuantityReader brief = quantitiesOf(seg);
        HeaderUnits headerUnits = new HeaderUnits(u -> brief.quantities("1" + u).stream()
                .anyMatch(q -> q.start() == 0 && q.end() == u.length() + 1));
        for (Segmentation.Table t : seg.tables()) {
            Optional<String> unit = unitOf(seg, t);
            for (Segmentation.Row r : t.rows()) {
                // a row whose numbers stand bare under a unit line, or under a header cell or after a lead cell
                // that prints a unit, is read whole, each number with its unit
                Optional<List<String>> withUnits = headerUnits.withUnits(t.header(), r.cells(), unit);
                if (withUnits.isPresent()) {
                    String row = String.join("\t", withUnits.get()) + captionPeriod(seg, t);
                    out.add(new Passage(row, r.line(), "L" + r.line(), null));
                }
                for (String cell : r.cells()) {
                    if (!cell.isBlank() && held.add(r.line() + " " + cell.strip())) {
                        out.add(new Passage(cell, r.line(), "L" + r.line(), null));
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Passage::line));
        return out;
    }

    /**
     * The period of years a table's caption prints ("… 5년간(2027~2031) 투자계획"), in brackets after a tab, so that
     * the figures of a row read whole are for that period; "" if the caption prints none. A caption the segmenter
     * did not tie to the table (a unit line stands between them) is one of the few lines above its first row.
     */
    private static String captionPeriod(Segmentation seg, Segmentation.Table t) {
        StringBuilder caption = new StringBuilder(t.caption() == null ? "" : t.caption());
        if (t.caption() == null && !t.rows().isEmpty()) {
            int first = t.rows().get(0).line();
            for (int i = Math.max(1, first - CAPTION_REACH); i < first; i++) {
                caption.append('\n').append(seg.text().line(i));
            }
        }
        java.util.regex.Matcher m = CAPTION_PERIOD.matcher(caption);
        return m.find() ? "\t(" + m.group() + ")" : "";
    }

    /** How many lines above a table's first row its caption may stand (a header row and a unit line between). */
    private static final int CAPTION_REACH = 4;

    private static final java.util.regex.Pattern CAPTION_PERIOD = java.util.regex.Pattern.compile(
            "(?<!\\d)(?:19|20)\\d{2}\\s?년?\\s?[~∼～\\-–]\\s?(?:19|20)\\d{2}(?!\\d)");

    /** A cell holding a number alone ("98,000"). */

    /**
     * A table as the readers of its figures read it ({@link Extractor.Whole#TABLE_FIGURES}): its caption, its header,
     * then each row with the unit its column, its lead cell or its unit line gives each bare number.
     */
    private TextPassage figurePassage(Segmentation seg, Segmentation.Table t, HeaderUnits units) {
        List<TextPassage.Piece> pieces = new ArrayList<>();
        pieces.add(new TextPassage.Piece(t.caption() == null ? "" : t.caption(), "L" + Math.max(1,
                t.caption() == null ? t.firstLine() : t.captionLine()), Optional.of("caption")));
        pieces.add(new TextPassage.Piece(String.join("\t", t.header()), "L" + t.firstLine(),
                Optional.of(String.valueOf(t.number()))));
        Optional<String> unit = unitOf(seg, t);
        for (Segmentation.Row r : t.rows()) {
            List<String> cells = new ArrayList<>(List.of(r.name()));
            if (r.cells().size() > 1) {
                cells.addAll(r.cells().subList(1, r.cells().size()));
            }
            List<String> given = units.withUnits(t.header(), cells, unit).orElse(cells);
            pieces.add(new TextPassage.Piece(String.join("\t", given), t.id() + "#" + r.mark() + " L" + r.line(),
                    Optional.of(String.valueOf(r.mark()))));
        }
        // the notes printed right under it ("주: …", "※ …"), in the order printed
        java.util.TreeMap<Integer, String> notes = new java.util.TreeMap<>();
        seg.notes().stream().filter(n -> under(seg, t, n.firstLine())).forEach(n -> notes.put(n.firstLine(),
                String.join(" ", n.items())));
        seg.prose().stream().filter(p -> p.kind() == BulletKind.REMARK && under(seg, t, p.line()))
                .forEach(p -> notes.put(p.line(), p.text()));
        notes.forEach((line, text) -> pieces.add(new TextPassage.Piece(text, "L" + line, Optional.of("note"))));
        return TextPassage.joined(t.id(), pieces);
    }

    /**
     * How many lines that are not blank may stand between a table's last row and a note on it (a source line, another
     * note); blank lines, and the page furniture read as blank, do not count.
     */
    private static final int NOTE_REACH = 2;

    private static boolean under(Segmentation seg, Segmentation.Table t, int line) {
        if (line <= t.lastLine()) {
            return false;
        }
        int between = 0;
        for (int i = t.lastLine() + 1; i < line; i++) {
            if (!seg.text().line(i).isBlank()) {
                between++;
            }
        }
        return between <= NOTE_REACH;
    }

    /** The reader of the brief's amounts and counts: the grammar's, with the currencies the brief glosses or declares. */
    private QuantityReader quantitiesOf(Segmentation seg) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= seg.text().lineCount(); i++) {
            lines.add(seg.text().line(i));
        }
        return new QuantityReader(layout.numbers()).glossedBy(lines,
                QuantityReader.Declarations.from(layout.extraction().setting("currencies")));
    }

    /** The unit a line between a table's caption and its first row gives its bare numbers ("(단위: 억 원)"). */
    private Optional<String> unitOf(Segmentation seg, Segmentation.Table t) {
        int firstRow = t.rows().isEmpty() ? t.lastLine() : t.rows().get(0).line();
        for (int i = Math.max(1, t.captionLine() + 1); i < firstRow && i <= seg.text().lineCount(); i++) {
            java.util.regex.Matcher m = layout.numbers().unitLine().matcher(seg.text().line(i).strip());
            if (m.matches()) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }

    /**
     * The lexicon, and the brief's own country when no lexicon entry in the title names one but the title opens
     * with a name where a country stands ("세레니아 「제2차 …」"): defined in the draft as a candidate, so that the
     * country of what the brief names can be read even of a country the lexicon has never heard of.
     */
    private Lexicon withTitleCountry(EntityBook book, LayoutConfig.CountryOf rule, String title, String at) {
        if (rule.inTitle().isEmpty()) {
            return lexicon;
        }
        boolean named = new EntityRecognizer(lexicon, layout.words()).find(title).stream().anyMatch(m -> lexicon
                .find(m.id()).map(e -> e.types().contains(rule.countryClass())).orElse(false));
        java.util.regex.Matcher m = rule.inTitle().get().matcher(title.strip());
        if (named || !m.find()) {
            return lexicon;
        }
        String name = m.group(1);
        String id = book.define("country", rule.countryClass(), at).label(layout.language(), name)
                .comment("the country the brief's title opens with (no lexicon entry names it)").id();
        return lexicon.with(List.of(new stikg.importer.names.LexiconEntry(id, List.of(rule.countryClass()),
                Map.of(layout.language(), List.of(name)), Map.of(), List.of(), Map.of(), "draft")));
    }

    public Draft assemble(Segmentation seg, String documentId) {
        NameFolder folder = new NameFolder(layout.words());
        DateReader dates = new DateReader(layout.numbers(), layout.words().yearApostrophes());
        QuantityReader quantities = quantitiesOf(seg);
        EntityBook book = new EntityBook(documentId, lexicon, layout.language());
        LayoutConfig.Extraction ex = layout.extraction();
        String title = seg.title().map(Segmentation.Title::text).orElse(seg.text().file());
        String docAt = "L" + seg.title().map(Segmentation.Title::line).orElse(1);
        Lexicon lexicon = withTitleCountry(book, ex.countryOf(), title, docAt);
        EntityRecognizer known = new EntityRecognizer(lexicon, layout.words());
        // one concept per name a count counts, whichever merge writes the count (a list's, a clause's, a target's)
        CountedThings counted = new CountedThings(CountedThings.Settings.from(ex), book, known, folder);

        // citations: the sources phase defines the documents the brief cites, which every later step names
        ExtractionContext sourcesContext = new ExtractionContext(known, book::typesOf, ex.classGroups(),
                Optional.empty(), documentId, text -> List.of(), text -> List.of(), text -> dates.dates(text)
                .stream().map(d -> new DateSpan(d.iso(), d.start(), d.end())).toList());
        SourcesPhase sources = new SourcesPhase(layout, book);
        SourcesPhase.CitedSources citedSources = sources.read(seg, sourcesContext);
        Map<Integer, List<String>> cited = citedSources.byLine();
        CitedDocuments footnoteDocuments = citedSources.byMark();
        Set<String> titleMarks = new HashSet<>(seg.title().map(Segmentation.Title::footnotes).orElse(List.of()));
        List<Segmentation.Footnote> plainNotes = seg.footnotes().stream()
                .filter(f -> titleMarks.contains(f.mark()) || !cited.containsKey(f.firstLine())).toList();

        // plans
        // plans: the same phase resolves the plans the title and prose name, knowing the periods a text prints
        java.util.function.Function<String, List<DateSpan>> periods = text -> dates.periods(text).stream()
                .map(d -> new DateSpan(d.interval(), d.start(), d.end())).toList();
        Plans plans = sources.plans(seg, sourcesContext.withPeriods(periods));
        stikg.importer.extract.PlanExtractor planFinder = new stikg.importer.extract.PlanExtractor(
                stikg.importer.extract.PlanExtractor.Settings.from(ex));
        Set<Integer> decided = new HashSet<>();
        for (SourcesPhase.EditionCited d : citedSources.editions()) {
            if (d.decisionDate().isEmpty()) {
                continue;
            }
            Optional<String> plan = plans.edition(d.edition());
            if (plan.isPresent() && decided.add(d.edition())
                    && !book.defined(plan.get()).map(b -> b.has("cabinetDecisionDate")).orElse(false)) {
                book.candidate(plan.get(), "L" + d.line()).literal("cabinetDecisionDate", d.decisionDate().get(),
                        false, null).comment("the source at L" + d.line() + " cites the plan's text with its cabinet "
                        + "decision");
            }
        }

        for (SourcesPhase.EditionCited e : citedSources.editions()) {
            plans.edition(e.edition()).ifPresent(plan -> book.defined(e.documentId())
                    .ifPresent(d -> d.ref("concerns", plan, null)));
        }

        // the extractors of facts about the brief itself (its author, its disclaimer) read its footnotes, then its
        // prose; a footnote on the title is about the document
        List<Draft.FactPart> documentFacts = new ArrayList<>();
        List<TextPassage> ownTexts = new ArrayList<>();
        seg.footnotes().forEach(f -> ownTexts.add(new TextPassage(f.text(), "L" + f.firstLine()
                + (f.lastLine() > f.firstLine() ? "-" + f.lastLine() : ""), titleMarks.contains(f.mark())
                ? Optional.of(documentId) : Optional.empty(), List.of())));
        seg.prose().forEach(p -> ownTexts.add(new TextPassage(p.text(), "L" + p.line())));
        // a row of a table read whole, its cells apart by tabs: a box of credits at the head of a brief is printed
        // as one ("연구책임자 | 이름 직위 | 부서")
        seg.tables().forEach(t -> t.rows().forEach(r -> ownTexts.add(new TextPassage(String.join("\t", r.cells()),
                "L" + r.line()))));
        ExtractionContext documentContext = new ExtractionContext(known, book::typesOf, ex.classGroups(),
                Optional.empty(), documentId, text -> List.of(), text -> List.of(), text -> dates.dates(text).stream()
                        .map(d -> new DateSpan(d.iso(), d.start(), d.end())).toList(), plans.main());
        // a fact about the brief read twice (its series line repeated as a running header) is kept once, the first
        Set<String> readOnce = new HashSet<>();
        for (Extractor extractor : Extractors.all(layout)) {
            if (extractor.phase() != Extractor.Phase.DOCUMENT) {
                continue;
            }
            List<CandidateFact> aboutDocument = new ArrayList<>();
            List<Proposal> describing = new ArrayList<>();
            for (TextPassage p : ownTexts) {
                Proposal proposal = extractor.propose(p, documentContext);
                if (proposal.entities().isEmpty()) {
                    proposal.facts().stream().filter(c -> readOnce.add(c.property() + " " + c.object()))
                            .forEach(aboutDocument::add);
                } else {
                    describing.add(proposal);
                }
            }
            documentFacts.addAll(CandidateMerge.describe(describing, documentId, book, known,
                    CandidateMerge.TEXT_PROPERTIES.defaultValue()));
            documentFacts.addAll(CandidateMerge.documentFacts(aboutDocument, documentId, book));
        }
        // the brief's own date, once read, dates what the brief dates by it ("지난 10월 22일")
        Optional<String> briefDate = documentFacts.stream().filter(f -> f.property().equals("publicationDate")
                && f.value() instanceof Draft.Literal).map(f -> ((Draft.Literal) f.value()).text()).findFirst();
        DateReader briefDates = briefDate.map(dates::withReference).orElse(dates);
        // the brief is written in the layout's language and is about the country and the plan its title names
        documentFacts.add(new Draft.FactPart("dct:language", new Draft.Literal(layout.language(), false), null));
        known.find(title).stream().map(Mention::id).filter(id -> book.typesOf(id).contains("Country")).findFirst()
                .ifPresent(c -> documentFacts.add(new Draft.FactPart("concerns", new Draft.Ref(c), docAt)));
        plans.main().ifPresent(p -> documentFacts.add(new Draft.FactPart("concerns", new Draft.Ref(p), docAt)));
        citedSources.documents().forEach(id -> documentFacts.add(new Draft.FactPart("citedSource",
                new Draft.Ref(id), book.defined(id).map(b -> b.at()).orElse(null))));

        // tables
        TableExtractor tables = new TableExtractor(layout, book, folder, counted);
        // the rows phase: a table's scheme is the scheme of the plan the brief is about
        ExtractionContext rowsContext = new ExtractionContext(known, book::typesOf, ex.classGroups(),
                Optional.empty(), documentId, text -> List.of(), text -> List.of(), text -> List.of(), plans.main())
                .withPeriods(periods).withBriefDate(briefDate);
        List<Passage> passages = new ArrayList<>();
        List<Draft.TablePart> tableParts = new ArrayList<>();
        // a transposed table (its rows are attributes of the things its columns name) is read once names are known
        TransposedTable transposed = new TransposedTable(layout, book, folder);
        List<Segmentation.Table> transposedTables = new ArrayList<>();
        // tables that compare a plan's editions figure by figure or give amounts year by year
        EditionFigureTable editionFigures = new EditionFigureTable(layout, book);
        ExtractionContext tablesContext = new ExtractionContext(known, book::typesOf, ex.classGroups(),
                Optional.empty(), documentId, quantities::quantities, editionMarks(ex, plans, book), text -> dates
                .dates(text).stream().map(d -> new DateSpan(d.iso(), d.start(), d.end())).toList(), plans.main())
                .withPeriods(periods).withBriefDate(briefDate);
        HeaderUnits headerUnits = new HeaderUnits(u -> quantities.quantities("1" + u).stream()
                .anyMatch(q -> q.start() == 0 && q.end() == u.length() + 1));
        Map<String, TextPassage> figurePassages = new java.util.HashMap<>();
        for (Segmentation.Table t : seg.tables()) {
            TextPassage figures = figurePassage(seg, t, headerUnits);
            figurePassages.put(t.id(), figures);
            // a table of nothing but amounts year by year has no things in rows: only its figures are read
            if (editionFigures.readsYearly(t) && editionFigures.onlyYearly(figures, tablesContext)) {
                tableParts.add(new Draft.TablePart(t.id(), String.valueOf(t.number()), t.caption(), t.firstLine(),
                        t.lastLine(), seg.sectionAt(t.firstLine()).map(Segmentation.Section::id).orElse(null), null,
                        t.rows().size(), List.of("table " + t.number() + ": read as amounts year by year (headers: "
                        + String.join(" | ", t.header()) + ")")));
                continue;
            }
            if (transposed.reads(t)) {
                transposedTables.add(t);
                tableParts.add(new Draft.TablePart(t.id(), String.valueOf(t.number()), t.caption(), t.firstLine(),
                        t.lastLine(), seg.sectionAt(t.firstLine()).map(Segmentation.Section::id).orElse(null), null,
                        t.rows().size(), List.of("table " + t.number() + ": read as transposed (columns: "
                        + String.join(" | ", t.header().subList(1, t.header().size())) + ")")));
                continue;
            }
            Segmentation.Section section = seg.sectionAt(t.firstLine()).orElse(null);
            // a table has one source: the first document its source line cites
            String source = t.sourceLine().map(s -> cited.getOrDefault(s.line(), List.of())).filter(l -> !l.isEmpty())
                    .map(l -> l.get(0)).orElse(null);
            passages.addAll(tables.extract(t, seg.prose(), plans.main().orElse(null), section, source,
                    footnoteDocuments, rowsContext));
            List<String> comments = new ArrayList<>();
            comments.add("table " + t.number() + ": read as '" + tables.kindOf(t).kind() + "' (headers: "
                    + String.join(" | ", t.header()) + ")");
            t.layoutNotes().forEach(n -> comments.add("layout: " + n));
            tableParts.add(new Draft.TablePart(t.id(), String.valueOf(t.number()), t.caption(), t.firstLine(),
                    t.lastLine(), section == null ? null : section.id(), source, t.rows().size(), comments));
        }

        seg.tables().stream().filter(editionFigures::reads).forEach(t -> editionFigures.read(t,
                figurePassages.get(t.id()), tablesContext));

        // names the lexicon does not know: the names phase reads every prose line, then every passage the tables
        // give, and the resolver decides what each name is, in that order
        NameResolver resolver = new NameResolver(book, known, folder);
        ExtractionContext namesContext = new ExtractionContext(known, book::typesOf, ex.classGroups());
        List<Extractor> namers = Extractors.every(layout).stream().filter(x -> x.phase() == Extractor.Phase.NAMES)
                .toList();
        java.util.function.BiConsumer<String, Integer> readNames = (text, line) -> namers.forEach(x -> resolver
                .resolve(x.propose(new TextPassage(text, "L" + line), namesContext), line));
        for (Segmentation.ProseLine p : seg.prose()) {
            readNames.accept(p.text(), p.line());
        }
        for (Passage p : passages) {
            readNames.accept(p.text(), p.line());
        }
        // the parents phase: what a sub-area table belongs to, once every name and acronym is known
        tables.linkParents(new ExtractionContext(known, book::typesOf, ex.classGroups()));
        // numbered lists printed in prose ("5대 미션 … ① A, ② B …"), after the tables, whose rows they may name
        PassagePhase countedLists = new PassagePhase(Extractor.Phase.LISTS, layout, book, documentId, quantities,
                Lexicon.empty(), text -> List.of(), text -> List.of(), true, false, false).counting(counted);
        seg.prose().forEach(p -> countedLists.read(new Passage(p.text(), p.line(), p.line() == p.lastLine()
                ? "L" + p.line() : "L" + p.line() + "-" + p.lastLine(), plans.main().orElse(null))));
        ExtractionContext columnsContext = new ExtractionContext(known, book::typesOf, ex.classGroups());
        transposedTables.forEach(t -> transposed.read(t, columnsContext));

        // names running sentences give with a class word that no reader above drafted
        Set<String> recognisable = new HashSet<>(resolver.definedIds());
        recognisable.addAll(namedInSentences(seg, passages, book, lexicon, resolver.definedIds(), ex));

        // candidate facts from prose
        plans.series().ifPresent(recognisable::add);
        Lexicon allNames = lexicon.with(book.recognisable(recognisable));
        EntityRecognizer all = new EntityRecognizer(allNames, layout.words());
        // the bracketed-topics phase: the sub-areas and measures the topics of bullets name, by line
        Topics topicReader = new Topics(layout, book, all, folder);
        Map<Integer, String> topics = topicReader.read(seg,
                new ExtractionContext(all, book::typesOf, ex.classGroups()));
        // the topics phase: the measures a topic bullet lists, handed on to the statements and the facts
        List<Passage> topicActions = new ArrayList<>(new TopicActions(layout, book, folder)
                .read(seg, topics, new ExtractionContext(all, book::typesOf, ex.classGroups())));
        Set<Integer> listed = new HashSet<>();
        topicActions.forEach(a -> listed.add(a.line()));
        // the statements phase: the measures plain bullets state, under the sub-area or area each stands under
        topicActions.addAll(new Statements(layout, book, folder).read(seg, topics, topicReader.marginMeasures(), listed,
                new ExtractionContext(all, book::typesOf, ex.classGroups())));
        Map<Integer, String> stated = new java.util.HashMap<>();
        Map<Integer, Long> perLine = new java.util.HashMap<>();
        topicActions.forEach(a -> perLine.merge(a.line(), 1L, Long::sum));
        topicActions.stream().filter(a -> perLine.get(a.line()) == 1).forEach(a -> stated.put(a.line(), a.subject()));
        // the outline phase: links the drafted outline implies (an overview's items to the sub-areas treating them)
        new OutlinePhase(layout, book, new ExtractionContext(all, book::typesOf, ex.classGroups(), Optional.empty(),
                documentId, quantities::quantities, text -> List.of(), text -> List.of(), plans.main()))
                .read(tables.itemsByRow());
        PassagePhase prosePhase = new PassagePhase(Extractor.Phase.PROSE, layout, book, documentId, quantities,
                Lexicon.empty(), text -> List.of(), text -> List.of(), true, false, false);
        // the editions of the brief's plans a text names, for the extractors of what an edition is about
        java.util.function.Function<String, List<PlanEdition>> editionsIn = text -> planFinder.editionsIn(text, periods)
                .stream().filter(e -> plans.edition(e.edition()).isPresent()).map(e -> new PlanEdition(
                        plans.edition(e.edition()).orElseThrow(), e.start(), e.end())).toList();
        PassagePhase editionConcepts = new PassagePhase(Extractor.Phase.EDITIONS, layout, book, documentId,
                quantities, allNames, editionsIn, text -> List.of(), true, true, true);
        ProseFactFinder facts = new ProseFactFinder(layout, book, all, briefDates, quantities, counted);
        // the extractors of the facts phase read each passage right after the prose fact finder, knowing what it
        // recognises, the dates a text prints and every edition mark of the brief's plans, with the plan's period
        java.util.function.Function<String, List<PlanEdition>> editionMarks = editionMarks(ex, plans, book);
        PassagePhase factPhase = new PassagePhase(Extractor.Phase.FACTS, layout, book, documentId, quantities,
                allNames, editionMarks, text -> briefDates.dates(text).stream().map(d -> new DateSpan(d.iso(),
                d.start(), d.end())).toList(), false, true, true).counting(counted);
        java.util.function.Consumer<Passage> readFacts = x -> {
            facts.read(x);
            factPhase.read(x);
        };
        String explained = null;
        // the topic bullet the bullets after it stand under (of another marker, not shallower, before the next
        // bullet of its own marker: "○ (X) …" then "- …" or "가) …"), its depth and marker: what they state is about it
        String under = null;
        int underDepth = 0;
        String underMarker = "";
        for (Segmentation.ProseLine p : seg.prose()) {
            String subject = null;
            if (p.kind() == BulletKind.EXPLANATION) {
                subject = explained;
            } else if (!p.starred().isEmpty()) {
                // a starred word naming nothing known is explained as part of what its bullet states
                explained = stated.getOrDefault(p.line(), topics.get(p.line()));
                for (String w : p.starred()) {
                    explained = starredEntity(all, p.text(), w.replace("*", "")).orElse(explained);
                }
            } else {
                explained = null;
            }
            if (subject == null) {
                subject = topics.get(p.line());
            }
            List<String> cites = footnoteDocuments.citedBy(p.footnotes());
            Passage passage = new Passage(p.text(), p.line(), "L" + p.line(), subject).citing(cites);
            if (p.kind() == BulletKind.REMARK) {
                prosePhase.read(passage);
            }
            editionConcepts.read(passage);
            if (topics.containsKey(p.line())) {
                under = topics.get(p.line());
                underDepth = p.depth();
                underMarker = p.marker();
            } else if (p.depth() < underDepth || p.marker().equals(underMarker)) {
                under = null;
            }
            boolean beneath = subject == null && under != null;
            readFacts.accept(beneath ? new Passage(p.text(), p.line(), "L" + p.line(), under).citing(cites) : passage);
        }
        // an action cites what the bullet listing it cites
        Map<Integer, List<String>> citesOfLine = new java.util.HashMap<>();
        seg.prose().forEach(p -> citesOfLine.put(p.line(), footnoteDocuments.citedBy(p.footnotes())));
        for (Passage a : topicActions) {
            List<String> cites = citesOfLine.getOrDefault(a.line(), List.of());
            book.defined(a.subject()).ifPresent(b -> cites.forEach(doc -> b.ref("citedSource", doc, null)));
            readFacts.accept(a.citing(cites));
        }
        for (Passage p : passages) {
            prosePhase.read(p);
            if (p.explains() != null) {
                Optional<String> starred = starredEntity(all, p.explainsIn(), p.explains());
                readFacts.accept(starred.map(p::about).orElse(p));
            } else {
                readFacts.accept(p);
            }
        }
        // the content phase: every prose line, cell, note, footnote and source, in the brief's order; an extractor
        // of what the brief is about (the country a thing belongs to) reads the content only, since footnotes and
        // sources are about the brief itself (its author's institute is not of the country the brief is about)
        List<Passage> texts = texts(seg, passages, true);
        // the extractors see the draft as it stands here, read-only, and their candidates are merged after all
        // have read every passage (an extractor's result never depends on another's)
        Optional<String> titleCountry = all.find(title).stream().map(Mention::id)
                .filter(id -> book.typesOf(id).contains(ex.countryOf().countryClass())).findFirst();
        ExtractionContext context = new ExtractionContext(named(book, lexicon, recognisable, ex), book::typesOf,
                ex.classGroups(), titleCountry, documentId, quantities::quantities,
                text -> briefDates.dates(text).stream().map(d -> new DateSpan(d.iso(), d.start(),
                        d.end())).toList(), plans.main()).withLabels(id -> book.labelOf(id, book.language()))
                .withBriefDate(briefDate);
        List<Passage> content = withOtherCells(seg, texts(seg, passages, false));
        List<Passage> everything = withOtherCells(seg, texts);
        List<CandidateFact> candidates = new ArrayList<>();
        List<Proposal> definitions = new ArrayList<>();
        for (Extractor extractor : Extractors.all(layout)) {
            if (extractor.phase() != Extractor.Phase.CONTENT) {
                continue;
            }
            for (Passage p : extractor.readsApparatus() ? everything : content) {
                Proposal proposal = extractor.propose(new TextPassage(p.text(), p.at()), context);
                if (proposal.entities().isEmpty()) {
                    candidates.addAll(proposal.facts());
                } else {
                    definitions.add(proposal);
                }
            }
        }
        // the things proposed are defined first, so that the candidates of every passage find them
        CandidateMerge.define(definitions, book, all, folder, documentId, documentFacts, counted);
        new CandidateMerge(CandidateMerge.SINGLE_VALUED.defaultValue(), counted).apply(candidates, book);
        for (Segmentation.Footnote f : plainNotes) {
            for (Mention m : known.find(f.text())) {
                book.mention(m.id(), "L" + f.firstLine());
            }
        }
        for (Segmentation.ProseLine p : seg.prose()) {
            known.find(p.text(), true).forEach(m -> book.mention(m.id(), "L" + p.line()));
        }
        for (Passage p : passages) {
            known.find(p.text(), true).forEach(m -> book.mention(m.id(), p.at()));
        }

        Draft.DocumentPart document = new Draft.DocumentPart(documentId, seg.text().lineCount(), docAt,
                Map.of(book.language(), title, "en", "[draft] " + title), documentFacts,
                List.of("drafted from " + seg.text().file() + " (" + seg.text().lineCount() + " lines)"));
        return new Draft(book.language(), document, seg.sections(), tableParts, book.parts(), resolver.proposals(), book.mentionedIds(),
                seg.warnings());
    }

    /**
     * The editions of the brief's plans a text names: every edition mark of a plan the brief names, with the
     * plan's period as the draft gives it when asked.
     */
    private static java.util.function.Function<String, List<PlanEdition>> editionMarks(LayoutConfig.Extraction ex,
            Plans plans, EntityBook book) {
        return text -> {
            List<PlanEdition> out = new ArrayList<>();
            java.util.regex.Matcher m = ex.edition().matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                plans.edition(Integer.parseInt(m.group(1))).ifPresent(plan -> out.add(new PlanEdition(plan, start,
                        end, book.literalOf(plan, "period"))));
            }
            return out;
        };
    }

    /**
     * The names the extractors recognise: those prose readers recognise, and every thing the draft defines by now
     * whose class makes it belong to a country or a place (bodies, programmes, facilities, documents, places: a
     * ministry named in a table's lead column, a programme in a cell) or a concept (an area, a technology, a goal
     * a list numbers), so that a sentence naming one is read too.
     * Items of a table (measures, areas) are left out: their names are descriptions, not names to look for.
     */
    private EntityRecognizer named(EntityBook book, Lexicon lexicon, Set<String> recognisable,
            LayoutConfig.Extraction ex) {
        Set<String> ids = new HashSet<>(recognisable);
        List<String> groups = new ArrayList<>(ex.countryOf().classes());
        groups.add(ex.countryOf().places());
        groups.add("concept");
        for (var b : book.definitions()) {
            boolean named = b.types().stream().anyMatch(t -> groups.stream().anyMatch(g ->
                    ex.classGroups().getOrDefault(g, List.of(g)).contains(t)));
            if (named && b.id() != null) {
                ids.add(b.id());
            }
        }
        return new EntityRecognizer(lexicon.with(book.recognisable(ids)), layout.words());
    }
}
