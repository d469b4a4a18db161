package stikg.importer.extract;

import java.util.Objects;

/**
 * A fact an extractor proposes: (subject, property, object), the object an entity id or, if {@code literal}, a
 * value; the rule that produced it ({@code extractor id/rule}); its evidence span; and a why for the curator.
 * A fact whose object is a node of its own (a target: an amount and its currency) names the node's class as its
 * object and gives the node's values in {@code node}, property to value; a key "p/C/q" stands for a node of class C
 * under property p holding q (a target's count: "count/Count/countValue"). Plain facts have no node values.
 */
public record CandidateFact(String subject, String property, String object, boolean literal, String rule,
        Evidence evidence, String why, java.util.Map<String, String> node) {

    /** A plain fact: its object an entity or a value. */
    public CandidateFact(String subject, String property, String object, boolean literal, String rule,
            Evidence evidence, String why) {
        this(subject, property, object, literal, rule, evidence, why, java.util.Map.of());
    }

    public CandidateFact {
        node = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(node));
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(why, "why");
    }
}
