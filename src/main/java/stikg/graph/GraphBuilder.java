package stikg.graph;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import stikg.diag.Location;
import stikg.diag.Problems;
import stikg.source.DocumentDecl;
import stikg.source.EntityRecord;
import stikg.source.Locator;
import stikg.source.SectionDecl;
import stikg.source.SourceFile;
import stikg.source.SourceSet;
import stikg.source.TableDecl;
import stikg.source.Value;
import stikg.vocab.Graphs;
import stikg.vocab.Sti;

/**
 * A builder that turns all curated files into named graphs: the lexicon graph, one graph per source
 * document with its facts, and one provenance graph per document (and for the lexicon). It checks every
 * value against the ontology and reports all problems at once, with file and line.
 */
public final class GraphBuilder {

    /** The document id under which lexicon facts are traced. */
    public static final String LEXICON_ID = "lexicon";

    private final Schema schema;
    private final Iris iris;
    private final Graphs graphs;

    public GraphBuilder(Schema schema, Iris iris, Graphs graphs) {
        this.schema = schema;
        this.iris = iris;
        this.graphs = graphs;
    }

    /** Builds every graph, or throws {@link stikg.diag.InvalidInputException} listing every problem. */
    public BuiltGraphs build(SourceSet sources) {
        Problems problems = new Problems();
        EntityRegistry registry = EntityRegistry.collect(sources, schema, problems);
        Map<String, Graph> out = new LinkedHashMap<>();
        Map<String, Integer> nestedCounters = new HashMap<>();

        Graph lexicon = GraphFactory.createDefaultGraph();
        Graph lexiconProvenance = GraphFactory.createDefaultGraph();
        Node lexiconDocument = iris.entity(LEXICON_ID);
        ProvenanceWriter lexProv = new ProvenanceWriter(iris, LEXICON_ID, lexiconDocument, lexiconProvenance);
        lexProv.add(lexiconDocument, RDF.type.asNode(), Sti.Document);
        lexProv.add(lexiconDocument, org.apache.jena.vocabulary.RDFS.label.asNode(),
                NodeFactory.createLiteralLang("stikg lexicon of named entities", "en"));
        for (SourceFile f : sources.lexicon()) {
            FactWriter w = new FactWriter(schema, iris, registry, problems, nestedCounters,
                    new LexiconTracer(f.path(), lexProv), lexicon);
            for (EntityRecord e : f.entities()) {
                w.writeEntity(e, null);
            }
        }
        out.put(graphs.lexicon(), lexicon);
        out.put(graphs.provenance(LEXICON_ID), lexiconProvenance);

        for (SourceFile f : sources.sources()) {
            DocumentDecl doc = f.document();
            if (out.containsKey(graphs.source(doc.id()))) {
                continue; // the registry has reported the duplicate id
            }
            Graph facts = GraphFactory.createDefaultGraph();
            Graph provenance = GraphFactory.createDefaultGraph();
            Node docNode = iris.entity(doc.id());
            ProvenanceWriter prov = new ProvenanceWriter(iris, doc.id(), docNode, provenance);
            DocumentTracer tracer = new DocumentTracer(f, iris, prov, problems);
            tracer.writeStructure(schema, registry, nestedCounters);
            FactWriter w = new FactWriter(schema, iris, registry, problems, nestedCounters, tracer, facts);
            w.writeDocument(doc);
            for (EntityRecord e : f.entities()) {
                w.writeEntity(e, null);
            }
            out.put(graphs.source(doc.id()), facts);
            out.put(graphs.provenance(doc.id()), provenance);
        }
        problems.throwIfAny();
        return new BuiltGraphs(out);
    }

    /** Decides where a fact comes from and records it in the provenance graph. */
    interface Tracer {
        /**
         * Records the triple's source and returns its statement node, or null (with a problem reported) when
         * the fact cannot be traced.
         */
        Node trace(Triple t, Locator locator, Location written);

        /** The provenance writer, for evidence annotations. */
        ProvenanceWriter provenance();

    }

    /** Traces lexicon facts to the lexicon file and line that records them. */
    private static final class LexiconTracer implements Tracer {
        private final String file;
        private final ProvenanceWriter prov;

        LexiconTracer(String file, ProvenanceWriter prov) {
            this.file = file;
            this.prov = prov;
        }

        @Override
        public Node trace(Triple t, Locator locator, Location written) {
            String stem = file.replaceAll("^.*/", "").replaceAll("\\.ya?ml$", "");
            Node passage = prov.passage(stem + "/L" + written.line(), written.line(), written.line(), null, null, null);
            return prov.statement(t, passage, written.file(), written.line());
        }

        @Override
        public ProvenanceWriter provenance() {
            return prov;
        }

    }

    /** Traces document facts to passages: line range, section and table row, checked against the declarations. */
    static final class DocumentTracer implements Tracer {
        private final SourceFile file;
        private final DocumentDecl doc;
        private final Iris iris;
        private final ProvenanceWriter prov;
        private final Problems problems;
        private final Map<String, SectionDecl> sections = new LinkedHashMap<>();
        private final Map<String, TableDecl> tables = new LinkedHashMap<>();

