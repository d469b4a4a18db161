package stikg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;

/** The ontology, shapes and sample files the ontology tests read, parsed strictly (a warning is an error). */
final class OntologyFiles {

    static final String STI = "https://w3id.org/stikg/ontology#";
    static final String STISH = "https://w3id.org/stikg/shapes#";
    static final Path ONTOLOGY_DIR = Path.of("ontology");
    static final Path STIKG_TTL = ONTOLOGY_DIR.resolve("stikg.ttl");
    static final Path SHAPES_TTL = ONTOLOGY_DIR.resolve("shapes.ttl");

    private OntologyFiles() {
    }

    /** One Turtle file; any syntax error or warning (bad IRI, bad literal) fails the parse. */
    static Model parse(Path file) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(file).lang(Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                .parse(m);
        return m;
    }

    /** The whole ontology as the build reads it: every {@code ontology/*.ttl} except {@code shapes.ttl}. */
    static Model ontology() {
        Model m = ModelFactory.createDefaultModel();
        for (Path f : ontologyFiles()) {
            m.add(parse(f));
        }
        return m;
    }

    static List<Path> ontologyFiles() {
        try (Stream<Path> files = Files.list(ONTOLOGY_DIR)) {
            return files.filter(f -> f.toString().endsWith(".ttl"))
                    .filter(f -> !f.getFileName().toString().equals("shapes.ttl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Model shapes() {
        return parse(SHAPES_TTL);
    }

    /** A Turtle file under {@code src/test/resources/stikg/ontology/}. */
    static Model sample(String name) {
        String path = "stikg/ontology/" + name;
        try (InputStream in = OntologyFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("test resource not found: " + path);
            }
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(m);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The named classes of the stikg namespace, in IRI order. */
    static Set<Resource> stiClasses(Model ontology) {
        Set<Resource> out = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        ontology.listSubjectsWithProperty(RDF.type, OWL2.Class)
                .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(STI)).forEach(out::add);
        return out;
    }

    static String curie(Resource r) {
        if (r.isURIResource()) {
            String uri = r.getURI();
            if (uri.startsWith(STI)) {
                return "sti:" + uri.substring(STI.length());
            }
            if (uri.startsWith(STISH)) {
                return "stish:" + uri.substring(STISH.length());
            }
            return "<" + uri + ">";
        }
        return r.toString();
    }
}
