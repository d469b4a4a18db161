package stikg.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import stikg.diag.Location;
import stikg.diag.Problems;
import stikg.source.DocumentDecl;
import stikg.source.EntityRecord;
import stikg.source.Fact;
import stikg.source.Locator;
import stikg.source.Value;
import stikg.vocab.Namespaces;
import stikg.vocab.Sti;

/**
 * Writes the facts of entity records as triples, reading each value the way the ontology says the property
 * takes it, and hands every triple to a {@link GraphBuilder.Tracer} for its provenance.
 */
final class FactWriter {

    static final List<String> RESERVED_FACTS = List.of("label", "altLabel", "acronym", "note", "wikidata", "ror",
            "evidence");

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern ROR = Pattern.compile("https://ror\\.org/0[a-z0-9]{6}[0-9]{2}");
    private static final Set<String> INTERVAL_RANGES = Set.of(Namespaces.TIME + "ProperInterval",
            Namespaces.TIME + "Interval", Namespaces.TIME + "TemporalEntity");

    private final Schema schema;
    private final Iris iris;
    private final EntityRegistry registry;
    private final Problems problems;
    private final Map<String, Integer> nestedCounters;
    private final GraphBuilder.Tracer tracer;
    private final Graph target;

    FactWriter(Schema schema, Iris iris, EntityRegistry registry, Problems problems,
            Map<String, Integer> nestedCounters, GraphBuilder.Tracer tracer, Graph target) {
        this.schema = schema;
        this.iris = iris;
        this.registry = registry;
        this.problems = problems;
        this.nestedCounters = nestedCounters;
        this.tracer = tracer;
        this.target = target;
    }

    void writeDocument(DocumentDecl doc) {
        Node node = iris.entity(doc.id());
        emit(Triple.create(node, RDF.type.asNode(), Sti.Document), doc.at(), doc.where());
        writeFacts(node, Set.of(Sti.Document), doc.facts(), doc.at(), null);
    }

    /** Writes a top-level or nested entity; {@code inherited} is the locator of the entity that holds it. */
    void writeEntity(EntityRecord e, Locator inherited) {
        writeEntityAt(e.defines() ? iris.entity(e.id()) : iris.entity(e.about()), e, inherited, Set.of());
    }

    private void writeEntityAt(Node subject, EntityRecord e, Locator inherited, Set<Node> defaultTypes) {
        Locator locator = e.locator().orElse(inherited);
        // top-level types were checked (and reported) when the registry was collected; nested ones are checked here
        Set<Node> declared = EntityRegistry.classes(e, schema, e.subjectId().isPresent() ? new Problems() : problems);
        Set<Node> types = new LinkedHashSet<>(declared.isEmpty() ? defaultTypes : declared);
        for (Node type : types) {
            emit(Triple.create(subject, RDF.type.asNode(), type), locator, e.where());
        }
        Set<Node> known = e.subjectId().flatMap(registry::find).map(EntityRegistry.Entry::types).orElse(types);
        writeFacts(subject, known, e.facts(), locator, e);
    }

    /** Writes facts about a node straight into a provenance graph (table metadata), without statement nodes. */
    void writeFactsInto(ProvenanceWriter prov, Node subject, Set<Node> types, List<Fact> facts) {
        for (Fact f : facts) {
            Optional<Schema.PropertyInfo> info = property(f);
            if (info.isEmpty()) {
                continue;
            }
            for (Node o : objects(subject, types, info.get(), f, null)) {
                prov.add(subject, info.get().property(), o);
            }
        }
    }

