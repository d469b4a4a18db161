package stikg.source;

import java.util.List;
import java.util.Objects;
import stikg.diag.Location;

/** A table of a document, the lines it spans (across page breaks) and further facts about it (e.g. its source). */
public record TableDecl(String id, String number, String section, Value.LangText title, int firstLine, int lastLine,
        List<Fact> facts, Location where) {

    public TableDecl {
        Objects.requireNonNull(id, "id");
        facts = List.copyOf(facts);
        Objects.requireNonNull(where, "where");
    }
}
