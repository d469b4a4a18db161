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
        // a copy in the index's column order, sorted in place: 32 bytes a quad, no object per quad
        long[] keys = new long[WIDTH * quads];
        for (int q = 0; q < quads; q++) {
            int i = WIDTH * q;
            for (int c = 0; c < WIDTH; c++) {
                keys[i + c] = ids[i + from[c]];
            }
        }
        new TupleSort(keys).sort(0, quads - 1);
        return new Records(keys, quads, factory);
    }

    /** Quicksort of four-long tuples in one array, ordered column by column as unsigned longs. */
    private record TupleSort(long[] a) {

        private static final int SMALL = 16;

        void sort(int lo, int hi) {
            while (hi - lo > SMALL) {
                int mid = lo + (hi - lo) / 2;
                // the median of the first, middle and last tuples as the pivot, moved to lo
                if (compare(mid, lo) < 0) {
                    swap(mid, lo);
                }
                if (compare(hi, lo) < 0) {
                    swap(hi, lo);
                }
                if (compare(hi, mid) < 0) {
                    swap(hi, mid);
                }
                swap(lo, mid);
                int i = lo + 1;
                int j = hi;
                while (true) {
                    while (i <= j && compare(i, lo) < 0) {
                        i++;
                    }
                    while (i <= j && compare(j, lo) > 0) {
                        j--;
                    }
                    if (i >= j) {
                        break;
                    }
                    swap(i++, j--);
                }
                swap(lo, j);
                // the smaller side by recursion, the larger by looping: the stack stays logarithmic
                if (j - lo < hi - j) {
                    sort(lo, j - 1);
                    lo = j + 1;
                } else {
                    sort(j + 1, hi);
                    hi = j - 1;
                }
            }
            for (int i = lo + 1; i <= hi; i++) {
                for (int k = i; k > lo && compare(k, k - 1) < 0; k--) {
                    swap(k, k - 1);
                }
            }
        }

        int compare(int x, int y) {
            int i = WIDTH * x;
            int j = WIDTH * y;
            for (int c = 0; c < WIDTH; c++) {
                int r = Long.compareUnsigned(a[i + c], a[j + c]);
                if (r != 0) {
                    return r;
                }
            }
            return 0;
        }

        void swap(int x, int y) {
            int i = WIDTH * x;
            int j = WIDTH * y;
            for (int c = 0; c < WIDTH; c++) {
                long t = a[i + c];
                a[i + c] = a[j + c];
                a[j + c] = t;
            }
        }
    }

    /** The sorted tuples as index records, skipping repeats. */
    private static final class Records implements Iterator<Record> {
        private final long[] keys;
        private final int size;
        private final RecordFactory factory;
        private int next;

        Records(long[] keys, int size, RecordFactory factory) {
            this.keys = keys;
            this.size = size;
            this.factory = factory;
        }

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public Record next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int at = WIDTH * next;
            ByteBuffer bytes = ByteBuffer.allocate(WIDTH * Long.BYTES);
            for (int c = 0; c < WIDTH; c++) {
                bytes.putLong(keys[at + c]);
            }
            do {
                next++;
            } while (next < size && same(at, WIDTH * next));
            return factory.create(bytes.array());
        }

        private boolean same(int i, int j) {
            for (int c = 0; c < WIDTH; c++) {
                if (keys[i + c] != keys[j + c]) {
                    return false;
                }
            }
            return true;
        }
    }
}
