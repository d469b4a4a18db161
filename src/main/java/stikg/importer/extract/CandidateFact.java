package stikg.importer.extract;

import java.util.Objects;

/**
 * A fact an extractor proposes: (subject, property, object), the object an entity id or, if {@code literal}, a
 * value; the rule that produced it ({@code extractor id/rule}); its evidence span; and a why for the curator.
 */
public record CandidateFact(String subject, String property, String object, boolean literal, String rule,
        Evidence evidence, String why) {

    public CandidateFact {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(why, "why");
    }
}
