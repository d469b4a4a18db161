package stikg.importer.extract;

import java.util.List;

/**
 * An extractor that proposes things the draft may not hold yet ({@link CandidateEntity}) with the facts about them:
 * it writes {@link #propose} only, and its {@link #extract} is the facts of its proposal, so that the two can never
 * disagree. An extractor whose candidates name only what the context knows implements {@link Extractor} and writes
 * {@link #extract} only.
 */
public interface ProposingExtractor extends Extractor {

    @Override
    Proposal propose(TextPassage passage, ExtractionContext context);

    @Override
    default List<CandidateFact> extract(TextPassage passage, ExtractionContext context) {
        return propose(passage, context).facts();
    }
}
