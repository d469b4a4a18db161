package stikg.store;

import org.apache.jena.graph.Graph;

/**
 * Takes the graphs of a new database one at a time, while the rest are still being made. A graph handed over is
 * complete and is never changed afterwards: it may be read on another thread at once.
 */
@FunctionalInterface
public interface GraphSink {

    void put(String graphIri, Graph graph);
}