    private void writeFacts(Node subject, Set<Node> types, List<Fact> facts, Locator locator, EntityRecord owner) {
        String evidence = null;
        List<Node> links = new ArrayList<>();
        List<Node> japaneseNames = new ArrayList<>();
        for (Fact f : facts) {
            Locator at = f.ownLocator().orElse(locator);
            switch (f.property()) {
                case "label" -> langLiterals(f).forEach(l -> {
                    Node st = emit(Triple.create(subject, RDFS.label.asNode(), l), at, f.where());
                    if ("ja".equals(l.getLiteralLanguage()) && st != null) {
                        japaneseNames.add(st);
                    }
                    // SKOS tools (Skosmos and the like) key on skos:prefLabel: a concept's label is also its prefLabel
                    if (isConcept(types)) {
                        emit(Triple.create(subject, SKOS.prefLabel.asNode(), l), at, f.where());
                    }
                });
                case "altLabel" -> langLiterals(f).forEach(l -> {
                    Node st = emit(Triple.create(subject, SKOS.altLabel.asNode(), l), at, f.where());
                    if ("ja".equals(l.getLiteralLanguage()) && st != null) {
                        japaneseNames.add(st);
                    }
                });
                case "acronym" -> scalar(f).ifPresent(s -> emit(Triple.create(subject, Sti.acronym,
                        NodeFactory.createLiteralString(s)), at, f.where()));
                case "note" -> scalar(f).ifPresent(s -> emit(Triple.create(subject, SKOS.editorialNote.asNode(),
                        NodeFactory.createLiteralLang(s, "en")), at, f.where()));
                case "evidence" -> evidence = scalar(f).orElse(null);
                case "wikidata" -> scalar(f).ifPresent(q -> {
                    if (!QID.matcher(q).matches()) {
                        problems.add(f.where(), "'" + q + "' is not a Wikidata item id (Q followed by digits)");
                        return;
                    }
                    links.add(emitLink(subject, types, Sti.wikidataId, q, Namespaces.WD + q, at, f.where()));
                });
                case "ror" -> scalar(f).ifPresent(r -> {
                    if (!ROR.matcher(r).matches()) {
                        problems.add(f.where(), "'" + r + "' is not a ROR id (https://ror.org/ and 9 characters)");
                        return;
                    }
                    links.add(emitLink(subject, types, Sti.rorId, r, r, at, f.where()));
                });
                default -> writeProperty(subject, types, f, at);
            }
        }
        // a lexicon entry says where its Japanese names were seen the way it does for external identifiers
        if (evidence != null) {
            for (Node statement : japaneseNames) {
                tracer.provenance().add(statement, Sti.labelEvidence, NodeFactory.createLiteralString(evidence));
            }
        }
        if (!links.isEmpty()) {
            if (evidence == null) {
                problems.add(owner == null ? Location.wholeFile("?") : owner.where(),
                        "an external identifier needs 'evidence:' saying where it was seen");
            } else {
                for (Node statement : links) {
                    if (statement == null) {
                        continue; // the fact could not be traced, which is reported already
                    }
                    tracer.provenance().add(statement, Sti.linkEvidence, NodeFactory.createLiteralString(evidence));
                }
            }
        }
    }

    /** Emits the identifier literal and the identity link; returns the link's statement node. */
    private Node emitLink(Node subject, Set<Node> types, Node idProperty, String id, String iri, Locator at,
            Location where) {
        emit(Triple.create(subject, idProperty, NodeFactory.createLiteralString(id)), at, where);
        boolean concept = schema.anyUnder(types, SKOS.Concept.asNode());
        Node linkProperty = concept ? SKOS.exactMatch.asNode() : OWL2.sameAs.asNode();
        Triple link = Triple.create(subject, linkProperty, NodeFactory.createURI(iri));
        return emit(link, at, where);
    }

    private void writeProperty(Node subject, Set<Node> types, Fact f, Locator at) {
        Optional<Schema.PropertyInfo> info = property(f);
        if (info.isEmpty()) {
            return;
        }
        Schema.PropertyInfo p = info.get();
        Node domain = p.domain();
        if (domain != null && schema.isClass(domain) && !types.isEmpty() && !schema.anyUnder(types, domain)) {
            problems.add(f.where(), "'" + f.property() + "' applies to " + short_(domain) + ", but the subject is "
                    + shortAll(types));
        }
        for (Node o : objects(subject, types, p, f, at)) {
            emit(Triple.create(subject, p.property(), o), at, f.where());
            skosView(subject, types, p.property(), o, at, f.where());
        }
    }

    private boolean isConcept(Set<Node> types) {
        return schema.anyUnder(types, SKOS.Concept.asNode()) || schema.anyUnder(types, SKOS.ConceptScheme.asNode());
    }

    /**
     * The SKOS reading of a technology list, stated with the fact it comes from: a technology area is a top
     * concept of its scheme, a concept's list position is its notation (so SKOS tools can keep the list's order).
     * (An example technology is skos:narrower than its area already by the ontology's rules, in the inferred graph.)
     */
    private void skosView(Node subject, Set<Node> types, Node property, Node o, Locator at, Location where) {
        if (property.equals(SKOS.inScheme.asNode()) && schema.anyUnder(types, Sti.TechnologyArea)) {
            emit(Triple.create(subject, SKOS.topConceptOf.asNode(), o), at, where);
            emit(Triple.create(o, SKOS.hasTopConcept.asNode(), subject), at, where);
        } else if (property.equals(Sti.order) && o.isLiteral() && isConcept(types)) {
            emit(Triple.create(subject, SKOS.notation.asNode(), o), at, where);
        }
    }

