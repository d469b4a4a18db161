package stikg.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import stikg.diag.Location;

/**
 * An entity as a source file writes it: defined here ({@code id}), described here but defined elsewhere
 * ({@code about}), or nested inside another entity (neither).
 */
public record EntityRecord(String id, String about, List<String> types, Locator at, List<Fact> facts, Location where) {

    public EntityRecord {
        types = List.copyOf(types);
        facts = List.copyOf(facts);
        Objects.requireNonNull(where, "where");
        if (id != null && about != null) {
            throw new IllegalArgumentException("an entity either defines (id) or describes (about), not both");
        }
    }

    public boolean defines() {
        return id != null;
    }

    /** The id this record is about, whether it defines the entity or adds to it; empty for nested ones. */
    public Optional<String> subjectId() {
        return Optional.ofNullable(id != null ? id : about);
    }

    public Optional<Locator> locator() {
        return Optional.ofNullable(at);
    }
}
