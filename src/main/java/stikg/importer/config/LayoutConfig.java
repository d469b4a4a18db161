package stikg.importer.config;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The layout of one kind of brief: how its structure is printed, which words carry meaning, how numbers and
 * dates are written and how its tables are read. Read from a YAML resource by {@link LayoutConfigReader}; the
 * importer's code holds no word of any language.
 */
public record LayoutConfig(String language, Structure structure, Words words, Numbers numbers,
        Extraction extraction) {

    public LayoutConfig {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(numbers, "numbers");
        Objects.requireNonNull(extraction, "extraction");
    }

    /** How sections, bullets, captions, sources, notes, footnotes and tables are printed. */
    /**
     * What a page break leaves in the text: page-number lines, lines near which a repeated line is a running header
     * ('headerReach' lines), the ditto marks that repeat the cell above ("〃"), and how hard-wrapped prose is told:
     * a line at least 'wrapWidth' long whose text 'sentenceEnd' does not find an end in goes on below, unless the
     * line below opens a field of its own ('fieldLine': "작성: …", "출처 : …").
     */
    public record PageFurniture(Pattern pageNumber, int headerReach, List<String> dittoMarks, int wrapWidth,
            Pattern sentenceEnd, Pattern continuedCaption, Pattern fieldLine) {
        public PageFurniture {
            dittoMarks = List.copyOf(dittoMarks);
        }
    }

    public record Structure(Pattern sectionHeading, Pattern subHeading, List<String> subMarkers,
            List<BulletMarker> bullets, Pattern caption, Pattern sourceLine, Pattern noteLine,
            Pattern noteContinuation, Pattern footnoteDefinition, Pattern superscriptMarker, Pattern gluedMarker,
            Pattern explanationMarker, Pattern listTag, Pattern listEndTag, List<String> itemMarkers,
            List<String> remarkMarkers, List<String> itemSeparators, Pattern rowMark, String untitledTable,
            Pattern numberedSubHeading, Pattern bareSuperscriptMarker, PageFurniture page, LeadColumn leadColumn,
            CellPrint cells, Pattern bulletShape, Pattern itemTag) {
        public Structure {
            subMarkers = List.copyOf(subMarkers);
            bullets = bullets.stream().sorted(Comparator.comparingInt((BulletMarker b) -> -b.marker().length()))
                    .toList();
            itemMarkers = List.copyOf(itemMarkers);
            remarkMarkers = List.copyOf(remarkMarkers);
            itemSeparators = List.copyOf(itemSeparators);
        }
    }

    /**
     * How table rows may be printed besides with tabs between cells: with a bar between cells ({@code bar}; a bar at
     * both ends of a row is a border, at its start only an empty first cell), or in columns aligned by runs of at
     * least {@code columnGap} spaces (cells of one column starting at most {@code columnSlack} display columns
     * apart). Only a run of at least {@code minimumRows} rows printed so is a table. A null bar or a gap of 0: off.
     */
    public record CellPrint(String bar, int columnGap, int columnSlack, int minimumRows) {

        public static final CellPrint TABS_ONLY = new CellPrint(null, 0, 0, 2);
    }

    /** A marker a prose line can start with, and what kind of line it makes. */
    public record BulletMarker(String marker, BulletKind kind) {
    }

    /** Quotes, particles and the rules for recognising names. */
    /**
     * @param commonEndings words that end like a name of a class but are common nouns ("정부", "여부" end in the
     *     ministry's "부"): a word ending in one is no standalone name
     * @param relationWords words that tie a name to the one before it ("A 산하 B", "대통령 직속 B"): a name read
     *     backwards from a gloss stops before them
     */
    public record Words(List<Quote> quotes, List<String> yearApostrophes, List<String> particles,
            List<String> ignoredInNames, int shortNameLength, List<TypeSuffix> typeSuffixes, Pattern acronym,
            List<String> commonEndings, List<String> relationWords, Pattern nameTail) {

        /** Words of a grammar that gives no tail of names. */
        public Words(List<Quote> quotes, List<String> yearApostrophes, List<String> particles,
                List<String> ignoredInNames, int shortNameLength, List<TypeSuffix> typeSuffixes, Pattern acronym,
                List<String> commonEndings, List<String> relationWords) {
            this(quotes, yearApostrophes, particles, ignoredInNames, shortNameLength, typeSuffixes, acronym,
                    commonEndings, relationWords, Pattern.compile("(?!)"));
        }

        public Words {
            commonEndings = List.copyOf(commonEndings);
            relationWords = List.copyOf(relationWords);
            ignoredInNames = List.copyOf(ignoredInNames);
            quotes = List.copyOf(quotes);
            yearApostrophes = List.copyOf(yearApostrophes);
            particles = particles.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
            typeSuffixes = List.copyOf(typeSuffixes);
        }

        /**
         * The class a name's ending suggests, if any; a name that ends in a tail the grammar gives (a year or a
         * period after the class word: "미래전략 2035", "프로그램 2020-2025") is read without it.
         */
        public Optional<String> typeBySuffix(String name) {
            String n = name.strip();
            Optional<String> own = bySuffix(n);
            java.util.regex.Matcher tail = nameTail.matcher(n);
            return own.isPresent() || !tail.find() || tail.start() == 0 ? own
                    : bySuffix(n.substring(0, tail.start()).strip());
        }

        private Optional<String> bySuffix(String n) {
            return typeSuffixes.stream().filter(s -> n.endsWith(s.suffix()))
                    .max(Comparator.comparingInt(s -> s.suffix().length())).map(TypeSuffix::type);
        }
    }

    /** An opening and a closing quote. */
    public record Quote(String open, String close) {
    }

    /** A name ending and the class it suggests; a standalone one makes any word with it a candidate name. */
    public record TypeSuffix(String suffix, String type, boolean standalone) {
    }

    /**
     * Units, scales, currencies and the words that qualify a number; the class of what a figure measures and the
     * property that links the figure to it.
     */
    public record Numbers(Map<String, BigDecimal> scales, Map<String, String> currencies, List<String> countUnits,
            List<String> estimate, List<String> minimum, Pattern multiplier, int twoDigitYearBase, Pattern coverage,
            List<String> targetWords, List<String> actualWords, String indicatorClass, String indicatorProperty,
            DateWords dates, Pattern unitLine, List<String> approximate) {

        /** Numbers of a grammar that gives no word of an approximate count ("1만여 명"). */
        public Numbers(Map<String, BigDecimal> scales, Map<String, String> currencies, List<String> countUnits,
                List<String> estimate, List<String> minimum, Pattern multiplier, int twoDigitYearBase,
                Pattern coverage, List<String> targetWords, List<String> actualWords, String indicatorClass,
                String indicatorProperty, DateWords dates, Pattern unitLine) {
            this(scales, currencies, countUnits, estimate, minimum, multiplier, twoDigitYearBase, coverage,
                    targetWords, actualWords, indicatorClass, indicatorProperty, dates, unitLine, List.of());
        }

        /** Numbers of a grammar that gives no unit line of tables. */
        public Numbers(Map<String, BigDecimal> scales, Map<String, String> currencies, List<String> countUnits,
                List<String> estimate, List<String> minimum, Pattern multiplier, int twoDigitYearBase,
                Pattern coverage, List<String> targetWords, List<String> actualWords, String indicatorClass,
                String indicatorProperty, DateWords dates) {
            this(scales, currencies, countUnits, estimate, minimum, multiplier, twoDigitYearBase, coverage,
                    targetWords, actualWords, indicatorClass, indicatorProperty, dates, Pattern.compile("(?!)"));
        }

        public Numbers {
            scales = Map.copyOf(scales);
            currencies = Map.copyOf(currencies);
            countUnits = countUnits.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
            estimate = List.copyOf(estimate);
            minimum = List.copyOf(minimum);
            targetWords = List.copyOf(targetWords);
            actualWords = List.copyOf(actualWords);
            approximate = List.copyOf(approximate);
            Objects.requireNonNull(dates, "dates");
        }
    }

    /** The words that follow a year, a month and a day, and the marks between the two ends of a range. */
    /**
     * The words of dates: the marks of year, month and day, the separators of a range, and the words before a month
     * printed without its year that say which year it is: the year of the date printed before it ({@code sameYear},
     * "같은 해 3월") or the last such month on or before the brief's own date ({@code past}, "지난 10월 22일").
     */
    public record DateWords(String year, String month, String day, List<String> rangeSeparators,
            List<String> sameYear, List<String> past) {
        public DateWords {
            rangeSeparators = List.copyOf(rangeSeparators);
            sameYear = List.copyOf(sameYear);
            past = List.copyOf(past);
        }

        /** Date words with no words that give a year-less month its year. */
        public DateWords(String year, String month, String day, List<String> rangeSeparators) {
            this(year, month, day, rangeSeparators, List.of(), List.of());
        }
    }

    /** How tables, plans, citations and prose become entities and facts. */
    public record Extraction(List<TableKind> tableKinds, Pattern edition, List<String> planWords,
            List<String> cabinetDecision, List<Quote> titleQuotes, Map<String, List<String>> classGroups,
            List<GenitiveRule> genitive, List<Cue> cues, Via via, List<String> plannedWords,
            List<String> clauseEnds, Pattern enumerationItem, Particles particles, Topics topics,
            CountryOf countryOf, ActionLists actionLists, Map<String, Object> settings) {
        public Extraction {
            settings = Map.copyOf(settings);
            Objects.requireNonNull(actionLists, "actionLists");
            Objects.requireNonNull(countryOf, "countryOf");
            Objects.requireNonNull(via, "via");
            Objects.requireNonNull(particles, "particles");
            Objects.requireNonNull(topics, "topics");
            plannedWords = List.copyOf(plannedWords);
            clauseEnds = List.copyOf(clauseEnds);
            tableKinds = List.copyOf(tableKinds);
            planWords = List.copyOf(planWords);
            cabinetDecision = List.copyOf(cabinetDecision);
            titleQuotes = List.copyOf(titleQuotes);
            classGroups = Map.copyOf(classGroups);
            genitive = List.copyOf(genitive);
            cues = List.copyOf(cues);
        }

        /**
         * The value the layout gives an extractor's setting, by the setting's key, or null when it gives none. The
         * extractors' settings are held by key, as RDF4J Rio's {@code ParserConfig} holds its {@code RioSetting}s:
         * each extractor's settings record knows its keys, types and defaults, so a new extractor adds no field here.
         */
        public Object setting(String key) {
            return settings.get(key);
        }

        /** Whether any of the classes belongs to the named group of classes. */
        public boolean inGroup(String group, List<String> types) {
            List<String> members = classGroups.getOrDefault(group, List.of());
            return types.stream().anyMatch(members::contains);
        }
    }

    /**
     * How one kind of table is read. A table is of this kind when a word of {@code nameHeader} is in the header
     * of its name column and a word of {@code itemsHeader} in the header of its items column (an empty list
     * matches anything).
     */
    /**
     * A column that names who leads each row ("주관부처", "주관기관"): its cell lists bodies (split at 'separators'),
     * each drafted once (classed by its name's ending, else 'type') and linked from the row by 'property'.
     */
    public record LeadColumn(List<String> headers, String property, List<String> separators, String type) {
        public LeadColumn {
            headers = List.copyOf(headers);
            separators = List.copyOf(separators);
        }

        /** The bodies a lead cell lists ("과학기술부·교육부"), apart by the separators. */
        public List<String> bodies(String cell) {
            List<String> out = List.of(cell.strip());
            for (String sep : separators) {
                out = out.stream().flatMap(p -> java.util.Arrays.stream(p.split(java.util.regex.Pattern.quote(sep))))
                        .map(String::strip).filter(p -> !p.isEmpty()).toList();
            }
            return out;
        }
    }

    /**
     * @param titleWords words that, in the counted title of the table's caption ("5대 미션의 …", "10대 국가필수기술별
     *     …": the words after the last count), make the table this kind whatever its headers say: a numbered
     *     list's title word decides what its items are
     */
    public record TableKind(String kind, List<String> nameHeader, List<String> itemsHeader, Role group, Role row,
            Role item, List<String> titleWords) {
        public TableKind {
            titleWords = List.copyOf(titleWords);
            nameHeader = List.copyOf(nameHeader);
            itemsHeader = List.copyOf(itemsHeader);
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(item, "item");
        }

        public Optional<Role> groupRole() {
            return Optional.ofNullable(group);
        }
    }

    /**
     * What the group cells, rows or items of a table become, and how they are linked. Every property is
     * optional: {@code rowToGroup} and {@code rowToItem} are written on the row, {@code itemToRow} and
     * {@code childToItem} on the item, {@code planToRow} on the plan the brief is about, {@code parentLink} on the
     * row towards the area its table belongs to; {@code scheme} makes the table a technology scheme;
     * {@code actions} makes an item one entity per action it lists ({@link ActionLists}).
     */
    public record Role(String type, String rowToGroup, String rowToItem, String itemToRow, String childToItem,
            String planToRow, String parentLink, boolean scheme, boolean actions) {
        public Role {
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * A link from the entity a passage is about (of a class) to the names of a class group the passage holds; with
     * {@code alsoFor}, the names of that group in the passage get the same link (or null).
     */
    public record ContextLink(String subject, String object, String property, String alsoFor) {
    }

    /**
     * How a bullet opening with a bracketed topic is read, at the margin and indented, and what the actions its
     * body lists become (under an area topic by {@code bodyLink}, part of a measure topic by {@code bodyPartLink});
     * a topic among {@code implementerWords} (folded) names who carries the area out, by
     * {@code implementerProperty}.
     */
    public record Topics(Pattern opening, String marginType, String marginLink, String marginNamedLink,
            String indentedType,
            String indentedLink, String bodyType, String bodyLink, String bodyPartLink, List<String> implementerWords,
            String implementerProperty, Statements statements) {
        public Topics {
            implementerWords = List.copyOf(implementerWords);
            Objects.requireNonNull(statements, "statements");
        }
    }

    /**
     * How a plain bullet under a policy area becomes measures: a bullet of one of these kinds whose text ends
     * in a policy word ({@code policyEnd}) states what the government will do; each action it lists is a
     * measure of the given type, linked with {@code link} to the sub-area or area it stands under.
     */
    public record Statements(java.util.Set<BulletKind> kinds, Pattern policyEnd, String type, String link,
            List<StatementStatus> status, CategoryLinks category, List<StatementRole> roles) {
        public Statements {
            kinds = java.util.Set.copyOf(kinds);
            status = List.copyOf(status);
            roles = List.copyOf(roles);
        }
    }

    /**
     * What an organisation named in a stated measure is to it, by the words right after its name ("CSTI가 …":
     * leads it; "CSTI의 기능을 …": the measure is about it).
     */
    public record StatementRole(Pattern after, String property) {
    }

    /**
     * How a measure stated under a topic naming a category of technology relates to it: the measure
     * {@code concerns} the category and {@code supports} each of its members (entities linked to it, or to a
     * sub-category of it, with {@code memberLink}; sub-categories link up with {@code subLink}).
     */
    public record CategoryLinks(String type, String memberLink, String subLink, String concerns, String supports) {
    }

    /** Where a stated measure stands when its bullet matches the pattern ("… 검토": under consideration). */
    public record StatementStatus(Pattern pattern, String status) {
    }

    /** How a circled-number list in a remark becomes concepts. */
    public record EnumeratedConcepts(String type, String narrower, String link, List<String> dropWords) {
        public EnumeratedConcepts {
            dropWords = List.copyOf(dropWords);
        }
    }

    /**
     * How lists of names in prose become the fields an edition of a plan focused on or widened its scope to:
     * concepts of {@code type} (or known entities of the class group {@code group}), split at {@code separators}
     * (a glued one only after a word of {@code minimumLength} letters), starting after a word ending in one of
     * {@code leadParticles}, one of {@code leadWords} or a phrase of {@code purposeMarkers}, names losing a last
     * word of {@code headWords}, bracketed lists linked by {@code narrower} or {@code broader}; no name of more
     * than {@code maximumWords} words. The first of {@code cues} whose pattern matches where a list ends decides.
     */
    public record EditionConcepts(String type, String group, String narrower, String broader, List<String> separators,
            int minimumLength, int maximumWords, List<String> leadParticles, List<String> leadWords,
            List<String> purposeMarkers, List<String> headWords, List<ConceptCue> cues) {
        public EditionConcepts {
            separators = List.copyOf(separators);
            leadParticles = List.copyOf(leadParticles);
            leadWords = List.copyOf(leadWords);
            purposeMarkers = List.copyOf(purposeMarkers);
            headWords = List.copyOf(headWords);
            cues = List.copyOf(cues);
        }
    }

    /**
     * A cue that follows a list of fields: the pattern that matches where the list ends, the words one of which must
     * stand between the edition and the list (none: no condition), and the property the edition gets.
     */
    public record ConceptCue(Pattern pattern, List<String> scope, String property) {
        public ConceptCue {
            Objects.requireNonNull(pattern, "pattern");
            scope = List.copyOf(scope);
        }
    }

    /**
     * The things that belong to a country (classes or class groups), the group of places that can stand before
     * them, the class of a country and the property written; {@code inTitle}, if given, finds the name of the
     * brief's country in its title when no lexicon entry names it (group 1), so that a brief on a country the
     * lexicon has never heard of still has one.
     */
    public record CountryOf(List<String> classes, String places, String countryClass, String property,
            Optional<Pattern> inTitle) {
        public CountryOf {
            classes = List.copyOf(classes);
        }
    }

    /**
     * How a measure item listing several actions is cut (sentence ends, joining phrases, separators), what keeps
     * it whole (words closing an enumeration of nouns, a topic particle on its first word), and what is not part
     * of an action's name (openers, a closing verb); names shorter than {@code minimumLength} stay as printed; a
     * part of fewer than {@code minimumWords} words, or ending in one of {@code dependentEnds}, joins the next; a
     * part ending in one of {@code clauseEnds} makes the text a sentence, kept whole.
     */
    public record ActionLists(List<String> sentenceEnds, List<String> joiners, List<String> separators,
            List<String> openers, List<String> enumerationClosers, List<String> topicParticles, Pattern closingVerb,
            int minimumLength, int minimumWords, List<String> dependentEnds, List<String> clauseEnds,
            int topicWithin, List<String> suchAs, Pattern leadingContext) {
        public ActionLists {
            sentenceEnds = List.copyOf(sentenceEnds);
            joiners = List.copyOf(joiners);
            separators = List.copyOf(separators);
            openers = List.copyOf(openers);
            enumerationClosers = List.copyOf(enumerationClosers);
            suchAs = List.copyOf(suchAs);
            topicParticles = List.copyOf(topicParticles);
            dependentEnds = List.copyOf(dependentEnds);
            clauseEnds = List.copyOf(clauseEnds);
            Objects.requireNonNull(closingVerb, "closingVerb");
        }
    }

    /**
     * A sentence sorting a thing into kinds: the pattern's first group names the thing, its second the kinds
     * (separated by commas); both become concepts of {@code type}, the kinds linked by {@code narrower}.
     */
    public record Classification(Pattern pattern, String type, String narrower) {
    }

    /**
     * How an overview table's items are related to the sub-areas ({@code subType}, linked to their area by
     * {@code subLink}) that treat them: by {@code property}, when at least {@code minimumSimilarity} alike.
     */
    public record OverviewLinks(String subType, String subLink, String property, double minimumSimilarity) {
    }

    /** Organisations of a class group named one after the other, with only a separator between: the second is part of the first. */
    public record Nesting(String group, List<String> separators, String property) {
        public Nesting {
            separators = List.copyOf(separators);
        }
    }

    /** What a count counts: a concept of {@code type}, linked from the count by {@code property}. */
    public record Counted(String type, String property) {
    }

    /**
     * Words that make a text a disclaimer, the organisations (a class group) named right before them (joined by
     * at most {@code maxJoin} characters: a particle, a coordinator) and the document's property.
     */
    public record Disclaimer(List<String> words, String group, int maxJoin, String property) {
        public Disclaimer {
            words = List.copyOf(words);
        }
    }

    /**
     * A word that tells where things of a class group stand: the names after it in its clause ({@code before}) or
     * before it, get {@code status}.
     */
    public record StatusWord(String word, boolean before, String group, String status) {
    }

    /**
     * A verbal noun of responsibility ("주관", "운영", "소관") whose subject, an organisation, stands in a relation to
     * the thing it governs: the thing, of class group {@code thing} (any class if empty), gets {@code property}
     * pointing to the organisation; {@code object}, if not empty, is the noun the verb must take as its object
     * ("자금을 배분": funds).
     */
    public record RelationVerb(String verb, String object, String thing, String property) {
    }

    /** Examples in brackets after a name of a class group, closed by an enumerating word: parts of it. */
    public record Examples(String group, String closer, String property) {
    }

    /** A word that marks the organisation a thing is done through, and the properties it gives. */
    public record Via(String word, String property, String subjectProperty) {
    }

    /** The particles that mark a subject or topic, an object and a possessor, and the words joining names. */
    public record Particles(List<String> subject, List<String> object, String genitive, List<String> coordinators) {
        public Particles {
            subject = List.copyOf(subject);
            object = List.copyOf(object);
            coordinators = List.copyOf(coordinators);
        }
    }

    /** The cue words of a renaming and the particles that mark the old and the new name. */
    public record Renaming(List<String> words, List<String> from, List<String> to) {
        public Renaming {
            words = List.copyOf(words);
            from = List.copyOf(from);
            to = List.copyOf(to);
        }
    }

    /** "ORG의 X": a thing of the group gets the property pointing to the organisation. */
    public record GenitiveRule(String objectGroup, String property) {
    }

    /**
     * A word that signals a fact: either a property the thing gets (with another one for facilities), or an
     * event of a class; {@code objects} are the class groups the thing may be in (empty: any).
     */
    public record Cue(String word, String property, String facilityProperty, String event, List<String> objects,
            String subjectProperty, boolean basis) {
        public Cue {
            Objects.requireNonNull(word, "word");
            objects = List.copyOf(objects);
        }

        public boolean isEvent() {
            return event != null;
        }
    }
}
