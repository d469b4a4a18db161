package stikg.replica;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFPatchConst;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * {@code GET /stikg/patches}: the writer's log for its replicas, behind a login (only the users named as
 * replicators). {@code ?after=N} answers the patches after number N (at most {@code max}, default 100) as RDF Patch
 * text, one after the other; with {@code wait=S} it holds the request up to S seconds until there is one. The
 * response headers say which log it is ({@code Stikg-Log}), which patches it still keeps ({@code Stikg-Log-First},
 * {@code Stikg-Log-Last}) and the writer's build ({@code Stikg-Build}). {@code ?snapshot} answers every user-graph
 * quad as one patch whose {@code id} is the version it holds at least, for a replica that starts or resyncs.
 */
final class PatchLogServlet extends HttpServlet {

    static final String MEDIA_TYPE = "application/rdf-patch";
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final PatchLog log;
    private final Supplier<String> buildId;
    private final DatasetGraph dataset;
    private final UserGraphs userGraphs;
    private final Set<String> replicators;

    PatchLogServlet(PatchLog log, Supplier<String> buildId, DatasetGraph dataset, UserGraphs userGraphs, Set<String> replicators) {
        this.log = log;
        this.buildId = buildId;
        this.dataset = dataset;
        this.userGraphs = userGraphs;
        this.replicators = Set.copyOf(replicators);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
        if (!req.authenticate(resp)) {
            return; // challenged for a login
        }
        if (!replicators.contains(req.getRemoteUser())) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN, "only replicators may read the patch log");
            return;
        }
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("Stikg-Log", log.logId());
        resp.setHeader("Stikg-Build", buildId.get());
        if (req.getParameter("snapshot") != null) {
            snapshot(resp);
            return;
        }
        long after;
        int max;
        double waitSeconds;
        try {
            after = Long.parseLong(req.getParameter("after") == null ? "0" : req.getParameter("after"));
            max = Integer.parseInt(req.getParameter("max") == null ? "100" : req.getParameter("max"));
            waitSeconds = Double.parseDouble(req.getParameter("wait") == null ? "0" : req.getParameter("wait"));
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "after, max and wait are numbers");
            return;
        }
        if (after < 0 || max < 1) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "after must be at least 0 and max at least 1");
            return;
        }
        if (waitSeconds > 0 && log.first() <= after + 1) {
            try {
                Duration wait = Duration.ofMillis((long) (waitSeconds * 1000));
                log.awaitAfter(after, wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long first = log.first();
        long last = log.last().number();
        List<byte[]> patches = first <= after + 1 ? log.after(after, max) : List.of();
        resp.setHeader("Stikg-Log-First", Long.toString(first));
        resp.setHeader("Stikg-Log-Last", Long.toString(last));
        resp.setContentType(MEDIA_TYPE);
        try (OutputStream out = resp.getOutputStream()) {
            for (byte[] p : patches) {
                out.write(p);
            }
        }
    }

    /**
     * Every user-graph quad as one patch. The log's last id is read before the snapshot's read transaction
     * begins, so the snapshot holds at least that version (perhaps a later write too); replaying the patches after
     * the id over it gives the writer's state, since a patch sets each quad it names to what its last change says.
     */
    private void snapshot(HttpServletResponse resp) throws IOException {
        PatchId at = log.last();
        String build = buildId.get();
        resp.setHeader("Stikg-Log-First", Long.toString(log.first()));
        resp.setHeader("Stikg-Log-Last", Long.toString(at.number()));
        resp.setContentType(MEDIA_TYPE);
        try (OutputStream out = resp.getOutputStream()) {
            RDFChangesWriterText w = RDFPatchOps.textWriter(out);
            w.start();
            w.header(RDFPatchConst.ID, at.node());
            w.header(PatchLog.BUILD, NodeFactory.createLiteralString(build));
            w.txnBegin();
            Txn.executeRead(dataset, () -> dataset.find().forEachRemaining(q -> {
                if (userGraphs.isUser(q.getGraph())) {
                    w.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                }
            }));
            w.txnCommit();
            w.finish();
            w.close();
        }
    }
}
