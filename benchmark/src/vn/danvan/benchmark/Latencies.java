package vn.danvan.benchmark;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The latencies of one kind of request: recorded by one virtual user without locking, then merged into a summary.
 * Every sample is kept, so the percentiles are exact (a few hundred thousand longs at most).
 */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;
    private long bytes;
    private final Map<String, Integer> errors = new TreeMap<>();

    void ok(long elapsedNanos, long responseBytes) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
        bytes += responseBytes;
    }

    void error(String what) {
        errors.merge(what, 1, Integer::sum);
    }

    static Summary summarise(Collection<Latencies> parts, double seconds) {
        int total = parts.stream().mapToInt(p -> p.count).sum();
        long[] all = new long[total];
        int at = 0;
        long bytes = 0;
        Map<String, Integer> errors = new TreeMap<>();
        for (Latencies p : parts) {
            System.arraycopy(p.nanos, 0, all, at, p.count);
            at += p.count;
            bytes += p.bytes;
            p.errors.forEach((k, v) -> errors.merge(k, v, Integer::sum));
        }
        Arrays.sort(all);
        int errorCount = errors.values().stream().mapToInt(Integer::intValue).sum();
        return new Summary(
                total,
                errorCount,
                seconds > 0 ? total / seconds : 0,
                percentile(all, 50),
                percentile(all, 95),
                percentile(all, 99),
                total == 0 ? 0 : all[total - 1] / 1e6,
                total == 0 ? 0 : Arrays.stream(all).average().orElse(0) / 1e6,
                total == 0 ? 0 : bytes / total,
                errors);
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** Successful requests only in the latencies; errors are counted apart, by kind. */
    record Summary(
            int count,
            int errors,
            double perSecond,
            double p50,
            double p95,
            double p99,
            double max,
            double mean,
            long meanBytes,
            Map<String, Integer> errorKinds) {}
}
