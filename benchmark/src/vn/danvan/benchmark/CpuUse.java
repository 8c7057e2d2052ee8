package vn.danvan.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where the machine's CPU went during a window: the app's JVM, the PostgreSQL server (postmaster and its backends),
 * this load client, and everything else, read from {@code /proc}. On a shared machine the last one says how much the
 * latencies were inflated by neighbours. Shares are of the whole machine (all cores together = 1).
 */
record CpuUse(double app, double postgres, double client, double others, double idle, double serverCpuMillis) {

    /** Clock ticks per second of /proc times; 100 on Linux. */
    private static final double TICKS_PER_SECOND = 100;

    record Snapshot(long total, long idle, long app, long postgres, long client) {}

    static Snapshot snapshot(long appPid, long pgPid) {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length; i++) {
                total += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
            return new Snapshot(total, idle, ticks(appPid), postgres(pgPid), ticks(ProcessHandle.current().pid()));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static CpuUse between(Snapshot a, Snapshot b) {
        if (a == null || b == null || b.total() == a.total()) {
            return new CpuUse(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double total = b.total() - a.total();
        double idle = (b.idle() - a.idle()) / total;
        double app = (b.app() - a.app()) / total;
        double pg = (b.postgres() - a.postgres()) / total;
        double client = (b.client() - a.client()) / total;
        double others = Math.max(0, 1 - idle - app - pg - client);
        double serverMillis = (b.app() - a.app() + b.postgres() - a.postgres()) / TICKS_PER_SECOND * 1000;
        return new CpuUse(app, pg, client, others, idle, serverMillis);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "app %.0f%%, PostgreSQL %.0f%%, client %.0f%%, others %.0f%%, idle %.0f%%",
                app * 100, postgres * 100, client * 100, others * 100, idle * 100);
    }

    /** The postmaster, its children now, and its exited children. */
    private static long postgres(long postmaster) {
        if (postmaster <= 0) {
            return 0;
        }
        long sum = ticks(postmaster) + children(postmaster);
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String[] f = fields(Long.parseLong(p.getFileName().toString()));
                if (f != null && Long.parseLong(f[1]) == postmaster) {
                    sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                }
            }
        } catch (IOException e) {
            return sum;
        }
        return sum;
    }

    private static long ticks(long pid) {
        String[] f = pid > 0 ? fields(pid) : null;
        return f == null ? 0 : Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static long children(long pid) {
        String[] f = fields(pid);
        return f == null ? 0 : Long.parseLong(f[13]) + Long.parseLong(f[14]);
    }

    /** Fields of /proc/pid/stat after the command name: [0] state, [1] ppid, … [11] utime, [12] stime, [13] cutime. */
    private static String[] fields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
