package stikg.importer.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import stikg.importer.draft.Draft;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.extract.GlossedNameExtractor;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Mention;
import stikg.importer.names.NameFinder;
import stikg.importer.names.NameFolder;

/**
 * A resolver that decides what each candidate name is: a name the lexicon knows (recorded as a mention), a new
 * name of an entity the draft already has (its acronym and foreign names are added), or a new entity. A new one
 * is proposed as a lexicon entry; when its class could be guessed it is also defined in the draft, so that facts
 * can refer to it.
 */
final class NameResolver {

    /** The note on every entity the draft defines for a proposed lexicon entry. */
    static final String PROPOSED = "proposed lexicon entry (see lexicon-proposals.yaml): check the name and class";

    private final EntityBook book;
    private final EntityRecognizer lexicon;
    private final NameFolder folder;
    private final Map<String, EntityBuilder> proposals = new LinkedHashMap<>();
    private final List<String> definedIds = new ArrayList<>();

    NameResolver(EntityBook book, EntityRecognizer lexicon, NameFolder folder) {
        this.book = book;
        this.lexicon = lexicon;
        this.folder = folder;
    }

    /**
     * Resolves what the extractors of the names phase propose from a passage at a line, in the order proposed: each
     * proposed name with its acronym, names in other languages and longer readings.
     */
    void resolve(stikg.importer.extract.Proposal proposal, int line) {
        for (stikg.importer.extract.CandidateEntity e : proposal.entities()) {
            java.util.function.Function<String, List<String>> values = property -> proposal.facts().stream()
                    .filter(f -> f.subject().equals(e.key()) && f.property().equals(property))
                    .map(stikg.importer.extract.CandidateFact::object).toList();
            String type = e.type().equals(GlossedNameExtractor.UNGUESSED) ? null : e.type();
            resolve(new NameFinder.Candidate(e.name(), first(values.apply("acronym")),
                    first(values.apply("skos:prefLabel@en")), first(values.apply("skos:prefLabel@ja")), type, line,
                    e.why(), values.apply(GlossedNameExtractor.LONGER_READING)));
        }
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    void resolve(List<NameFinder.Candidate> candidates) {
        for (NameFinder.Candidate c : candidates) {
            resolve(c);
        }
    }

    private void resolve(NameFinder.Candidate given) {
        resolveAs(longest(given));
    }

    /** The candidate under its longest reading that names something already known, else as found. */
    private NameFinder.Candidate longest(NameFinder.Candidate given) {
        for (String longer : given.longer()) {
            String f = folder.fold(longer);
            boolean named = wholeMention(longer).isPresent() || book.definitions().stream()
                    .anyMatch(b -> b.labels().values().stream().anyMatch(l -> folder.fold(l).equals(f)));
            if (named) {
                return given.named(longer, given.type());
            }
        }
        return given;
    }

    private void resolveAs(NameFinder.Candidate c) {
        String at = "L" + c.line();
        String folded = folder.fold(c.name());
        Optional<String> known = wholeMention(c.name()).or(() -> c.acronym() == null ? Optional.empty()
                : wholeMention(c.acronym()));
        if (known.isPresent()) {
            book.mention(known.get(), at);
            return;
        }
        for (EntityBuilder b : book.definitions()) {
            boolean same = b.labels().values().stream().anyMatch(l -> folder.fold(l).equals(folded))
                    || c.acronym() != null && b.acronyms().contains(c.acronym());
            if (same && !proposals.containsKey(b.id())) {
                enrich(b, c);
                return;
            }
        }
        for (EntityBuilder p : proposals.values()) {
            boolean same = p.labels().values().stream().anyMatch(l -> folder.fold(l).equals(folded))
                    || c.acronym() != null && p.acronyms().contains(c.acronym());
            if (same) {
                enrich(p, c);
                p.note("also seen at " + at);
                book.defined(p.id()).ifPresent(d -> enrich(d, c));
                return;
            }
        }
        String local = slug(c.acronym()).or(() -> slug(c.english())).orElse("name");
        String lang = stikg.importer.extract.CitationExtractor.language(c.name());
        EntityBuilder proposal;
        if (c.type() != null) {
            EntityBuilder d = book.define(local, c.type(), at).label(lang, c.name()).note(PROPOSED)
                    .comment("a name no lexicon entry knows (" + c.how() + " at " + at + ")");
            enrich(d, c);
            definedIds.add(d.id());
            proposal = EntityBuilder.defining(d.id(), null).type(c.type());
        } else {
            proposal = EntityBuilder.defining(book.reserve(local), null);
            proposal.note("no class could be guessed from the name: give it one, or delete the entry if it names no entity");
        }
        proposal.label(lang, c.name()).note("seen at " + at + " (" + c.how() + ")");
        enrich(proposal, c);
        proposals.put(proposal.id(), proposal);
    }

    /** The lexicon entity the whole text names, if any. */
    private Optional<String> wholeMention(String text) {
        String f = folder.fold(text);
        return lexicon.find(text).stream().filter(m -> folder.fold(m.surface()).equals(f)).map(Mention::id)
                .findFirst();
    }

    private static void enrich(EntityBuilder b, NameFinder.Candidate c) {
        b.acronym(c.acronym());
        if (c.english() != null && !b.labels().containsKey("en")) {
            b.label("en", c.english());
        } else if (c.english() != null) {
            b.alt("en", c.english());
        }
        if (c.japanese() != null && !b.labels().containsKey("ja")) {
            b.label("ja", c.japanese());
        }
    }

    private static Optional<String> slug(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String slug = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? Optional.empty() : Optional.of(slug);
    }

    /** The ids of the entities defined in the draft for proposals. */
    Set<String> definedIds() {
        return Set.copyOf(definedIds);
    }

    /** The proposed lexicon entries, with English labels drafted where missing. */
    List<Draft.EntityPart> proposals() {
        List<Draft.EntityPart> out = new ArrayList<>();
        for (EntityBuilder p : proposals.values()) {
            out.add(p.draftEnglish().part());
        }
        return out;
    }
}
