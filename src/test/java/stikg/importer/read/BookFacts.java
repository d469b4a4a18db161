package stikg.importer.read;

import java.util.List;
import stikg.importer.draft.Draft;
import stikg.importer.draft.EntityBook;

/** What an entity book holds about an entity, as text, for the tests of single readers. */
final class BookFacts {

    private BookFacts() {
    }

    /** The values every record of the book gives a subject (defined or described) for a property, as text. */
    static List<String> values(EntityBook book, String subject, String property) {
        return book.parts().stream().filter(p -> subject.equals(p.subject())).flatMap(p -> p.facts().stream())
                .filter(f -> f.property().equals(property)).map(f -> text(f.value())).toList();
    }

    /** The record that defines an id. */
    static Draft.EntityPart definition(EntityBook book, String id) {
        return book.parts().stream().filter(p -> id.equals(p.id())).findFirst()
                .orElseThrow(() -> new AssertionError("no definition of " + id));
    }

    private static String text(Draft.ValuePart v) {
        if (v instanceof Draft.Ref r) {
            return r.id();
        }
        return v instanceof Draft.Literal l ? l.text() : v.toString();
    }
}