    private static final String LINGUISTIC_SYSTEM = "http://purl.org/dc/terms/LinguisticSystem";
    private static final String ISO_639_1 = "http://id.loc.gov/vocabulary/iso639-1/";

    private Optional<Schema.PropertyInfo> property(Fact f) {
        Optional<String> iri = Namespaces.expand(f.property());
        if (iri.isEmpty()) {
            problems.add(f.where(), "unknown prefix in '" + f.property() + "'");
            return Optional.empty();
        }
        Optional<Schema.PropertyInfo> info = schema.property(NodeFactory.createURI(iri.get()));
        if (info.isEmpty()) {
            problems.add(f.where(), "unknown property '" + f.property() + "' (not declared in the ontology)");
        }
        return info;
    }

    /** The object nodes of one fact; nested entities are written on the way. */
    private List<Node> objects(Node subject, Set<Node> types, Schema.PropertyInfo p, Fact f, Locator at) {
        Value v = f.value();
        if (p.kind() == Schema.Kind.OBJECT) {
            if (p.range() != null && INTERVAL_RANGES.contains(p.range().getURI())) {
                return interval(subject, p, f, at);
            }
            if (v instanceof Value.Scalar s && p.range() != null && p.range().getURI().equals(LINGUISTIC_SYSTEM)) {
                Optional<Node> language = language(s, f);
                // typed as DCTERMS' range says, from the same place, so the value's class is checked like any other
                language.ifPresent(l -> emit(Triple.create(l, RDF.type.asNode(), p.range()), at, f.where()));
                return language.map(List::of).orElse(List.of());
            }
            if (v instanceof Value.Scalar s) {
                return reference(s, p, f).map(List::of).orElse(List.of());
            }
            if (v instanceof Value.Nested n) {
                Node node = iris.nested(subject, p.property().getLocalName(), next(subject, p));
                Set<Node> defaults = p.range() != null && schema.isClass(p.range()) ? Set.of(p.range()) : Set.of();
                writeEntityAt(node, n.entity(), at, defaults);
                return List.of(node);
            }
            problems.add(f.where(), "'" + f.property() + "' links to an entity: give an id, not texts by language");
            return List.of();
        }
        Node range = p.range();
        boolean langString = range != null && range.equals(RDF.langString.asNode());
        if (v instanceof Value.LangText t) {
            if (range != null && !langString && !range.getURI().equals(RDFS.Literal.getURI())) {
                problems.add(f.where(), "'" + f.property() + "' takes a " + short_(range) + ", not texts by language");
                return List.of();
            }
            return langLiterals(f);
        }
        if (v instanceof Value.Nested) {
            problems.add(f.where(), "'" + f.property() + "' takes a value, not an entity");
            return List.of();
        }
        if (langString) {
            problems.add(f.where(), "'" + f.property() + "' takes texts by language, e.g. {en: ..., ko: ...}");
            return List.of();
        }
        Literals.Result r = Literals.read(((Value.Scalar) v).text(), range);
        if (r.node().isEmpty()) {
            problems.add(v.where(), "'" + f.property() + "': " + r.error());
            return List.of();
        }
        return List.of(r.node().get());
    }

    /**
     * A language, given as its ISO 639-1 code ("ko"), as the Library of Congress IRI of that code: the encoding
     * DCMI recommends for dct:language, whose range is dct:LinguisticSystem, not a string.
     */
    private Optional<Node> language(Value.Scalar s, Fact f) {
        String code = s.text().trim();
        if (!code.matches("[a-z]{2}")) {
            problems.add(s.where(), "'" + f.property() + "' takes a two-letter ISO 639-1 language code such as ko, not '"
                    + code + "'");
            return Optional.empty();
        }
        return Optional.of(NodeFactory.createURI(ISO_639_1 + code));
    }

    private int next(Node subject, Schema.PropertyInfo p) {
        return nestedCounters.merge(subject.getURI() + " " + p.property().getURI(), 1, Integer::sum);
    }

