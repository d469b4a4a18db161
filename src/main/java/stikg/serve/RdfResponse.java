package stikg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** Picks an RDF syntax from an Accept header and writes a graph in it: Turtle unless the client asks otherwise. */
final class RdfResponse {

    private RdfResponse() {
    }

    static Lang negotiate(String accept) {
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        if (a.contains("application/ld+json") || a.contains("application/json")) {
            return Lang.JSONLD;
        }
        if (a.contains("application/rdf+xml")) {
            return Lang.RDFXML;
        }
        if (a.contains("application/n-triples")) {
            return Lang.NTRIPLES;
        }
        return Lang.TURTLE;
    }

    static String contentType(Lang lang) {
        return lang.getHeaderString() + "; charset=utf-8";
    }

    static void write(OutputStream out, Graph graph, Lang lang) throws IOException {
        if (lang == Lang.TURTLE) {
            RDFDataMgr.write(out, graph, RDFFormat.TURTLE_PRETTY);
        } else {
            RDFDataMgr.write(out, graph, lang);
        }
        out.flush();
    }
}
