package stikg.source;

import java.util.List;
import java.util.Objects;
import stikg.diag.Location;

/**
 * The source document a file records: its id, its length in lines, the default locator of the facts about the
 * document itself (where its title and author are printed), and those facts.
 */
public record DocumentDecl(String id, int lines, Locator at, List<Fact> facts, Location where) {

    public DocumentDecl {
        Objects.requireNonNull(id, "id");
        facts = List.copyOf(facts);
        Objects.requireNonNull(where, "where");
    }
}
