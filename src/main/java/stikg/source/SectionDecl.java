package stikg.source;

import java.util.Objects;
import stikg.diag.Location;

/** A numbered division of a document and the lines it spans; {@code parent} is another section's id or null. */
public record SectionDecl(String id, String number, String parent, Value.LangText title, int firstLine, int lastLine,
        Location where) {

    public SectionDecl {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(where, "where");
    }

    public boolean spans(int first, int last) {
        return firstLine <= first && last <= lastLine;
    }

    public int length() {
        return lastLine - firstLine;
    }
}
