package stikg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class ValuesBlocksTest {

    private static final String QUERY = """
            SELECT ?why ?x WHERE {
              VALUES ?lang { "en" }
              { VALUES ?why { "same area" } ?x ?p ?lang }
              UNION
              { VALUES ?why { "shared programme" } ?x ?q ?lang }
            }""";

    @Test
    void aOneRowValuesBlockIsAParameterWithItsDefault() {
        assertEquals(Map.of("lang", NodeFactory.createLiteralString("en")), ValuesBlocks.defaults(QueryFactory.create(QUERY)));
    }

    @Test
    void aVariableGivenDifferentValuesInDifferentBlocksIsDataOfTheQuery_andBindingLeavesItAlone() {
        Query q = QueryFactory.create(QUERY);
        List<String> unknown = ValuesBlocks.bind(q, Map.of("why", NodeFactory.createLiteralString("changed"),
                "lang", NodeFactory.createLiteralString("ko")));
        assertEquals(List.of("why"), unknown);
        String text = q.serialize();
        assertTrue(text.contains("\"same area\"") && text.contains("\"shared programme\""), text);
        assertTrue(text.contains("\"ko\"") && !text.contains("\"changed\""), text);
    }
}
