package stikg.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpService;
import stikg.query.Bindings;
import stikg.query.NamedQuery;
import stikg.query.Parameter;
import stikg.query.QueryLibrary;

/**
 * The library queries as sent over HTTP: parameters bound to constants in the text (the way a client fills in a
 * query), defaults for the shipped data and one entity of the right kind for a synthetic corpus.
 */
final class Workload {

    /** A library query ready to send. */
    record Request(String name, String text, boolean selective, boolean textSearch) {
    }

    private Workload() {
    }

    /**
     * Every query of the library but those that call a SERVICE (their time is the remote endpoint's, and the
     * benchmark's servers allow none); for a synthetic corpus, IRI parameters point at its first plan, technology or
     * agency (by the parameter's name), since the defaults name entities of the real data.
     */
    static List<Request> of(QueryLibrary library, CorpusGenerator.Corpus corpus, String idBase) {
        List<Request> out = new ArrayList<>();
        for (NamedQuery q : library.queries()) {
            Map<String, String> given = new HashMap<>();
            boolean selective = false;
            for (Parameter p : q.parameters()) {
                Node def = Bindings.term(p.defaultValue());
                if (def.isURI() && def.getURI().startsWith(idBase)) {
                    selective = true;
                    if (corpus != null) {
                        given.put(p.name(), "<" + idBase + stand_in(p, corpus) + ">");
                    }
                }
            }
            Query query = q.bound(Bindings.resolve(q, given));
            if (callsService(query)) {
                continue;
            }
            boolean text = q.text().contains("text:query");
            out.add(new Request(q.name(), query.toString(), selective || text, text));
        }
        return out;
    }

    /** The names of the library queries that call a SERVICE, which the benchmark leaves out. */
    static List<String> remote(QueryLibrary library) {
        return library.queries().stream().filter(q -> callsService(QueryFactory.create(q.text())))
                .map(NamedQuery::name).toList();
    }

    private static boolean callsService(Query query) {
        boolean[] found = {false};
        OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                found[0] = true;
            }
        });
        return found[0];
    }

    private static String stand_in(Parameter p, CorpusGenerator.Corpus corpus) {
        String name = (p.name() + " " + p.defaultValue()).toLowerCase();
        if (name.contains("tech")) {
            return corpus.technologyId();
        }
        if (name.contains("plan")) {
            return corpus.planId();
        }
        return corpus.agencyId();
    }

    /** The query with its row limit lowered to {@code cap}, so servers with and without a row cap do the same work. */
    static String capped(String text, long cap) {
        Query q = QueryFactory.create(text);
        if (!q.isAskType() && (!q.hasLimit() || q.getLimit() > cap)) {
            q.setLimit(cap);
        }
        return q.toString();
    }
}