    private Optional<Node> reference(Value.Scalar s, Schema.PropertyInfo p, Fact f) {
        Optional<EntityRegistry.Entry> entry = registry.find(s.text());
        if (entry.isEmpty()) {
            problems.add(s.where(), "'" + f.property() + "' refers to '" + s.text() + "', which no file defines");
            return Optional.empty();
        }
        Node range = p.range();
        Set<Node> types = entry.get().types();
        if (range != null && schema.isClass(range) && !types.isEmpty() && !schema.anyUnder(types, range)) {
            problems.add(s.where(), "'" + f.property() + "' needs " + short_(range) + ", but '" + s.text() + "' is "
                    + shortAll(types));
        }
        return Optional.of(iris.entity(s.text()));
    }

    /** An ISO 8601 interval of dates or years, {@code 2021/2025}, as an OWL-Time interval with two instants. */
    private List<Node> interval(Node subject, Schema.PropertyInfo p, Fact f, Locator at) {
        if (!(f.value() instanceof Value.Scalar s) || !s.text().contains("/")) {
            problems.add(f.where(), "'" + f.property() + "' takes an interval such as 2021/2025 or 2026-04/2031-03");
            return List.of();
        }
        String[] ends = s.text().split("/", -1);
        if (ends.length != 2) {
            problems.add(s.where(), "'" + s.text() + "' is not an interval <start>/<end>");
            return List.of();
        }
        Literals.Result start = Literals.dateOrYear(ends[0].trim());
        Literals.Result end = Literals.dateOrYear(ends[1].trim());
        if (start.node().isEmpty() || end.node().isEmpty()) {
            problems.add(s.where(), "interval '" + s.text() + "': " + (start.error() != null ? start.error() : end.error()));
            return List.of();
        }
        if (ends[0].trim().compareTo(ends[1].trim()) > 0) {
            problems.add(s.where(), "interval '" + s.text() + "' ends before it starts");
            return List.of();
        }
        Node interval = iris.nested(subject, p.property().getLocalName(), next(subject, p));
        Node time = NodeFactory.createURI(Namespaces.TIME + "ProperInterval");
        emit(Triple.create(interval, RDF.type.asNode(), time), at, f.where());
        instant(interval, "hasBeginning", "start", start.node().get(), at, f.where());
        instant(interval, "hasEnd", "end", end.node().get(), at, f.where());
        return List.of(interval);
    }

    private void instant(Node interval, String link, String name, Node value, Locator at, Location where) {
        Node instant = NodeFactory.createURI(interval.getURI() + "/" + name);
        emit(Triple.create(interval, NodeFactory.createURI(Namespaces.TIME + link), instant), at, where);
        emit(Triple.create(instant, RDF.type.asNode(), NodeFactory.createURI(Namespaces.TIME + "Instant")), at, where);
        String dt = value.getLiteralDatatypeURI();
        String prop = dt.endsWith("#date") ? "inXSDDate" : dt.endsWith("#gYearMonth") ? "inXSDgYearMonth" : "inXSDgYear";
        emit(Triple.create(instant, NodeFactory.createURI(Namespaces.TIME + prop), value), at, where);
    }

    private List<Node> langLiterals(Fact f) {
        if (!(f.value() instanceof Value.LangText t)) {
            problems.add(f.where(), "'" + f.property() + "' takes texts by language, e.g. {en: ..., ko: ...}");
            return List.of();
        }
        List<Node> out = new ArrayList<>();
        t.byLanguage().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> e.getValue()
                .forEach(text -> out.add(NodeFactory.createLiteralLang(text.strip(), e.getKey()))));
        return out;
    }

    private Optional<String> scalar(Fact f) {
        if (f.value() instanceof Value.Scalar s) {
            return Optional.of(s.text().strip());
        }
        problems.add(f.where(), "'" + f.property() + "' takes a single value");
        return Optional.empty();
    }

    /** Adds the triple and traces it; returns its statement node, or null when it could not be traced. */
    private Node emit(Triple t, Locator at, Location where) {
        if (target != null) {
            target.add(t);
        }
        return tracer.trace(t, at, where);
    }

    private static String short_(Node n) {
        String uri = n.getURI();
        for (Map.Entry<String, String> e : Namespaces.PREFIXES.entrySet()) {
            if (uri.startsWith(e.getValue())) {
                return e.getKey().equals("sti") ? uri.substring(e.getValue().length())
                        : e.getKey() + ":" + uri.substring(e.getValue().length());
            }
        }
        return "<" + uri + ">";
    }

    private static String shortAll(Set<Node> types) {
        return types.stream().map(FactWriter::short_).sorted().reduce((a, b) -> a + ", " + b).orElse("untyped");
    }
}
