package stikg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples the heap in use every few milliseconds on a daemon thread and keeps the highest value seen. */
final class HeapSampler implements AutoCloseable {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    HeapSampler() {
        peak = used();
        thread = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, used());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** The heap in use after a full collection: what is live. */
    static long live() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return used();
    }

    long peak() {
        return Math.max(peak, used());
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
