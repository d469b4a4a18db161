package stikg.importer.read;

import java.util.Map;
import java.util.Optional;

/**
 * The plans the sources phase found, handed on read-only: the brief's own (or empty), every edition of its series the
 * brief names, by number, and the series.
 */
record Plans(Optional<String> main, Map<Integer, String> byEdition, Optional<String> series) {

    /** No plan found: the brief's title names none. */
    static final Plans NONE = new Plans(Optional.empty(), Map.of(), Optional.empty());

    Plans {
        byEdition = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byEdition));
    }

    Optional<String> edition(int n) {
        return Optional.ofNullable(byEdition.get(n));
    }
}
