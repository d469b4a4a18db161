package stikg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.tdb2.sys.DatabaseOps;

/**
 * A TDB2 journal whose last entry a crash cut off ({@code kill -9} or a power cut while a commit was being written).
 * TDB2 writes a transaction's entries and then its commit entry, and syncs; on opening it replays the transactions
 * whose commit entry it can read. An entry cut short can only be the last one, of a transaction that never committed,
 * yet TDB2 5.6 refuses to open the database when it meets one ("Failed to read the journal entry data"). So before the
 * database is opened, an entry that runs past the end of its journal is cut away, and nothing else: whole entries,
 * committed or not, stay for TDB2's own recovery to judge, and an unreadable entry before the end (damage, not a cut)
 * is left for TDB2 to report.
 */
final class TornJournal {

    private TornJournal() {
    }

    /**
     * Cuts the entry that runs past the end of each journal of the TDB2 database in {@code tdb2Dir}, unless a live
     * process (this one or another) holds the database, whose journal is then its own; a lock left by a process that
     * died is taken. Returns the bytes cut, 0 if none.
     */
    static long mend(Path tdb2Dir) {
        if (!Files.isDirectory(tdb2Dir)) {
            return 0;
        }
        ProcessFileLock lock = ProcessFileLock.create(tdb2Dir.resolve(Names.TDB_LOCK_FILE).toString());
        if (lock.isLockedHere() || !lock.tryLock()) {
            return 0;
        }
        try {
            long cut = 0;
            for (Path storage : storageFolders(tdb2Dir)) {
                if (Files.exists(storage.resolve(Names.journalFile))) {
                    cut += mendJournal(storage);
                }
            }
            return cut;
        } finally {
            // released whole, not only unlocked, so that TDB2 can take the lock file afresh when it opens the database
            ProcessFileLock.release(lock);
        }
    }

    /** The storage folders of a TDB2 database ({@code Data-0001}, …). */
    private static List<Path> storageFolders(Path tdb2Dir) {
        try (Stream<Path> s = Files.list(tdb2Dir)) {
            String prefix = DatabaseOps.dbNameBase + DatabaseOps.SEP;
            return s.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith(prefix)).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the journal entry by entry from its start; cuts at the entry that cannot be read if it is the last. */
    private static long mendJournal(Path storage) {
        Journal journal = Journal.create(Location.create(storage.toString()));
        try {
            long size = journal.size();
            long at = 0;
            while (at < size) {
                try {
                    // read where the channel stands, so that it stays at the entry's end
                    journal.readJournal(at);
                } catch (TransactionException e) {
                    if (journal.position() < size) {
                        return 0;   // damage before the end: not a cut, TDB2 reports it
                    }
                    journal.truncate(at);
                    journal.sync();
                    return size - at;
                }
                long next = journal.position();
                if (next <= at) {
                    return 0;
                }
                at = next;
            }
            return 0;
        } finally {
            journal.close();
        }
    }
}
