package stikg.importer.extract;

import java.util.List;

/** A proposal as its tests read it: each fact one line, each proposed entity's key replaced by "class 'name'". */
final class ProposalLines {

    private ProposalLines() {
    }

    /** "subject property object" per fact, in the order proposed; a literal object as it stands. */
    static List<String> of(Proposal p) {
        return p.facts().stream().map(c -> name(p, c.subject()) + " " + c.property() + " "
                + (c.literal() ? c.object() : name(p, c.object()))).toList();
    }

    /** The proposed entity a key stands for, as "class 'name'"; a key the proposal does not define as it is. */
    static String name(Proposal p, String key) {
        return p.entities().stream().filter(e -> e.key().equals(key)).map(e -> e.type() + " '" + e.name() + "'")
                .findFirst().orElse(key);
    }
}
