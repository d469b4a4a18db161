package stikg.query;

import java.util.Objects;

/**
 * A query parameter: the SPARQL variable it binds, its default value written as an RDF term
 * ({@code "en"}, {@code <https://…>}, {@code sti:Plan}, {@code 7}), and what it means.
 */
public record Parameter(String name, String defaultValue, String description) {

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
        description = description == null ? "" : description;
    }
}
