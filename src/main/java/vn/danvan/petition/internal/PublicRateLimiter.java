package vn.danvan.petition.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * In-memory limits per client address on the public site: at most 5 submissions and 10 failed tracking look-ups per
 * 10 minutes. Kept in this process only; a restart forgets them.
 */
@Component
class PublicRateLimiter {

    static final Duration WINDOW = Duration.ofMinutes(10);
    static final int SUBMISSIONS = 5;
    static final int FAILED_LOOKUPS = 10;
    private static final int MAX_ADDRESSES = 50_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> submissions = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    PublicRateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts a submission; false when the address has used up its allowance. */
    boolean trySubmit(String address) {
        return take(submissions, address, SUBMISSIONS);
    }

    /** Whether the address may try another tracking look-up. */
    boolean mayLookUp(String address) {
        return count(failures, address) < FAILED_LOOKUPS;
    }

    void failedLookUp(String address) {
        take(failures, address, Integer.MAX_VALUE);
    }

    /** Forgets everything (tests). */
    void reset() {
        submissions.clear();
        failures.clear();
    }

    private boolean take(Map<String, Deque<Instant>> map, String address, int limit) {
        if (map.size() > MAX_ADDRESSES) {
            map.clear();
        }
        Instant now = clock.instant();
        Deque<Instant> times = map.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    private int count(Map<String, Deque<Instant>> map, String address) {
        Deque<Instant> times = map.get(address);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times, clock.instant());
            return times.size();
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
            times.removeFirst();
        }
    }
}
