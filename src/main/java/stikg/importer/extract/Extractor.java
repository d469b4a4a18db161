package stikg.importer.extract;

import java.util.List;

/**
 * Reads one kind of fact from one passage. Contract (checked for every extractor by {@code ExtractorContractTest}):
 * the result is immutable; every candidate's rule starts with {@link #id()} and its evidence lies within the
 * passage; every key a candidate refers to is that of an entity of the same proposal; an empty or odd passage
 * gives no candidate, never an exception; nothing is remembered between calls.
 */
public interface Extractor {

    /** The extractor's id, the prefix of the rules it reports. */
    String id();

    List<CandidateFact> extract(TextPassage passage, ExtractionContext context);

    /**
     * What a passage gives with the things its candidates name by a key ({@link CandidateEntity}), which the merge
     * resolves to ids. An extractor whose candidates name only what the context knows proposes no entity (this
     * default); one that proposes entities is a {@link ProposingExtractor}, which writes this method and takes
     * {@link #extract} from it.
     */
    default Proposal propose(TextPassage passage, ExtractionContext context) {
        return new Proposal(List.of(), extract(passage, context));
    }

    /**
     * Whether the extractor reads footnotes and sources as well as the content (prose, cells, notes); an extractor
     * of facts about what the brief is about, not about the brief, reads content only.
     */
    default boolean readsApparatus() {
        return true;
    }

    /**
     * The passage an extractor reads: one segmented passage (this default, in every phase but the sources phase), or,
     * in the sources phase, one passage made of a whole brief's texts of a kind ({@link TextPassage#parts()}).
     */
    default Whole reads() {
        return Whole.NONE;
    }

    /** The passages made of a whole brief's texts of a kind, which the sources phase gives. */
    enum Whole {
        /** One segmented passage, not a whole brief's texts. */
        NONE,
        /** The brief's citation texts: its source lines, then its footnotes other than those on the title. */
        CITATIONS,
        /** The brief's title, then its prose lines, in the brief's order. */
        TITLE_AND_PROSE,
        /**
         * One table: its header row (marked with the table's number), then each row (marked with the row's mark),
         * each a part holding the row's cells apart by tabs (the row's name first), the passage's locator the
         * table's id.
         */
        TABLE,
        /**
         * One table of figures with its caption and units: its caption (empty where it has none), marked {@code
         * caption}, at the caption's line; its header row, marked with the table's number; then each row, marked
         * with the row's mark, its cells apart by tabs (the row's name first), a bare number followed by the unit its
         * column's header, its row's lead cell or the table's unit line gives it ("810" under "예산(억 크라운)" is
         * "810억 크라운"); then each note printed right under the table ("주: …", "※ …"), marked {@code note}, at its
         * line; the passage's locator the table's id.
         */
        TABLE_FIGURES,
        /**
         * One table of things in rows with the prose it is reconciled against: each row a part marked with the row's
         * mark, holding its group cell (empty where none) and its name apart by a tab, a row whose group cell is
         * printed at the top of a continuation page starting with a page break ({@code \f}); then each prose line of
         * the brief, a part at its line, unmarked.
         */
        TABLE_GROUPS,
        /**
         * One table of things in rows with its caption and the items of its last column: its caption (empty where it
         * has none), unmarked, at the caption's line; the headers of its name and items columns apart by a tab,
         * marked with the table's number; then each row, a part holding its name marked with the row's mark,
         * followed by a part for each item of its last column in order, marked {@code -} (one tab opening its text
         * for each level it is nested below the top) or, a remark on the item before it, {@code ※}; the row's parts
         * at the row, the passage's locator the table's id.
         */
        TABLE_ITEMS,
        /**
         * The places a table of things in rows may name what it belongs to: its caption, marked {@code caption}, at
         * the caption's line, then the title of the section it stands in, marked {@code section}, at the section's
         * line (either left out where the table has none); the passage's locator the table's id.
         */
        TABLE_PLACES,
        /**
         * A detail table's rows with the items of the row it details: each row's name as drafted, a part marked
         * {@code row} at the row, then each item's name as printed (else as drafted), a part marked {@code item} at
         * the item, in order; the passage's locator the detail table's id.
         */
        DETAIL_ROWS
    }

    /** When the assembler runs an extractor, and so what its context holds; see {@link Phase}. */
    default Phase phase() {
        return Phase.CONTENT;
    }

