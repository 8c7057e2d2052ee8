package vn.danvan.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What one signed-in person's browser does to the server: keeps the cookies (the {@code SESSION} cookie above all),
 * reads the CSRF token from the sign-in page, and follows no redirect, so that being sent back to the sign-in page
 * shows as an error rather than as a fast page.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    Browser(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** GET a page; the response body is read in full, as a browser would. */
    Page get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = request(pathAndQuery).GET().build();
        return send(request);
    }

    /** GET something other than a page (a GeoJSON or JSON document), as a script on the page would. */
    Page get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        HttpRequest request = request(pathAndQuery).setHeader("Accept", accept).GET().build();
        return send(request);
    }

    /**
     * Signs in through the form: GET /login for the session and the CSRF token, then POST /login. The two steps are
     * timed apart; the POST is where the password is checked.
     */
    SignIn signIn(String username, String password) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Page form = get("/login");
        long t1 = System.nanoTime();
        if (form.status() != 200) {
            return new SignIn(false, "GET /login " + form.status(), t1 - t0, 0);
        }
        Matcher m = CSRF.matcher(form.body());
        if (!m.find()) {
            return new SignIn(false, "no _csrf on /login", t1 - t0, 0);
        }
        String csrf = m.group(1) != null ? m.group(1) : m.group(2);
        String body = Map.of("username", username, "password", password, "_csrf", csrf).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest post = request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long t2 = System.nanoTime();
        Page result = send(post);
        long t3 = System.nanoTime();
        String location = result.location();
        boolean ok = result.status() == 302 && location != null && !location.contains("/login");
        return new SignIn(
                ok, ok ? null : "POST /login " + result.status() + " -> " + location, t1 - t0, t3 - t2);
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(TIMEOUT)
                .header("Accept", "text/html,application/xhtml+xml")
                .header("Accept-Language", "vi");
        if (!cookies.isEmpty()) {
            builder.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private Page send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        for (String header : response.headers().allValues("set-cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                if (value.isEmpty()) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
        }
        return new Page(
                response.statusCode(),
                response.body(),
                response.headers().firstValue("location").orElse(null));
    }

    record Page(int status, byte[] bytes, String location) {
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The outcome of a sign-in; {@code postNanos} is the POST /login that checks the password. */
    record SignIn(boolean ok, String failure, long formNanos, long postNanos) {}
}