        DocumentTracer(SourceFile file, Iris iris, ProvenanceWriter prov, Problems problems) {
            this.file = file;
            this.doc = file.document();
            this.iris = iris;
            this.prov = prov;
            this.problems = problems;
            for (SectionDecl s : file.sections()) {
                if (sections.putIfAbsent(s.id(), s) != null) {
                    problems.add(s.where(), "section id '" + s.id() + "' appears twice");
                }
            }
            for (TableDecl t : file.tables()) {
                if (tables.putIfAbsent(t.id(), t) != null) {
                    problems.add(t.where(), "table id '" + t.id() + "' appears twice");
                }
            }
        }

        /** Writes sections and tables into the provenance graph, checking their lines and links. */
        void writeStructure(Schema schema, EntityRegistry registry, Map<String, Integer> counters) {
            Node docNode = iris.entity(doc.id());
            for (SectionDecl s : file.sections()) {
                checkLines(s.firstLine(), s.lastLine(), s.where());
                Node n = iris.section(doc.id(), s.id());
                prov.add(n, RDF.type.asNode(), Sti.Section);
                prov.add(n, Sti.inDocument, docNode);
                prov.add(n, Sti.lineStart, ProvenanceWriter.integer(s.firstLine()));
                prov.add(n, Sti.lineEnd, ProvenanceWriter.integer(s.lastLine()));
                if (s.number() != null) {
                    prov.add(n, Sti.number, NodeFactory.createLiteralString(s.number()));
                }
                writeTitle(n, s.title());
                if (s.parent() != null) {
                    if (!sections.containsKey(s.parent())) {
                        problems.add(s.where(), "parent section '" + s.parent() + "' is not declared");
                    } else {
                        prov.add(n, Sti.inSection, iris.section(doc.id(), s.parent()));
                    }
                }
            }
            FactWriter tableFacts = new FactWriter(schema, iris, registry, problems, counters, this, null);
            for (TableDecl t : file.tables()) {
                checkLines(t.firstLine(), t.lastLine(), t.where());
                Node n = iris.table(doc.id(), t.id());
                prov.add(n, RDF.type.asNode(), Sti.Table);
                prov.add(n, Sti.inDocument, docNode);
                prov.add(n, Sti.lineStart, ProvenanceWriter.integer(t.firstLine()));
                prov.add(n, Sti.lineEnd, ProvenanceWriter.integer(t.lastLine()));
                if (t.number() != null) {
                    prov.add(n, Sti.number, NodeFactory.createLiteralString(t.number()));
                }
                writeTitle(n, t.title());
                Node section = t.section() != null ? sectionNode(t.section(), t.where())
                        : innermost(t.firstLine(), t.lastLine()).map(x -> iris.section(doc.id(), x.id())).orElse(null);
                if (section != null) {
                    prov.add(n, Sti.inSection, section);
                }
                tableFacts.writeFactsInto(prov, n, Set.of(Sti.Table), t.facts());
            }
        }

        private void writeTitle(Node n, Value.LangText title) {
            if (title != null) {
                title.byLanguage().forEach((lang, texts) -> texts.forEach(
                        text -> prov.add(n, Sti.title, NodeFactory.createLiteralLang(text, lang))));
            }
        }

        private Node sectionNode(String id, Location where) {
            if (!sections.containsKey(id)) {
                problems.add(where, "section '" + id + "' is not declared");
                return null;
            }
            return iris.section(doc.id(), id);
        }

        private boolean checkLines(int first, int last, Location where) {
            if (doc.lines() > 0 && last > doc.lines()) {
                problems.add(where, "line " + last + " is past the end of the document (" + doc.lines() + " lines)");
                return false;
            }
            return true;
        }

        private Optional<SectionDecl> innermost(int first, int last) {
            return sections.values().stream().filter(s -> s.spans(first, last))
                    .min(Comparator.comparingInt(SectionDecl::length));
        }

        @Override
        public Node trace(Triple t, Locator locator, Location written) {
            if (locator == null) {
                problems.add(written, "this fact has no locator: give it or its entity an 'at:'");
                return null;
            }
            int first = locator.firstLine();
            int lastLine = locator.lastLine();
            Node table = null;
            Node section = null;
            if (locator.tableId() != null) {
                TableDecl td = tables.get(locator.tableId());
                if (td == null) {
                    problems.add(locator.written(), "table '" + locator.tableId() + "' is not declared");
                    return null;
                }
                table = iris.table(doc.id(), td.id());
                if (!locator.hasLines()) {
                    first = td.firstLine();
                    lastLine = td.lastLine();
                } else if (first < td.firstLine() || lastLine > td.lastLine()) {
                    problems.add(locator.written(), "lines " + first + "-" + lastLine + " are outside table '"
                            + td.id() + "' (lines " + td.firstLine() + "-" + td.lastLine() + ")");
                }
            }
            if (!checkLines(first, lastLine, locator.written())) {
                return null;
            }
            int f = first;
            int l = lastLine;
            section = innermost(f, l).or(() -> innermost(f, f)).map(s -> iris.section(doc.id(), s.id())).orElse(null);
            Node passage = prov.passage(locator.key(), first, lastLine, section, table, locator.row());
            return prov.statement(t, passage, written.file(), written.line());
        }

        @Override
        public ProvenanceWriter provenance() {
            return prov;
        }

    }

    static List<String> reservedKeys() {
        return FactWriter.RESERVED_FACTS;
    }
}
