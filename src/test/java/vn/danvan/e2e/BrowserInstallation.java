package vn.danvan.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where Debian's Chromium and chromedriver are: {@code CHROMIUM_BIN} and {@code CHROMEDRIVER_BIN}, by default
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}. No browser is ever downloaded.
 */
record BrowserInstallation(Path chromium, Path chromedriver) {

    static final String INSTALL_HINT = "Install Debian packages chromium and chromium-driver"
            + " (apt-get install chromium chromium-driver), or set DANVAN_E2E=required to make this a failure.";

    static BrowserInstallation fromEnvironment() {
        return new BrowserInstallation(
                Path.of(env("CHROMIUM_BIN", "/usr/bin/chromium")),
                Path.of(env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")));
    }

    /** What is missing, if anything. */
    Optional<String> problem() {
        if (!Files.isExecutable(chromium)) {
            return Optional.of("Chromium not found at " + chromium);
        }
        if (!Files.isExecutable(chromedriver)) {
            return Optional.of("chromedriver not found at " + chromedriver);
        }
        return Optional.empty();
    }

    /** Whether {@code DANVAN_E2E=required}: a missing browser then fails the tests instead of skipping them. */
    static boolean required() {
        return "required".equalsIgnoreCase(env("DANVAN_E2E", "").strip());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
