package stikg.importer.extract;

import java.util.List;

/**
 * What an extractor reads from one passage: the things it names that the draft may not hold yet, in the order it
 * names them, and the candidate facts about those (by key) and about what the context already knows (by id).
 */
public record Proposal(List<CandidateEntity> entities, List<CandidateFact> facts) {

    public Proposal {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }
}
