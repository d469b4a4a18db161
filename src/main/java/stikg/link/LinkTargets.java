package stikg.link;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import stikg.vocab.Graphs;

/**
 * The external entities the graph links to: the objects of {@code owl:sameAs} and {@code skos:exactMatch} in the
 * asserted graphs (not the inferred graph, not imported graphs), outside the graph's own id space.
 *
 * @param iris the IRIs of the linked entities
 */
public record LinkTargets(Set<String> iris) {

    private static final String QUERY = """
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?g ?o WHERE {
              VALUES ?p { owl:sameAs skos:exactMatch }
              GRAPH ?g { ?s ?p ?o }
              FILTER(isIRI(?o))
            }""";

    public LinkTargets {
        iris = Set.copyOf(iris);
    }

    /**
     * Reads the link targets of a store's dataset in a read transaction.
     *
     * @param idBase the graph's own id space, left out
     * @param imported graphs imported from external dumps, left out (a dump's own sameAs links are not ours)
     */
    public static LinkTargets read(DatasetGraph dsg, String idBase, Graphs graphs, Collection<String> imported) {
        Set<String> skip = new HashSet<>(imported);
        skip.add(graphs.inferred());
        String provenance = graphs.provenance("");
        Set<String> out = new HashSet<>();
        Txn.executeRead(dsg, () -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(QUERY).build()) {
                qe.select().forEachRemaining(b -> {
                    Node g = b.get("g");
                    String o = b.get("o").getURI();
                    if (g.isURI() && !skip.contains(g.getURI()) && !g.getURI().startsWith(provenance)
                            && !o.startsWith(idBase)) {
                        out.add(o);
                    }
                });
            }
        });
        return new LinkTargets(out);
    }

    public boolean contains(String iri) {
        return iris.contains(iri);
    }

    public int size() {
        return iris.size();
    }
}
