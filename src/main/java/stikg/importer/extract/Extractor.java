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
}
