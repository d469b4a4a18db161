package stikg.importer.extract;

import stikg.importer.text.Clauses;

import java.util.List;
import stikg.importer.names.NamedInText;

/**
 * One clause of a passage: the passage's whole text (offsets of names are in it), where the clause starts and
 * ends, and the names that start within it.
 */
record Clause(String text, int start, int end, List<NamedInText> names) {

    Clause {
        names = List.copyOf(names);
    }

    /** The clauses of a text, each with its names. */
    static List<Clause> of(String text, List<NamedInText> names, Clauses clauses) {
        return clauses.of(text).stream().map(c -> new Clause(text, c[0], c[1],
                NamedInText.startingWithin(names, c[0], c[1]))).toList();
    }

    /** The clause's own words. */
    String words() {
        return text.substring(start, end);
    }
}
