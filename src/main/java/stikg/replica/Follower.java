package stikg.replica;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a replica's user graphs a prefix of the writer's history. Each step asks the writer's log for the patches
 * after the one the store records, checks each one's place ({@code prev} is the patch reached, {@code id} the next
 * number of the same log, {@code build} the build the store holds) and applies it in one transaction with the new
 * record. It trusts nothing else of the answer: a malformed, cut or out-of-place delivery changes nothing. A store
 * with no record, of another log, behind the log's oldest kept patch or ahead of its last loads a snapshot instead
 * (resyncs whole); a writer with another build asks for a rebuild first.
 */
public final class Follower {

    private static final Logger LOG = LoggerFactory.getLogger(Follower.class);

    /** What a step found to do beyond applying patches. */
    public enum Outcome { CURRENT, APPLIED, RESYNCED, REBUILD_NEEDED, REFUSED, WRITER_UNREACHABLE, HELD }

    private final WriterClient writer;
    private final ReplicaProgress progress;
    private final Duration wait;
    private final BooleanSupplier held;
    private ReplicaStore store;
    private String writerBuild;
    private String lastRefusal;

    Follower(WriterClient writer, ReplicaStore store, ReplicaProgress progress, Duration wait) {
        this(writer, store, progress, wait, () -> false);
    }

    /** {@code held}: while true the replica stays at its version (an operator's hold, for maintenance). */
    Follower(WriterClient writer, ReplicaStore store, ReplicaProgress progress, Duration wait, BooleanSupplier held) {
        this.writer = writer;
        this.store = store;
        this.progress = progress;
        this.wait = wait;
        this.held = held;
    }

    /** After a rebuild: the new store to follow into. */
    void follow(ReplicaStore newStore) {
        this.store = newStore;
    }

    /** The writer's build as last seen; null before the first answer. */
    String writerBuild() {
        return writerBuild;
    }

    /** Why the last delivery was refused, if one was. */
    Optional<String> lastRefusal() {
        return Optional.ofNullable(lastRefusal);
    }

    /** One exchange with the writer (waiting up to the configured time for a new patch). */
    public Outcome step() throws InterruptedException {
        if (held.getAsBoolean()) {
            return Outcome.HELD;
        }
        Optional<ReplicaState> state = store.state();
        WriterClient.Delivery d;
        try {
            d = writer.after(state.map(s -> s.reached().number()).orElse(0L), state.isPresent() ? wait : Duration.ZERO);
        } catch (IOException e) {
            LOG.debug("writer not reachable: {}", e.getMessage());
            return Outcome.WRITER_UNREACHABLE;
        }
        if (held.getAsBoolean()) {
            return Outcome.HELD; // put on hold while the request waited: apply nothing
        }
        writerBuild = d.build();
        if (!d.build().equals(store.build())) {
            progress.writerSaid(d.build(), d.last());
            return Outcome.REBUILD_NEEDED;
        }
        if (state.isEmpty() || !state.get().reached().log().equals(d.log())
                || !state.get().build().equals(store.build())
                || state.get().reached().number() + 1 < d.first() || state.get().reached().number() > d.last()) {
            return resync();
        }
        PatchId reached = state.get().reached();
        List<ReceivedPatches.Received> patches;
        try {
            patches = ReceivedPatches.parse(d.body());
            for (ReceivedPatches.Received p : patches) {
                checkPlace(p, reached);
                reached = p.id();
            }
        } catch (ReceivedPatches.RefusedPatchException | IllegalArgumentException e) {
            return refuse(e.getMessage());
        }
        try {
            for (int i = 0; i < patches.size(); i++) {
                store.apply(patches.get(i), i == patches.size() - 1);
                progress.applied(patches.get(i).id());
            }
        } catch (ReceivedPatches.RefusedPatchException e) {
            return refuse(e.getMessage());
        }
        progress.serving(store.build(), reached);
        progress.writerSaid(d.build(), d.last());
        lastRefusal = null;
        return patches.isEmpty() ? Outcome.CURRENT : Outcome.APPLIED;
    }

    private void checkPlace(ReceivedPatches.Received p, PatchId reached) {
        PatchId id = p.id();
        if (!p.previous().equals(reached)) {
            throw new ReceivedPatches.RefusedPatchException("patch " + id + " follows " + p.previous() + ", not "
                    + reached + " which this store reached");
        }
        if (!id.equals(reached.next())) {
            throw new ReceivedPatches.RefusedPatchException("patch " + id + " is not the one after " + reached);
        }
        if (!p.build().equals(store.build())) {
            throw new ReceivedPatches.RefusedPatchException("patch " + id + " was made over build " + p.build()
                    + ", this store holds " + store.build());
        }
    }

    private Outcome resync() throws InterruptedException {
        progress.hold("loading the writer's user graphs (resync)");
        WriterClient.Delivery d;
        try {
            d = writer.snapshot();
        } catch (IOException e) {
            return Outcome.WRITER_UNREACHABLE;
        }
        try {
            List<ReceivedPatches.Received> parsed = ReceivedPatches.parse(d.body());
            if (parsed.size() != 1) {
                throw new ReceivedPatches.RefusedPatchException("a snapshot is one patch, not " + parsed.size());
            }
            ReceivedPatches.Received snapshot = parsed.get(0);
            if (!snapshot.id().log().equals(d.log()) || !snapshot.build().equals(d.build())) {
                throw new ReceivedPatches.RefusedPatchException("the snapshot's header disagrees with the log's");
            }
            if (!snapshot.build().equals(store.build())) {
                writerBuild = snapshot.build();
                return Outcome.REBUILD_NEEDED;
            }
            store.replaceUserGraphs(snapshot);
            progress.serving(store.build(), snapshot.id());
            progress.writerSaid(d.build(), d.last());
            LOG.info("Loaded the writer's user graphs at patch {}", snapshot.id());
            lastRefusal = null;
            return Outcome.RESYNCED;
        } catch (ReceivedPatches.RefusedPatchException | IllegalArgumentException e) {
            return refuse("snapshot: " + e.getMessage());
        }
    }

    private Outcome refuse(String why) {
        if (!why.equals(lastRefusal)) {
            LOG.warn("Refused what the writer sent, nothing applied: {}", why);
        }
        lastRefusal = why;
        return Outcome.REFUSED;
    }
}
