package stikg.store;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.rdf.model.Resource;

/**
 * The text index as the store's transactions should see it: only the write transaction that changed the index
 * commits or rolls it back.
 *
 * <p>jena-text joins TDB2's transactions as a component that TDB2 asks to commit or abort at the end of every
 * transaction, readers included, while Lucene has one {@code IndexWriter} for all of them. Unguarded, a query that
 * times out or fails (Fuseki aborts its read transaction) rolls back the writer's pending documents, so a write
 * that then commits is in the store but missing from the index; and a reader that commits publishes a write's
 * documents before that write has committed, so a write that is then refused leaves hits for labels the store
 * never held. Here the thread that made the pending changes owns them, and a commit or rollback from any other
 * thread is a no-op. TDB2 admits one writer at a time, so the owner is that writer.
 */
final class WriterOwnedTextIndex implements TextIndex {

    private final TextIndex index;
    private final AtomicReference<Thread> owner = new AtomicReference<>();

    WriterOwnedTextIndex(TextIndex index) {
        this.index = index;
    }

    private void changing() {
        owner.compareAndSet(null, Thread.currentThread());
    }

    private boolean ownedHere() {
        return owner.get() == Thread.currentThread();
    }

    @Override
    public void prepareCommit() {
        if (ownedHere()) {
            index.prepareCommit();
        }
    }

    @Override
    public void commit() {
        if (ownedHere()) {
            index.commit();
            owner.set(null);
        }
    }

    @Override
    public void rollback() {
        if (ownedHere()) {
            try {
                index.rollback();
            } finally {
                owner.set(null);
            }
        }
    }

    @Override
    public void addEntity(Entity entity) {
        changing();
        index.addEntity(entity);
    }

    @Override
    public void updateEntity(Entity entity) {
        changing();
        index.updateEntity(entity);
    }

    @Override
    public void deleteEntity(Entity entity) {
        changing();
        index.deleteEntity(entity);
    }

    @Override
    public Map<String, Node> get(String uri) {
        return index.get(uri);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit) {
        return index.query(property, qs, graphURI, lang, limit);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang) {
        return index.query(property, qs, graphURI, lang);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        return index.query(property, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(List<Resource> props, String qs, String graphURI, String lang, int limit,
            String highlight) {
        return index.query(props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(String uri, List<Resource> props, String qs, String graphURI, String lang, int limit,
            String highlight) {
        return index.query(uri, props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(Node subj, List<Resource> props, String qs, String graphURI, String lang, int limit,
            String highlight) {
        return index.query(subj, props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(String uri, Node property, String qs, String graphURI, String lang, int limit,
            String highlight) {
        return index.query(uri, property, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public EntityDefinition getDocDef() {
        return index.getDocDef();
    }

    @Override
    public void close() {
        index.close();
    }
}
