package stikg.replica;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import stikg.vocab.Graphs;

/** What the replica tests share: writes over HTTP and comparable exports of a store. */
final class ReplicaTesting {

    static final String PASSWORDS = "admin: admin-pw\nreplica: replica-pw\n";

    private ReplicaTesting() {
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A SPARQL update as the writer's admin; a fresh client each time (Jetty may close a refused connection). */
    static HttpResponse<String> update(String baseUrl, String sparqlUpdate) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(baseUrl + "/stikg/update"))
                .header("Content-Type", "application/sparql-update").header("Authorization", basic("admin", "admin-pw"))
                .POST(HttpRequest.BodyPublishers.ofString(sparqlUpdate)).build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
    }

    /** Every quad of the store but the server's own replication record, as sorted N-Quads lines. */
    static List<String> sortedNQuads(DatasetGraph dsg, Graphs graphs) {
        String replication = UserGraphs.replicationGraph(graphs);
        return Txn.calculateRead(dsg, () -> {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            dsg.find().forEachRemaining(q -> {
                if (!q.getGraph().isURI() || !q.getGraph().getURI().equals(replication)) {
                    copy.add(q);
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, copy, Lang.NQUADS);
            return out.toString(StandardCharsets.UTF_8).lines().sorted().toList();
        });
    }
}
