package vn.danvan.shared.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.danvan.shared.web.RequestPaths;

/**
 * Throttles sign-in attempts per client address, on top of the per-account lockout: a burst of guesses from one
 * place is slowed down before it reaches the password check.
 */
class SignInRateLimitFilter extends OncePerRequestFilter {

    private static final int MAX_TRACKED = 50_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int attemptsPerMinute;

    SignInRateLimitFilter(int attemptsPerMinute) {
        this.attemptsPerMinute = attemptsPerMinute;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(RequestPaths.pathOf(request)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(
                request.getRemoteAddr(),
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(attemptsPerMinute)
                                .refillGreedy(attemptsPerMinute, Duration.ofMinutes(1))
                                .build())
                        .build());
        if (bucket.tryConsume(1)) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?throttled");
        }
    }
}
