package stikg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementLateral;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * The parameters of a portable query: each is a {@code VALUES ?name { default }} block of one variable and one
 * row, so the query runs as written in any SPARQL client. Giving a value replaces that block's row in the parsed
 * query (syntax tree), never the text, so a value can only ever be one RDF term.
 */
public final class ValuesBlocks {

    private ValuesBlocks() {
    }

    /**
     * The default of every parameter, by name: a variable whose one-variable, one-row VALUES blocks (subqueries
     * included) all hold the same term. A variable given different values in different blocks (say one per branch
     * of a UNION, to label the branch) is data of the query, not a parameter.
     */
    public static Map<String, Node> defaults(Query query) {
        Map<String, List<Node>> written = new LinkedHashMap<>();
        each(query, d -> written.computeIfAbsent(d.getVars().get(0).getVarName(), k -> new ArrayList<>())
                .add(d.getRows().get(0).get(d.getVars().get(0))));
        Map<String, Node> out = new LinkedHashMap<>();
        written.forEach((name, values) -> {
            if (values.stream().distinct().count() == 1) {
                out.put(name, values.get(0));
            }
        });
        return out;
    }

    /**
     * Replaces, in place, the row of every parameter block named in {@code values} (a freshly parsed query is
     * the caller's to change). Returns the names that have no block in the query.
     */
    public static List<String> bind(Query query, Map<String, Node> values) {
        Map<String, Node> parameters = defaults(query);
        List<String> seen = new ArrayList<>();
        each(query, d -> {
            Var v = d.getVars().get(0);
            Node value = values.get(v.getVarName());
            if (value != null && parameters.containsKey(v.getVarName())) {
                d.getRows().set(0, BindingFactory.binding(v, value));
                seen.add(v.getVarName());
            }
        });
        return values.keySet().stream().filter(n -> !seen.contains(n)).toList();
    }

    private static void each(Query query, Consumer<ElementData> action) {
        if (query.getQueryPattern() != null) {
            walk(query.getQueryPattern(), action);
        }
    }

    private static void walk(Element e, Consumer<ElementData> action) {
        if (e instanceof ElementData d) {
            if (d.getVars().size() == 1 && d.getRows().size() == 1 && d.getRows().get(0).get(d.getVars().get(0)) != null) {
                action.accept(d);
            }
        } else if (e instanceof ElementGroup g) {
            g.getElements().forEach(x -> walk(x, action));
        } else if (e instanceof ElementUnion u) {
            u.getElements().forEach(x -> walk(x, action));
        } else if (e instanceof ElementOptional o) {
            walk(o.getOptionalElement(), action);
        } else if (e instanceof ElementNamedGraph n) {
            walk(n.getElement(), action);
        } else if (e instanceof ElementMinus m) {
            walk(m.getMinusElement(), action);
        } else if (e instanceof ElementService s) {
            walk(s.getElement(), action);
        } else if (e instanceof ElementLateral l) {
            walk(l.getLateralElement(), action);
        } else if (e instanceof ElementSubQuery s) {
            each(s.getQuery(), action);
        }
    }
}
