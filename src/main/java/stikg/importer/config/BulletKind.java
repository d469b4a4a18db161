package stikg.importer.config;

/** What a prose line is, by the marker it starts with. */
public enum BulletKind {
    /** A leading statement of a passage (⇒, ➔, ●). */
    LEAD,
    /** An ordinary item (-, •). */
    ITEM,
    /** A remark or aside (※). */
    REMARK,
    /** The explanation of a word marked with * or ** before it. */
    EXPLANATION,
    /** A line with no marker. */
    TEXT
}
