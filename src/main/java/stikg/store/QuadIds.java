package stikg.store;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;

/**
 * The quads of a load as TDB2 node ids, in the order they came: four longs a quad in one growing array, no object
 * per quad (32 bytes a quad, as in the index records). Each id is held as the eight bytes TDB2 writes for it, read
 * as a big-endian long, so that comparing two ids as unsigned longs orders them as the B+trees order their bytes.
 */
final class QuadIds {

    private static final int WIDTH = 4;

    private long[] ids = new long[WIDTH * 4096];
    private int quads;

    void add(long g, long s, long p, long o) {
        if (WIDTH * quads + WIDTH > ids.length) {
            ids = Arrays.copyOf(ids, ids.length * 2);
        }
        int i = WIDTH * quads++;
        ids[i] = g;
        ids[i + 1] = s;
        ids[i + 2] = p;
        ids[i + 3] = o;
    }

    int size() {
        return quads;
    }

    /**
     * The records of the quad index whose column order {@code map} gives (from the primary order G, S, P, O),
     * sorted as the index orders them, each quad once (a quad added twice is stored once, as any TDB2 add does).
     */
    Iterator<Record> sortedRecords(TupleMap map, RecordFactory factory) {
        // where each column of the index takes its id from in the primary order
        int[] from = new int[WIDTH];
        var columns = map.map(TupleFactory.tuple(0, 1, 2, 3));
        for (int c = 0; c < WIDTH; c++) {
            from[c] = columns.get(c);
        }
        Key[] keys = new Key[quads];
        for (int q = 0; q < quads; q++) {
            int i = WIDTH * q;
            keys[q] = new Key(ids[i + from[0]], ids[i + from[1]], ids[i + from[2]], ids[i + from[3]]);
        }
        Arrays.sort(keys);
        return new Records(keys, factory);
    }

    /** One quad in an index's column order. */
    private record Key(long a, long b, long c, long d) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int r = Long.compareUnsigned(a, o.a);
            if (r == 0) {
                r = Long.compareUnsigned(b, o.b);
                if (r == 0) {
                    r = Long.compareUnsigned(c, o.c);
                    if (r == 0) {
                        r = Long.compareUnsigned(d, o.d);
                    }
                }
            }
            return r;
        }

        byte[] bytes() {
            return ByteBuffer.allocate(WIDTH * Long.BYTES).putLong(a).putLong(b).putLong(c).putLong(d).array();
        }
    }

    /** The sorted keys as index records, skipping repeats; a key is dropped once it has been made a record. */
    private static final class Records implements Iterator<Record> {
        private final Key[] keys;
        private final RecordFactory factory;
        private int next;

        Records(Key[] keys, RecordFactory factory) {
            this.keys = keys;
            this.factory = factory;
        }

        @Override
        public boolean hasNext() {
            return next < keys.length;
        }

        @Override
        public Record next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Key k = keys[next];
            keys[next++] = null;
            while (next < keys.length && keys[next].equals(k)) {
                keys[next++] = null;
            }
            return factory.create(k.bytes());
        }
    }
}
