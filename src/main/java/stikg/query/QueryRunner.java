package stikg.query;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import stikg.diag.InvalidInputException;
import stikg.diag.Location;
import stikg.diag.Problem;
import stikg.vocab.Namespaces;

/**
 * Runs a named query over a dataset with its parameters bound as RDF terms, in the query's own VALUES blocks.
 * The caller owns the transaction.
 */
public final class QueryRunner {

    private QueryRunner() {
    }

    /** A query execution ready to run; close it after use. */
    public static QueryExec prepare(DatasetGraph dataset, NamedQuery query, Map<String, String> given) {
        Map<String, Node> values = Bindings.resolve(query, given, Namespaces.DEFAULT_ID_BASE);
        given.keySet().forEach(name -> requireKnown(dataset, query, name, values.get(name),
                Bindings.term(query.parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                        .orElseThrow().defaultValue())));
        Query q = query.bound(values);
        // outside the server nobody has allowed any SERVICE host, so federation is off here too
        return QueryExec.dataset(dataset).query(q).set(ARQ.httpServiceAllowed, false).build();
    }

    /**
     * A given IRI that the store does not hold would only answer with no rows, which reads like "no such facts":
     * it is reported instead. Only for parameters whose default is itself in the store (an entity, a plan), not
     * for ones that name something outside it (a SERVICE endpoint, a "no restriction" marker).
     */
    private static void requireKnown(DatasetGraph dataset, NamedQuery query, String name, Node value, Node byDefault) {
        if (!value.isURI() || !byDefault.isURI() || !holds(dataset, byDefault) || holds(dataset, value)) {
            return;
        }
        throw new InvalidInputException(new Problem(Location.wholeFile(query.name() + ".rq"), "parameter '" + name
                + "': the store holds nothing about " + NodeFmtLib.strNT(value)));
    }

    private static boolean holds(DatasetGraph dataset, Node n) {
        return dataset.find(Node.ANY, n, Node.ANY, Node.ANY).hasNext()
                || dataset.find(Node.ANY, Node.ANY, Node.ANY, n).hasNext()
                || dataset.find(Node.ANY, Node.ANY, n, Node.ANY).hasNext();
    }
}
