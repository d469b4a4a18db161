package stikg.importer.extract;

import java.util.List;

/**
 * What an extractor reads from one passage: the things it names that the draft may not hold yet, in the order it
 * names them, and the candidate facts about those (by key) and about what the context already knows (by id).
 */
public record Proposal(List<CandidateEntity> entities, List<CandidateFact> facts) {

    private static final Proposal NOTHING = new Proposal(List.of(), List.of());

    public Proposal {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }

    /** What an extractor proposes for a passage it has nothing to read from. */
    public static Proposal nothing() {
        return NOTHING;
    }
}
