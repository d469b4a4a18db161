package stikg.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;

/** The named graphs one build produced, by graph IRI, in a stable order. */
public record BuiltGraphs(Map<String, Graph> graphs) {

    public BuiltGraphs {
        graphs = Collections.unmodifiableMap(new LinkedHashMap<>(graphs));
    }

    public long tripleCount() {
        return graphs.values().stream().mapToLong(Graph::size).sum();
    }
}
