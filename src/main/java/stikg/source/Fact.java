package stikg.source;

import java.util.Objects;
import java.util.Optional;
import stikg.diag.Location;

/**
 * One property value of an entity, as written.
 *
 * @param property the key as written: a bare ontology name, a prefixed name, or a reserved key such as {@code label}
 * @param value the value
 * @param at the fact's own locator, when it has one (otherwise the entity's applies)
 * @param where where the key was written
 */
public record Fact(String property, Value value, Locator at, Location where) {

    public Fact {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(where, "where");
    }

    public Optional<Locator> ownLocator() {
        return Optional.ofNullable(at);
    }
}
