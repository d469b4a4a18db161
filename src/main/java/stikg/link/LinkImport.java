package stikg.link;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.VOID;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import stikg.diag.StikgException;
import stikg.store.GraphStore;
import stikg.store.StoreLocation;
import stikg.vocab.Graphs;

/**
 * {@code stikg link import}: streams an external RDF dump (N-Triples, Turtle or N-Quads, optionally gzipped) with
 * RDF4J Rio and keeps only the triples whose subject or object is an entity the graph links to (or starts with a
 * filter prefix), in the named graph {@code …/graph/linked/<source>} of the store.
 *
 * <p>Memory stays bounded whatever the dump's size: the dump is parsed statement by statement, the kept triples go
 * straight to a gzipped extract on disk, and the extract is then streamed into the store in one write transaction
 * (the graph is replaced only if all of it was written). The store keeps the extract, so later builds load it
 * again. The store is not locked while the dump is read.
 */
public final class LinkImport {

    /** The formats a dump may have. */
    public static final List<RDFFormat> FORMATS = List.of(RDFFormat.NTRIPLES, RDFFormat.TURTLE, RDFFormat.NQUADS);

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Graphs graphs;
    private final String idBase;
    private final Path curatedLinks;
    private final Clock clock;

    /**
     * @param curatedLinks the folder of curated linked lists ({@code data/links}); a source may not take the name
     *     of one of its files, whose graph the build writes
     */
    public LinkImport(Graphs graphs, String idBase, Path curatedLinks, Clock clock) {
        this.graphs = graphs;
        this.idBase = idBase;
        this.curatedLinks = curatedLinks;
        this.clock = clock;
    }

    /**
     * What to import.
     *
     * @param file the dump
     * @param filters IRI prefixes: a triple whose subject or object starts with one is kept too
     * @param source the source's name, which names the graph; empty: from the file name
     * @param format the dump's format; empty: from the file name
     */
    public record Request(Path file, List<String> filters, Optional<String> source, Optional<RDFFormat> format) {
        public Request {
            filters = List.copyOf(filters);
        }
    }

    /**
     * What an import did.
     *
     * @param graph the named graph written
     * @param read statements read from the dump
     * @param kept statements kept
     * @param linked entities the graph links to
     * @param found linked entities the dump had triples about
     * @param graphSize triples in the graph after the import (duplicates of the dump count once)
     */
    public record Report(String graph, long read, long kept, int linked, int found, long graphSize, Duration took) {
    }

    /** The source name a dump gets when none is given: its file name without extensions, as a slug. */
    public static String defaultSource(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        n = n.replaceAll("\\.(gz|gzip)$", "").replaceAll("\\.(nt|ntriples|ttl|turtle|nq|nquads)$", "");
        n = n.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return n.isEmpty() ? "dump" : n;
    }

    /** The dump's format from its file name (a {@code .gz} ending is looked through). */
    public static Optional<RDFFormat> formatOf(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("\\.(gz|gzip)$", "");
        return Rio.getParserFormatForFileName(n).filter(FORMATS::contains);
    }

    /** A format by name: nt, ttl, nq, or a media type / name Rio knows. */
    public static RDFFormat format(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (RDFFormat f : FORMATS) {
            if (f.getFileExtensions().contains(n) || f.getName().equalsIgnoreCase(name) || f.hasMIMEType(n)) {
                return f;
            }
        }
        throw new StikgException("unknown dump format '" + name + "': use nt, ttl or nq");
    }

