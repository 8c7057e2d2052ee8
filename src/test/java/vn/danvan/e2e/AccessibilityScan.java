package vn.danvan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.webjars.WebJarVersionLocator;

/**
 * Runs axe-core (from its webjar on the test classpath) in the page under test. The script is injected through
 * WebDriver, which the page's Content-Security-Policy does not govern, so the application needs no exception for it.
 * Every violation is printed; serious and critical ones fail the test.
 */
final class AccessibilityScan {

    private static final String RUN_AXE = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(function (result) {
              done(result.violations.map(function (v) {
                return {
                  id: v.id, impact: v.impact || 'unknown', help: v.help, helpUrl: v.helpUrl,
                  nodes: v.nodes.map(function (n) {
                    return {
                      target: n.target.map(function (t) { return typeof t === 'string' ? t : JSON.stringify(t); })
                          .join(' >>> '),
                      html: n.html,
                      summary: n.failureSummary || ''
                    };
                  })
                };
              }));
            }, function (error) { done('axe-core failed: ' + error); });
            """;

    private static volatile String axeSource;

    private final List<String> blocking = new ArrayList<>();

    /** One rule broken on a page, with the CSS selectors of the offending elements. */
    record Violation(String page, String url, String id, String impact, String help, String helpUrl, List<Node> nodes) {

        boolean seriousOrWorse() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return "[%s] %s on %s (%s): %s — %s%s"
                    .formatted(
                            impact,
                            id,
                            page,
                            url,
                            help,
                            helpUrl,
                            nodes.stream().map(Node::toString).collect(Collectors.joining()));
        }
    }

    /** An offending element: its CSS selector, its markup, and what axe-core found wrong with it. */
    record Node(String target, String html, String summary) {

        static Node of(Object raw) {
            Map<?, ?> node = (Map<?, ?>) raw;
            return new Node((String) node.get("target"), (String) node.get("html"), (String) node.get("summary"));
        }

        @Override
        public String toString() {
            return "%n      target: %s%n        html: %s%n        %s"
                    .formatted(target, html, summary.replace("\n", "\n        "));
        }
    }

    void scan(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(axeSource());
        }
        Object result = js.executeAsyncScript(RUN_AXE);
        assertThat(result).as("axe-core result on %s", page).isInstanceOf(List.class);
        List<Violation> violations = ((List<?>) result)
                .stream()
                        .map(v -> (Map<?, ?>) v)
                        .map(v -> new Violation(
                                page,
                                driver.getCurrentUrl(),
                                (String) v.get("id"),
                                (String) v.get("impact"),
                                (String) v.get("help"),
                                (String) v.get("helpUrl"),
                                ((List<?>) v.get("nodes"))
                                        .stream().map(Node::of).toList()))
                        .toList();
        System.out.printf(
                "Accessibility scan of %s (%s): %d violation(s)%n", page, driver.getCurrentUrl(), violations.size());
        violations.forEach(v -> System.out.println("  " + v));
        violations.stream()
                .filter(Violation::seriousOrWorse)
                .map(Violation::toString)
                .forEach(blocking::add);
    }

    void assertNothingSeriousOrCritical() {
        assertThat(blocking)
                .withFailMessage(() -> "Serious or critical accessibility violations (axe-core):%n  %s"
                        .formatted(blocking.stream().collect(Collectors.joining(System.lineSeparator() + "  "))))
                .isEmpty();
    }

    private static String axeSource() {
        if (axeSource == null) {
            String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
            assertThat(path).as("the axe-core webjar on the test classpath").isNotNull();
            try (InputStream in = AccessibilityScan.class.getClassLoader().getResourceAsStream(path)) {
                assertThat(in).as("axe-core on the test classpath at %s", path).isNotNull();
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }
}
