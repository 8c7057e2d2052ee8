package vn.danvan.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium session against the running application: navigation, explicit waits, full-page screenshots
 * in {@code target/e2e-screenshots} and an accessibility scan of every page visited. Each session has its own fresh
 * profile, so no cookie (session, language) leaks from one test to the next.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final String baseUrl;
    private final String journey;
    private final Path profile;
    private final AccessibilityScan accessibility = new AccessibilityScan();
    private int shots;

    private Browser(ChromeDriver driver, String baseUrl, String journey, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.journey = journey;
        this.profile = profile;
    }

    /** Starts Chromium with a desktop window; {@code journey} names the screenshots. */
    static Browser start(int port, String journey) {
        return start(port, journey, false);
    }

    /**
     * Starts Chromium emulating a small phone: a 360 × 740 CSS-pixel touch screen at device pixel ratio 2, as a cheap
     * Android phone (a plain window cannot be made that narrow).
     */
    static Browser startPhone(int port, String journey) {
        return start(port, journey, true);
    }

    private static Browser start(int port, String journey, boolean phone) {
        BrowserInstallation installation = BrowserInstallation.fromEnvironment();
        try {
            Files.createDirectories(SCREENSHOTS);
            deleteScreenshotsOf(journey);
            Path profile = Files.createTempDirectory("danvan-e2e-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(installation.chromium().toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    phone ? "--window-size=400,800" : "--window-size=1280,900",
                    "--lang=vi",
                    "--user-data-dir=" + profile);
            if (phone) {
                options.setExperimentalOption(
                        "mobileEmulation",
                        java.util.Map.of(
                                "deviceMetrics",
                                java.util.Map.of("width", 360, "height", 740, "pixelRatio", 2.0, "touch", true)));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(installation.chromedriver().toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(TIMEOUT).scriptTimeout(TIMEOUT);
            return new Browser(driver, "http://localhost:" + port, journey, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The width of the whole page in CSS pixels: wider than the window means the user has to scroll sideways. */
    long pageWidth() {
        return ((Number) driver.executeScript("return document.documentElement.scrollWidth;")).longValue();
    }

    /** The width of the window's viewport in CSS pixels. */
    long viewportWidth() {
        return ((Number) driver.executeScript("return window.innerWidth;")).longValue();
    }

    void visit(String pathAndQuery) {
        driver.get(baseUrl + pathAndQuery);
    }

    /** Waits until the element is visible. */
    WebElement find(By by) {
        return waitUntil("visible " + by, ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the element can be clicked, then clicks it. */
    void click(By by) {
        click(waitUntil("clickable " + by, ExpectedConditions.elementToBeClickable(by)));
    }

    /** Brings the element to the middle of the window (nothing sticky in the way), then clicks it. */
    void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Waits until the address bar shows exactly this path and query, e.g. {@code /login?error}. */
    void waitForAddress(String pathAndQuery) {
        waitUntil("address " + pathAndQuery, d -> pathAndQuery.equals(pathAndQuery(currentUrl())));
    }

    private static String pathAndQuery(URI url) {
        return url.getRawQuery() == null ? url.getPath() : url.getPath() + "?" + url.getRawQuery();
    }

    /** Waits until the address bar satisfies the condition. */
    void waitForUrl(String expectation, Predicate<URI> condition) {
        waitUntil(expectation, d -> condition.test(currentUrl()));
    }

    private <T> T waitUntil(String expectation, Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, TIMEOUT)
                    .withMessage(() -> "expected " + expectation + " at " + driver.getCurrentUrl())
                    .until(condition);
        } catch (TimeoutException e) {
            screenshot("timed-out");
            throw e;
        }
    }

    /** The path of the page shown now. */
    String currentPath() {
        return currentUrl().getPath();
    }

    private URI currentUrl() {
        return URI.create(driver.getCurrentUrl());
    }

    /** The {@code lang} attribute of the page, once the page has one. */
    String pageLanguage() {
        return find(By.tagName("html")).getDomAttribute("lang");
    }

    /** Saves a screenshot and scans the page for accessibility violations; to call on each page visited. */
    void record(String page) {
        screenshot(page);
        accessibility.scan(driver, page);
    }

    /** Fails if any page recorded so far had a serious or critical accessibility violation. */
    void assertAccessible() {
        accessibility.assertNothingSeriousOrCritical();
    }

    /** Saves the whole page as {@code target/e2e-screenshots/<journey>-<nn>-<page>.png}, for humans to look at. */
    private Path screenshot(String page) {
        Path file = SCREENSHOTS.resolve("%s-%02d-%s.png".formatted(journey, ++shots, page));
        try {
            Files.write(file, fullPage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private byte[] fullPage() {
        try {
            Number width = (Number) script("return document.documentElement.scrollWidth");
            Number height = (Number) script("return document.documentElement.scrollHeight");
            Map<String, Object> shot = driver.executeCdpCommand(
                    "Page.captureScreenshot",
                    Map.of(
                            "format",
                            "png",
                            "captureBeyondViewport",
                            true,
                            "clip",
                            Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            return Base64.getDecoder().decode((String) shot.get("data"));
        } catch (WebDriverException | ClassCastException e) {
            return driver.getScreenshotAs(OutputType.BYTES);
        }
    }

    private Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    /** Screenshots of an earlier run of the same journey would mislead once pages are added or removed. */
    private static void deleteScreenshotsOf(String journey) throws IOException {
        try (Stream<Path> files = Files.list(SCREENSHOTS)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().startsWith(journey + "-")) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary profile is harmless.
        }
    }
}
