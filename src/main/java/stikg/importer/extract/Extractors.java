package stikg.importer.extract;

import java.util.List;
import stikg.importer.config.LayoutConfig;

/**
 * Every extractor, with the settings a layout gives, in the order their candidates are merged within a phase
 * ({@link Extractor#phase()}).
 */
public final class Extractors {

    private Extractors() {
    }

    /**
     * Every extractor the assembler runs, whatever its phase or its place in the order: what the contract and
     * architecture tests enumerate, so that no extractor escapes them. An extractor run from another list than
     * {@link #all} is added here too.
     */
    public static List<Extractor> every(LayoutConfig layout) {
        List<Extractor> every = new java.util.ArrayList<>(sources(layout));
        every.addAll(namers(layout.words()));
        every.addAll(glossedNames(layout));
        every.addAll(clauses(layout));
        every.add(new TransposedTableExtractor(TransposedTableExtractor.Settings.from(layout)));
        every.add(new EditionFigureExtractor(EditionFigureExtractor.Settings.from(layout)));
        every.add(new YearlyFigureExtractor(YearlyFigureExtractor.Settings.from(layout)));
        every.add(new TopicExtractor(TopicExtractor.Settings.from(layout),
                new stikg.importer.names.NameFolder(layout.words())));
        every.add(new TopicActionExtractor(TopicActionExtractor.Settings.from(layout), new ActionSplitter(layout)));
        every.add(new StatementExtractor(StatementExtractor.Settings.from(layout), new ActionSplitter(layout)));
        every.add(new ProseTaskListExtractor(ProseTaskListExtractor.Settings.from(layout)));
        every.add(new TableGroupExtractor(TableGroupExtractor.Settings.from(layout)));
        every.add(new TableLeadExtractor(TableLeadExtractor.Settings.from(layout)));
        every.add(new TableItemExtractor(TableItemExtractor.Settings.from(layout)));
        every.add(new TableSchemeExtractor(TableSchemeExtractor.Settings.from(layout)));
        every.add(new TableParentExtractor(TableParentExtractor.Settings.from(layout)));
        every.add(new DetailRowExtractor(DetailRowExtractor.Settings.from(layout)));
        every.add(new ItemTargetExtractor(ItemTargetExtractor.Settings.from(layout)));
        every.addAll(all(layout));
        every.addAll(withWords(layout));
        every.addAll(factsAndOutline(layout));
        return List.copyOf(every);
    }

    public static List<Extractor> all(LayoutConfig layout) {
        LayoutConfig.Extraction ex = layout.extraction();
        return List.of(new AuthorExtractor(AuthorExtractor.Settings.from(ex)),
                new AuthorCreditExtractor(AuthorCreditExtractor.Settings.from(ex)),
                new DisclaimerExtractor(DisclaimerExtractor.Settings.from(ex)),
                new ClassificationExtractor(ClassificationExtractor.Settings.from(ex)),
                new NestingExtractor(NestingExtractor.Settings.from(ex)),
                new StatusExtractor(StatusExtractor.Settings.from(ex)),
                new ExampleMembersExtractor(ExampleMembersExtractor.Settings.from(ex)),
                new CountryExtractor(CountryExtractor.Settings.from(ex)),
                new RelationExtractor(RelationExtractor.Settings.from(ex)),
                new FigureExtractor(TargetFigures.Settings.from(ex), new CountedNoun(CountedNoun.Settings.from(layout))),
                new ListNumberExtractor(ListNumberExtractor.Settings.from(ex)),
                new ConceptListExtractor(ConceptListExtractor.Settings.from(ex)),
                new DatedEventExtractor(DatedEventExtractor.Settings.from(ex)),
                new AuthorLineExtractor(AuthorLineExtractor.Settings.from(ex)),
                new TechnologyListExtractor(TechnologyListExtractor.Settings.from(ex)),
                new SeriesLineExtractor(SeriesLineExtractor.Settings.from(ex)),
                new PublisherExtractor(PublisherExtractor.Settings.from(ex)),
                new PersonOfficeExtractor(PersonOfficeExtractor.Settings.from(ex)),
                new PercentTargetExtractor(PercentTargetExtractor.Settings.from(ex)),
                new IndicatorCountExtractor(IndicatorCountExtractor.Settings.from(ex)));
    }

    /** The extractors that read the layout's words (its particles) as well as its extraction rules. */
    public static List<Extractor> withWords(LayoutConfig layout) {
        return List.of(new CountedListExtractor(CountedListExtractor.Settings.from(layout)),
                new ColonListExtractor(ColonListExtractor.Settings.from(layout)),
                new OrdinalListExtractor(OrdinalListExtractor.Settings.from(layout)),
                new NumberedHeadingExtractor(NumberedHeadingExtractor.Settings.from(layout)),
                new FieldTechnologiesExtractor(FieldTechnologiesExtractor.Settings.from(layout)),
                new EditionConceptExtractor(EditionConceptExtractor.Settings.from(layout)),
                new RankExtractor(RankExtractor.Settings.from(layout)));
    }

    /**
     * The extractors of the facts and outline phases that were readers before (renamings and upgrades, the dates of
     * things, the figures of plans, an overview's items related to sub-areas), after those of {@link #withWords} in their phase.
     */
    public static List<Extractor> factsAndOutline(LayoutConfig layout) {
        return List.of(new ChangeExtractor(ChangeExtractor.Settings.from(layout)),
                new DatedFactExtractor(DatedFactExtractor.Settings.from(layout.extraction())),
                new PlanFigureExtractor(PlanFigureExtractor.Settings.from(layout)),
                new TopicFigureExtractor(TopicFigureExtractor.Settings.from(layout.extraction()),
                        new TargetFigures(TargetFigures.Settings.from(layout.extraction()),
                                new CountedNoun(CountedNoun.Settings.from(layout)))),
                new OverviewLinkExtractor(OverviewLinkExtractor.Settings.from(layout.extraction()),
                        new stikg.importer.names.NameFolder(layout.words())));
    }

    /**
     * The extractors of the sources phase, which read the whole brief's citations, or its title and prose, as one
     * passage and propose the documents and plans every later step names.
     */
    public static List<Extractor> sources(LayoutConfig layout) {
        return List.of(new CitationExtractor(CitationExtractor.Settings.from(layout),
                new stikg.importer.names.NameFolder(layout.words())),
                new PlanExtractor(PlanExtractor.Settings.from(layout.extraction())));
    }

    /** The extractors of the clauses phase: links, events and counts prose states clause by clause. */
    public static List<Extractor> clauses(LayoutConfig layout) {
        return List.of(new ClauseFactExtractor(ClauseFactExtractor.Settings.from(layout)));
    }

    /** The extractors of the names phase: names the lexicon does not know, read by their form. */
    public static List<Extractor> glossedNames(LayoutConfig layout) {
        return List.of(new GlossedNameExtractor(GlossedNameExtractor.Settings.from(layout)));
    }

    /**
     * The extractors that propose names the draft does not know yet (a candidate's subject is the name as printed),
     * read before the others, so that these see the things they name.
     */
    public static List<Extractor> namers(LayoutConfig.Words words) {
        return List.of(new NamedThingExtractor(NamedThingExtractor.Settings.from(words)));
    }
}
