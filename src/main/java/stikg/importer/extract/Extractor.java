package stikg.importer.extract;

import java.util.List;

/**
 * Reads one kind of fact from one passage. Contract (checked for every extractor by {@code ExtractorContractTest}):
 * the result is immutable; every candidate's rule starts with {@link #id()} and its evidence lies within the
 * passage; an empty or odd passage gives no candidate, never an exception; nothing is remembered between calls.
 */
public interface Extractor {

    /** The extractor's id, the prefix of the rules it reports. */
    String id();

    List<CandidateFact> extract(TextPassage passage, ExtractionContext context);

    /**
     * Whether the extractor reads footnotes and sources as well as the content (prose, cells, notes); an extractor
     * of facts about what the brief is about, not about the brief, reads content only.
     */
    default boolean readsApparatus() {
        return true;
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
         * Facts about the brief itself (its disclaimer): read once the citations and plans are known, before the
         * tables, and merged into the document's own facts; the context knows the lexicon and the title's country.
         */
        DOCUMENT,
        /**
         * Facts about what the brief is about: read last, when the draft names everything the tables, lists and
         * names found; the context recognises all of it.
         */
        CONTENT
    }
}