    /**
     * The phases of the merge, in order. What an extractor of a later phase may need from an earlier one reaches it
     * through the context (the draft as it stands when its phase begins, read-only), never from another extractor.
     */
    enum Phase {
        /**
         * The documents the brief cites, read first, from one passage holding every citation text of the brief (its
         * source lines and footnotes, each a {@link TextPassage.Part}), so that one citation may name a document
         * another already named; the context knows the lexicon and the title's country. What the later steps name
         * of them (the documents a line or a footnote mark cites, the plan editions cited titles name) is handed on
         * as a typed, read-only value.
         */
        SOURCES,
        /**
         * Facts about the brief itself (its disclaimer): read once the citations and plans are known, before the
         * tables, and merged into the document's own facts; the context knows the lexicon and the title's country.
         */
        DOCUMENT,
        /**
         * A table of things in rows, read as the table is drafted, before the tables phase: from one passage of its
         * rows' groups and the prose ({@link Whole#TABLE_GROUPS}), which rows a group cell heads and which group is
         * part of another; from the table as one passage ({@link Whole#TABLE}), who a lead column other than the last
         * names; from the table with its caption and items ({@link Whole#TABLE_ITEMS}), the table's kind, its rows
         * and the items of its last column (split into actions where the kind says so) or the bodies it names as
         * leading each row. The merge (the table reader) numbers the rows and items, gives the groups the class of
         * the table's kind, links the rows to their groups, the plan and the scheme, and resolves a body to the one
         * the draft names so, else defines it; the area a sub-area table belongs to waits for the names ({@link
         * #PARENTS}).
         */
        ROWS,
        /**
         * Tables read whole ({@link Whole#TABLE}, or {@link Whole#TABLE_FIGURES} with its caption and units) as the
         * tables are drafted, before the names: a table comparing a plan's editions figure by figure, a table of
         * amounts year by year; the context knows the lexicon, the editions of the brief's plans a text names (with
         * each plan's period), the quantities, dates and periods a text prints, the brief's plan and its own date.
         * Every figure is new.
         */
        TABLES,
        /**
         * Names the lexicon does not know, read after the tables from every prose line and every passage the tables
         * give, passage by passage; the merge decides what each is (a known thing, a new name of a thing the draft
         * has, or a new thing, proposed as a lexicon entry) in the order read; the context knows the lexicon and the
         * title's country.
         */
        NAMES,
        /**
         * What a table of sub-areas belongs to, read right after the names, one table a passage ({@link
         * Whole#TABLE_PLACES}: its caption and its section's title); the context's outline lists the areas the draft
         * defines by then (every name and acronym of each, the names phase's too), but the table's own. The merge
         * links the table's rows to the area proposed (by the kind's link, or as narrower than a sub-area) and
         * merges the rows of a detail table with the items of the row it details.
         */
        PARENTS,
        /**
         * Whether the rows of a sub-area table are the items of the row it details, read once its area is known, one
         * table a passage ({@link Whole#DETAIL_ROWS}: its rows' names as drafted, then the items of its area's row);
         * the merge makes each row one entity with its item.
         */
        DETAILS,
        /**
         * Tables whose columns are the things and whose rows are their attributes, read after the lists phase, one
         * table a passage ({@link Whole#TABLE}), once the names of the brief are known; the merge resolves a column to
         * what the draft defines under its header's name.
         */
        COLUMNS,
        /**
         * Numbered lists printed in prose, read after the tables (whose rows they may name) passage by passage and
         * merged after each; a passage is about the plan the brief is about, and the context recognises what the
         * draft defines by then.
         */
        LISTS,
        /**
         * The topic a bullet opens with in brackets, read after the lists and the columns, one bullet a passage,
         * about the policy area its section is about; the context recognises what the draft defines by then and knows
         * its classes. The merge decides what each topic is (a sub-area at the margin of its section's page, a
         * measure indented, or a thing the draft knows) and hands on, by line, the entity each topic bullet is about.
         */
        BRACKETED_TOPICS,
        /**
         * The measures a topic bullet lists after its topic, read once the topics are drafted (after the lists and
         * the columns), one topic bullet a passage, about the entity its topic is; the context knows the draft's
         * classes. The merge decides what needs the whole section (an action a later topic bullet names is that
         * bullet's) and hands the actions drafted on to the readers of statements and of facts.
         */
        TOPICS,
        /**
         * The measures a plain bullet states (one ending in a word of policy), read right after the topics phase, one
         * bullet a passage, about the sub-area or area the merge decides it stands under (from its section and the
         * topic above it); the context recognises what the draft defines by then and knows its classes. The merge
         * decides what needs the draft (a bullet previewing the sub-areas a table lists states nothing, a measure
         * under a category of technology supports the category's members).
         */
        STATEMENTS,
        /**
         * Links the outline implies (an overview's item to the sub-area that treats it), read once the tables,
         * topics and statements are drafted, before the prose, one passage per table row; the context gives the
         * draft's outline as it stands then ({@link Outline}), and the links are written into the definitions.
         */
        OUTLINE,
        /**
         * Things the prose lists, read passage by passage with the prose readers that are not extractors yet and
         * merged after each passage, since those read what it defines; the context recognises what the draft
         * defines by then (and only that: the lexicon's entries are not the draft's).
         */
        PROSE,
        /**
         * What an edition of a plan a passage names is about, read passage by passage with the prose readers and
         * merged after each; the context knows the plans' editions, the lexicon and what the draft defines by then.
         */
        EDITIONS,
        /**
         * Facts prose states clause by clause (links by cue words and particles, events, counts), read passage by
         * passage right before the facts phase and merged at once, the merge deciding what needs the draft (whether
         * both ends of a link are known, an event drafted from the same line before, the concept a count counts);
         * the context recognises what the prose readers recognise, and gives the dates and quantities a text prints.
         */
        CLAUSES,
        /**
         * Facts of a passage the prose fact finder reads (a country's rank, a renaming or an upgrade, the date of a
         * thing), read right after it on the same passage and merged at once; the context knows what the prose
         * readers recognise and the dates a text prints. A value of a thing known by id is a candidate for review
         * citing the passage's documents, and the merge keeps the first of each property (a thing's start date).
         */
        FACTS,
        /**
         * Facts about what the brief is about: read last, when the draft names everything the tables, lists and
         * names found; the context recognises all of it.
         */
        CONTENT
    }
}
