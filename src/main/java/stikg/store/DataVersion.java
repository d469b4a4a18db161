package stikg.store;

/**
 * Which state of a store a reader sees: the database and how many writes it has committed. Two equal versions mean
 * the same data (text index included); a rebuild's new database never equals the one it replaced, as its count
 * starts again.
 *
 * @param database the open database (compared by identity)
 * @param commits the writes committed to it since it was opened, as TDB2 counts them once a commit is visible
 */
public record DataVersion(Object database, long commits) {

    @Override
    public boolean equals(Object o) {
        return o instanceof DataVersion v && v.database == database && v.commits == commits;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(database) * 31 + Long.hashCode(commits);
    }
}
