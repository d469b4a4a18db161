package stikg.importer.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;

/**
 * Where the readers of prose write what they find: each fact in a candidate record of its own, at the passage it
 * was read from, and only where the ontology's domains and ranges allow the link. Properties that take one value
 * (dates) get the first found. The entities a passage touched cite the documents its footnotes name.
 */
final class CandidateFacts {

    private final EntityBook book;
    private final stikg.importer.config.LayoutConfig.Extraction ex;
    private final List<EntityBuilder> touched = new ArrayList<>();
    /** Entity and property pairs that already have their one value (dates, periods), so no second one is added. */
    private final Set<String> single = new HashSet<>();

    CandidateFacts(EntityBook book, stikg.importer.config.LayoutConfig.Extraction ex) {
        this.book = book;
        this.ex = ex;
    }

    /** Whether an entity's types fall in one of the layout's groups ("organisation", "facility", …). */
    private boolean is(String group, String id) {
        return ex.inGroup(group, book.typesOf(id));
    }

    private boolean isOrg(String id) {
        return is("organisation", id);
    }

    private boolean isLaw(String id) {
        return book.typesOf(id).contains("Law");
    }

    /** Starts the facts of a new passage. */
    void begin() {
        touched.clear();
    }

    /** Ends the facts of a passage: what it touched cites the documents it cites. */
    void end(Passage p) {
        for (EntityBuilder b : touched) {
            for (String doc : p.citations()) {
                if (!doc.equals(b.subject())) {
                    b.ref("citedSource", doc, null);
                }
            }
        }
    }

    /** Records that another reader touched these entities at the passage. */
    void touched(Collection<EntityBuilder> more) {
        touched.addAll(more);
    }

    /** The candidate record of an entity at this passage. */
    EntityBuilder candidate(String id, Passage p) {
        EntityBuilder b = book.candidate(id, p.at());
        touched.add(b);
        return b;
    }

    /** A new entity the passage tells of, marked as a candidate. */
    EntityBuilder define(String local, String type, Passage p) {
        EntityBuilder b = book.define(local, type, p.at()).note(EntityBook.CANDIDATE);
        touched.add(b);
        return b;
    }

    /** Writes one candidate link, if both ends are known and the ontology allows it. */
    void link(Passage p, String subject, String property, String object, String evidence) {
        if (subject == null || object == null || subject.equals(object) || !book.known(subject) || !book.known(object)) {
            return;
        }
        if (!allowed(subject, property, object)) {
            return;
        }
        candidate(subject, p).ref(property, object, null).comment(evidence);
    }

    /** Writes the one value of a property the entity has no value of yet; returns the record or null. */
    EntityBuilder single(String id, String property, String value, Passage p) {
        if (has(id, property)) {
            return null;
        }
        single.add(id + " " + property);
        return candidate(id, p).literal(property, value, false, null);
    }

    /** Whether the entity already has a value for a property that takes one. */
    boolean has(String id, String property) {
        return single.contains(id + " " + property) || book.defined(id).map(b -> b.has(property)).orElse(false);
    }

    /** The domains and ranges the ontology gives the properties the cues use. */
    private boolean allowed(String subject, String property, String object) {
        return switch (property) {
            case "operatedBy" -> is("facility", subject) && isOrg(object);
            case "ownedBy" -> is("programme", subject) && isOrg(object);
            case "usesProgram" -> is("programme", object);
            case "legalBasis" -> is("document", subject) && isLaw(object);
            case "ledBy", "implementedBy", "fundedBy", "developedBy", "issuedBy" -> isOrg(object);
            default -> true;
        };
    }
}