    public Report run(StoreLocation location, Request request, LongConsumer progress) {
        Instant start = clock.instant();
        Path file = request.file();
        if (!Files.isRegularFile(file)) {
            throw new StikgException("no such file: " + file);
        }
        RDFFormat format = request.format().or(() -> formatOf(file)).orElseThrow(() -> new StikgException(
                "cannot tell the format of " + file.getFileName() + " from its name: give --format nt, ttl or nq"));
        String source = request.source().orElseGet(() -> defaultSource(file));
        if (!NAME.matcher(source).matches()) {
            throw new StikgException("source name '" + source + "' must be lower-case letters, digits and '-'");
        }
        if (curatedLinks != null && Files.exists(curatedLinks.resolve(source + ".ttl"))) {
            throw new StikgException("source name '" + source + "' is taken by the curated list " + curatedLinks
                    .resolve(source + ".ttl") + ": give another --source");
        }
        for (String prefix : request.filters()) {
            if (!prefix.matches("[A-Za-z][A-Za-z0-9+.-]*:\\S*")) {
                throw new StikgException("--filter takes an IRI prefix such as http://www.wikidata.org/entity/, not '"
                        + prefix + "'");
            }
        }
        String graph = graphs.linked(source);

        Map<String, Path> imported = location.importedGraphs();
        LinkTargets targets;
        try (GraphStore store = location.open()) {
            targets = LinkTargets.read(store.datasetGraph(), idBase, graphs, imported.keySet());
        }
        if (targets.size() == 0 && request.filters().isEmpty()) {
            throw new StikgException("the graph links to no external entity and no --filter was given: "
                    + "nothing would be kept");
        }

        Path extract = null;
        try {
            Files.createDirectories(location.importedDir());
            extract = Files.createTempFile(location.importedDir(), ".import-", ".nt.gz");
            DumpFilter filter = filter(file, format, targets, request.filters(), extract, graph, progress);
            long size;
            try (GraphStore store = location.open()) {
                size = store.replaceGraph(graph, extract);
            }
            location.keepImported(graph, extract);
            extract = null;
            return new Report(graph, filter.read(), filter.kept(), targets.size(), filter.found(), size,
                    Duration.between(start, clock.instant()));
        } catch (IOException e) {
            throw new StikgException("cannot import " + file + ": " + e.getMessage(), e);
        } finally {
            if (extract != null) {
                try {
                    Files.deleteIfExists(extract);
                } catch (IOException e) {
                    // a leftover temporary file is ignored by later builds (its name starts with a dot)
                }
            }
        }
    }

    /** Reads the dump once, writing the kept triples and a short description of the graph to the extract. */
    private DumpFilter filter(Path file, RDFFormat format, LinkTargets targets, List<String> prefixes, Path extract,
            String graph, LongConsumer progress) throws IOException {
        try (InputStream in = open(file);
             OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(extract), 1 << 16), 1 << 16)) {
            RDFWriter writer = Rio.createWriter(RDFFormat.NTRIPLES, out);
            DumpFilter filter = new DumpFilter(targets, prefixes, writer, progress);
            RDFParser parser = Rio.createParser(format);
            parser.setRDFHandler(filter);
            writer.startRDF();
            try {
                parser.parse(in, file.toAbsolutePath().toUri().toString());
            } catch (RDFParseException e) {
                throw new StikgException(file + (e.getLineNumber() > 0 ? ":" + e.getLineNumber() : "") + ": "
                        + stripLocation(e.getMessage()), e);
            } catch (RDFHandlerException e) {
                throw new StikgException("cannot write the extract " + extract + ": " + e.getMessage(), e);
            }
            describe(writer, graph, file, prefixes, filter.kept());
            writer.endRDF();
            return filter;
        }
    }

    /** The graph describes itself: where it comes from, when, and how it was filtered. */
    private void describe(RDFWriter w, String graph, Path file, List<String> prefixes, long kept) {
        ValueFactory vf = SimpleValueFactory.getInstance();
        IRI g = vf.createIRI(graph);
        w.handleStatement(vf.createStatement(g, RDF.TYPE, VOID.DATASET));
        w.handleStatement(vf.createStatement(g, RDFS.LABEL, vf.createLiteral("Triples about linked entities, imported from "
                + file.getFileName(), "en")));
        w.handleStatement(vf.createStatement(g, DCTERMS.CREATED, vf.createLiteral(clock.instant().toString(),
                XSD.DATETIME)));
        w.handleStatement(vf.createStatement(g, VOID.TRIPLES, vf.createLiteral(Long.toString(kept), XSD.INTEGER)));
        String how = "Kept from " + file.getFileName() + " by stikg link import: the triples whose subject or object "
                + "is an entity the stikg graph links to with owl:sameAs or skos:exactMatch"
                + (prefixes.isEmpty() ? "" : ", or starts with " + String.join(" or ", prefixes)) + ".";
        w.handleStatement(vf.createStatement(g, RDFS.COMMENT, vf.createLiteral(how, "en")));
    }

    private static String stripLocation(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\[line \\d+.*\\]$", "");
    }

    /** The dump as a stream, gunzipped when it starts with the gzip magic bytes. */
    private static InputStream open(Path file) throws IOException {
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
    }
}
