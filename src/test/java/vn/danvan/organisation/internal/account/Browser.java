package vn.danvan.organisation.internal.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * One browser as the server sees it: an address of its own and the cookies it was given, sent back with every
 * request. Signing in goes through the real sign-in form, so the session lives in the database like in production
 * and the per-address sign-in throttle counts this browser alone.
 */
final class Browser {

    private final MockMvcTester mvc;
    private final String address;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    Browser(MockMvcTester mvc) {
        this.mvc = mvc;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        this.address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    /** Another browser that presents a cookie this one was given, as a stolen or stale cookie would be. */
    Browser replaying(Cookie cookie) {
        Browser other = new Browser(mvc);
        other.cookies.put(cookie.getName(), cookie);
        return other;
    }

    String address() {
        return address;
    }

    Cookie sessionCookie() {
        Cookie session = cookies.get("SESSION");
        if (session == null) {
            throw new IllegalStateException("This browser has no session cookie");
        }
        return session;
    }

    MvcTestResult signIn(String username, String password) {
        return post("/login", "username", username, "password", password);
    }

    MvcTestResult get(String url) {
        return send(mvc.get().uri(url));
    }

    MvcTestResult post(String url, String... fields) {
        MockMvcTester.MockMvcRequestBuilder request = mvc.post().uri(url).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return send(request);
    }

    private MvcTestResult send(MockMvcTester.MockMvcRequestBuilder request) {
        request.remoteAddress(address);
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        MvcTestResult result = request.exchange();
        for (Cookie cookie : result.getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
        return result;
    }
}
