package stikg.query;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;

/** Runs a named query over a dataset with its parameters bound as RDF terms. The caller owns the transaction. */
public final class QueryRunner {

    private QueryRunner() {
    }

    /** A query execution ready to run; close it after use. */
    public static QueryExec prepare(DatasetGraph dataset, NamedQuery query, Map<String, String> given) {
        Map<String, Node> values = Bindings.resolve(query, given);
        Query q = QueryFactory.create(query.text());
        BindingBuilder b = BindingBuilder.create();
        values.forEach((name, node) -> b.add(Var.alloc(name), node));
        Binding binding = b.build();
        // outside the server nobody has allowed any SERVICE host, so federation is off here too
        QueryExecBuilder builder = QueryExec.dataset(dataset).query(q).set(ARQ.httpServiceAllowed, false);
        if (!binding.isEmpty()) {
            builder = builder.substitution(binding);
        }
        return builder.build();
    }
}
