package stikg.importer.extract;

import java.util.Objects;

/**
 * A thing an extractor names that the draft may not hold yet, proposed with its class and its name as printed. The
 * candidate facts of the same passage refer to it by its key, a blank-node label ("_:kind-2") that means nothing
 * outside that passage. The merge resolves it: to what the draft or the lexicon already names so, else to a new
 * definition whose id it makes from {@code local} ("kind" becomes "kind-3"), so that an extractor keeps no count.
 */
public record CandidateEntity(String key, String type, String name, String local, Evidence evidence, String why) {

    /** How a key starts, as a blank node's label does in Turtle. */
    public static final String BLANK = "_:";

    public CandidateEntity {
        Objects.requireNonNull(key, "key");
        if (!isKey(key)) {
            throw new IllegalArgumentException("a key starts with " + BLANK + ": " + key);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(why, "why");
    }

    /** Whether a subject or object of a candidate fact is the key of a proposed entity, not an id. */
    public static boolean isKey(String subjectOrObject) {
        return subjectOrObject.startsWith(BLANK);
    }
}
