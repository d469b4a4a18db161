package stikg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/** What a store holds, copied into memory graph by graph, to compare a store before and after something. */
public final class StoreSnapshot {

    private StoreSnapshot() {
    }

    /** Every named graph of the store's current database, copied. */
    public static DatasetGraph of(StoreLocation location) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        try (GraphStore store = location.open()) {
            DatasetGraph dsg = store.datasetGraph();
            Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(g -> {
                Graph c = GraphFactory.createDefaultGraph();
                dsg.getGraph(g).find().forEachRemaining(c::add);
                copy.addGraph(g, c);
            }));
        }
        return copy;
    }
}
