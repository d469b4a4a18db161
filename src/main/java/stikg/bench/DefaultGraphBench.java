package stikg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * What the union default graph costs: the same queries, in this JVM without HTTP, over the built store whose default
 * graph is the union of its named graphs (as stikg serves it) and over a copy of the same triples loaded into a
 * plain default graph by the TDB2 bulk loader. Queries alternate between the two, one run each at a time.
 */
final class DefaultGraphBench {

    /**
     * A BSBM query 5 look-alike on stikg's data: other figures in the same currency whose amount is within 20 % of
     * one of a plan's targets (a join on a shared feature with numeric filters, the shape the union made 4-5× slower).
     */
    static String similarTargets(String planIri) {
        return """
                PREFIX sti: <https://w3id.org/stikg/ontology#>
                SELECT DISTINCT ?other ?amount WHERE {
                  <%s> sti:target ?t . ?t sti:currency ?cur ; sti:amount ?a0 .
                  ?other sti:currency ?cur ; sti:amount ?amount .
                  FILTER(?other != ?t && ?amount > ?a0 * 0.8 && ?amount < ?a0 * 1.2)
                } ORDER BY ?amount ?other LIMIT 20
                """.formatted(planIri);
    }

    private final Progress progress;
    private final double secondsPerQuery;

    DefaultGraphBench(Progress progress, double secondsPerQuery) {
        this.progress = progress;
        this.secondsPerQuery = secondsPerQuery;
    }

    /** Copies the union of {@code tdb2Dir}'s named graphs into a plain default graph at {@code plainDir}, then times. */
    List<Measurements.DefaultGraph> run(String dataset, Path tdb2Dir, Path plainDir, List<Workload.Request> requests) {
        DatasetGraph union = DatabaseMgr.connectDatasetGraph(tdb2Dir.toString());
        union.getContext().set(TDB2.symUnionDefaultGraph, true);
        DatasetGraph plain = DatabaseMgr.connectDatasetGraph(plainDir.toString());
        try {
            long t0 = System.nanoTime();
            DataLoader loader = LoaderFactory.createLoader(plain, (fmt, args) -> { });
            loader.startBulk();
            StreamRDF stream = loader.stream();
            Txn.executeRead(union, () -> union.getUnionGraph().find().forEachRemaining(stream::triple));
            loader.finishBulk();
            progress.say("dataset %s: union copied to a plain default graph in %.1f s", dataset,
                    (System.nanoTime() - t0) / 1e9);
            List<Measurements.DefaultGraph> out = new ArrayList<>();
            for (Workload.Request r : requests) {
                if (r.textSearch()) {
                    continue; // the plain copy has no text index
                }
                out.add(compare(dataset, r.name(), r.text(), union, plain));
            }
            return out;
        } finally {
            TDBInternal.expel(union);
            TDBInternal.expel(plain);
        }
    }

    Measurements.DefaultGraph compare(String dataset, String name, String text, DatasetGraph union, DatasetGraph plain) {
        var query = QueryFactory.create(text);
        int rowsU = run(union, query);
        int rowsP = run(plain, query);
        List<Double> u = new ArrayList<>();
        List<Double> p = new ArrayList<>();
        long budget = (long) (secondsPerQuery * 1e9);
        long start = System.nanoTime();
        while (u.size() < 5 || (System.nanoTime() - start < budget && u.size() < 200)) {
            long a = System.nanoTime();
            run(union, query);
            long b = System.nanoTime();
            run(plain, query);
            long c = System.nanoTime();
            u.add((b - a) / 1e6);
            p.add((c - b) / 1e6);
        }
        return new Measurements.DefaultGraph(dataset, name, rowsU, rowsP, u.size(), p50(u), p50(p));
    }

    private static int run(DatasetGraph dsg, org.apache.jena.query.Query query) {
        return Txn.calculateRead(dsg, () -> {
            int n = 0;
            if (query.isAskType()) {
                QueryExec.dataset(dsg).query(query).ask();
                return 1;
            }
            if (!query.isSelectType()) {
                return (int) QueryExec.dataset(dsg).query(query).construct().size();
            }
            RowSet rows = QueryExec.dataset(dsg).query(query).select();
            while (rows.hasNext()) {
                rows.next();
                n++;
            }
            return n;
        });
    }

    private static double p50(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return Summary.percentile(v, 50);
    }
}
