package vn.danvan.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times pages one after another for one signed-in user (no concurrency): each page is requested a number of times
 * after two warm-up requests, and the median, 95th percentile and maximum are printed as a Markdown table row.
 *
 * <p>Arguments: base URL, username, password, repetitions, then the paths ({@code label=path}).
 */
public final class PageTimer {

    private PageTimer() {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String username = args[1];
        String password = args[2];
        int repetitions = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Browser browser = new Browser(http, base);
        Browser.SignIn signIn = browser.signIn(username, password);
        if (!signIn.ok()) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + signIn.failure());
        }
        for (int i = 4; i < args.length; i++) {
            String[] labelAndPath = args[i].split("=", 2);
            String path = labelAndPath[1];
            String accept = path.contains(".geojson") ? "application/geo+json" : null;
            for (int w = 0; w < 2; w++) {
                check(get(browser, path, accept), path);
            }
            List<Double> millis = new ArrayList<>();
            int bytes = 0;
            for (int r = 0; r < repetitions; r++) {
                long t0 = System.nanoTime();
                Browser.Page page = get(browser, path, accept);
                millis.add((System.nanoTime() - t0) / 1e6);
                check(page, path);
                bytes = page.bytes().length;
            }
            Collections.sort(millis);
            System.out.printf(
                    "| %s | %s | `%s` | %d | %.1f | %.1f | %.1f | %d |%n",
                    labelAndPath[0],
                    username,
                    path,
                    repetitions,
                    millis.get(millis.size() / 2),
                    millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
                    millis.get(millis.size() - 1),
                    bytes / 1024);
        }
    }

    private static Browser.Page get(Browser browser, String path, String accept) throws Exception {
        return accept == null ? browser.get(path) : browser.get(path, accept);
    }

    private static void check(Browser.Page page, String path) {
        if (page.status() != 200) {
            throw new IllegalStateException(path + " answered " + page.status() + " " + page.location());
        }
    }
}
