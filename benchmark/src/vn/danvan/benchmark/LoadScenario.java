package vn.danvan.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.danvan.shared.text.VietnameseText;

/**
 * A closed-loop load on a running DanVan over loopback. Each virtual user signs in with its own generated account,
 * then, with no think time, requests in turn its province's unit page (the unit tree one level down), the
 * organisations it may see (a list scoped to its area, paged in the database), and a search of units by one
 * unaccented word of a real commune name. Levels of 1, 8 and 32 users each run a short ramp then a measured window;
 * every level stops by itself.
 *
 * <p>Options ({@code --name value}): base (http://127.0.0.1:18080), db (JDBC URL of the app's database, to pick
 * accounts and search words), password, levels (1,8,32), warmup (s, at 8 users, discarded), ramp (s, per level,
 * discarded), duration (s, measured, per level), out (markdown file), seed.
 */
public final class LoadScenario {

    /** The three things a user does, measured apart. */
    enum Step {
        TREE("unit tree", "GET /units/{province}"),
        LIST("scoped list", "GET /organisations"),
        SEARCH("unit search", "GET /units?q={word}");

        final String label;
        final String request;

        Step(String label, String request) {
            this.label = label;
            this.request = request;
        }
    }

    record Account(String username, String role, String province) {}

    record LevelResult(
            int users,
            double seconds,
            Map<Step, Latencies.Summary> steps,
            Latencies.Summary all,
            Latencies.Summary signIns,
            Latencies.Summary loginForms,
            CpuUse cpu) {}

    private final URI base;
    private final String password;
    private final List<Account> accounts;
    private final List<String> words;
    private final HttpClient http;
    private final long seed;
    private final long appPid;
    private final long pgPid;
    private int nextAccount;

    private volatile long measureFrom;
    private volatile long measureUntil;

    LoadScenario(
            URI base, String password, List<Account> accounts, List<String> words, long seed, long appPid, long pgPid) {
        this.appPid = appPid;
        this.pgPid = pgPid;
        this.base = base;
        this.password = password;
        this.accounts = accounts;
        this.words = words;
        this.seed = seed;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI base = URI.create(options.getOrDefault("base", "http://127.0.0.1:18080"));
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(base.getHost())) {
            throw new IllegalArgumentException("Load goes to loopback only, not to " + base.getHost());
        }
        String db = options.getOrDefault("db", NationDataset.DEFAULT_URL);
        String password = options.getOrDefault("password", NationDataset.DEFAULT_PASSWORD);
        int[] levels = Arrays.stream(options.getOrDefault("levels", "1,8,32").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "40"));
        int ramp = Integer.parseInt(options.getOrDefault("ramp", "5"));
        int duration = Integer.parseInt(options.getOrDefault("duration", "45"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        Path out = Path.of(options.getOrDefault("out", "benchmark/target/load.md"));

        List<Account> accounts;
        List<String> words;
        String sampleHash;
        try (Connection c = DriverManager.getConnection(db, "postgres", "postgres")) {
            accounts = accounts(c);
            words = searchWords(c);
            sampleHash = sampleHash(c);
        }
        if (accounts.isEmpty()) {
            throw new IllegalStateException("No bench accounts: run NationDataset first");
        }
        Collections.shuffle(accounts, new Random(seed));
        System.out.printf(
                "%d bench accounts, %d distinct search words; levels %s, warm-up %d s, ramp %d s, measured %d s%n",
                accounts.size(), words.stream().distinct().count(), Arrays.toString(levels), warmup, ramp, duration);

        double bcryptMs = bcryptVerifyMillis(sampleHash, password);
        System.out.printf("One bcrypt verification of the account hash, here, single thread: %.1f ms%n", bcryptMs);

        long appPid = Long.parseLong(options.getOrDefault("app-pid", "0"));
        long pgPid = Long.parseLong(options.getOrDefault("pg-pid", "0"));
        LoadScenario scenario = new LoadScenario(base, password, accounts, words, seed, appPid, pgPid);
        if (warmup > 0) {
            System.out.printf("Warm-up: 8 users for %d s (not recorded)%n", warmup);
            scenario.level(8, 0, warmup);
        }
        List<LevelResult> results = new ArrayList<>();
        for (int users : levels) {
            LevelResult r = scenario.level(users, ramp, duration);
            results.add(r);
            System.out.printf(
                    Locale.ROOT,
                    "%2d users: %.1f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, errors %d; CPU %s%n",
                    users, r.all().perSecond(), r.all().p50(), r.all().p95(), r.all().p99(), r.all().errors(),
                    r.cpu());
        }
        double tpcb = Double.parseDouble(options.getOrDefault("pgbench-tpcb", "0"));
        double selectOnly = Double.parseDouble(options.getOrDefault("pgbench-select", "0"));
        String report = markdown(results, bcryptMs, ramp, duration, warmup) + ratios(results, tpcb, selectOnly);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println("Results written to " + out);
    }

    /** Runs one level: every user signs in at once, then all loop until the measured window is over. */
    LevelResult level(int users, int rampSeconds, int measuredSeconds) throws InterruptedException {
        List<Map<Step, Latencies>> perUser = new ArrayList<>();
        List<Latencies> signIns = new ArrayList<>();
        List<Latencies> forms = new ArrayList<>();
        CountDownLatch signedIn = new CountDownLatch(users);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            Account account = accounts.get(nextAccount++ % accounts.size());
            Map<Step, Latencies> steps = new EnumMap<>(Step.class);
            for (Step s : Step.values()) {
                steps.put(s, new Latencies());
            }
            Latencies signIn = new Latencies();
            Latencies form = new Latencies();
            perUser.add(steps);
            signIns.add(signIn);
            forms.add(form);
            Random random = new Random(seed * 31 + nextAccount);
            Thread thread = new Thread(
                    () -> user(account, random, steps, signIn, form, signedIn, go), "vu-" + users + "-" + u);
            thread.start();
            threads.add(thread);
        }
        signedIn.await();
        long now = System.nanoTime();
        measureFrom = now + TimeUnit.SECONDS.toNanos(rampSeconds);
        measureUntil = measureFrom + TimeUnit.SECONDS.toNanos(measuredSeconds);
        go.countDown();
        Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
        CpuUse.Snapshot cpuBefore = CpuUse.snapshot(appPid, pgPid);
        Thread.sleep(Math.max(0, (measureUntil - System.nanoTime()) / 1_000_000));
        CpuUse.Snapshot cpuAfter = CpuUse.snapshot(appPid, pgPid);
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(60));
        }
        double seconds = measuredSeconds;
        Map<Step, Latencies.Summary> summaries = new EnumMap<>(Step.class);
        List<Latencies> everything = new ArrayList<>();
        for (Step s : Step.values()) {
            List<Latencies> parts = perUser.stream().map(m -> m.get(s)).toList();
            everything.addAll(parts);
            summaries.put(s, Latencies.summarise(parts, seconds));
        }
        return new LevelResult(
                users,
                seconds,
                summaries,
                Latencies.summarise(everything, seconds),
                Latencies.summarise(signIns, 0),
                Latencies.summarise(forms, 0),
                CpuUse.between(cpuBefore, cpuAfter));
    }

    private void user(
            Account account,
            Random random,
            Map<Step, Latencies> steps,
            Latencies signInLatency,
            Latencies formLatency,
            CountDownLatch signedIn,
            CountDownLatch go) {
        Browser browser = new Browser(http, base);
        boolean ok;
        try {
            Browser.SignIn result = browser.signIn(account.username(), password);
            ok = result.ok();
            if (ok) {
                formLatency.ok(result.formNanos(), 0);
                signInLatency.ok(result.postNanos(), 0);
            } else {
                signInLatency.error(result.failure());
            }
        } catch (IOException | InterruptedException e) {
            signInLatency.error(e.getClass().getSimpleName());
            ok = false;
        } finally {
            signedIn.countDown();
        }
        try {
            go.await();
        } catch (InterruptedException e) {
            return;
        }
        if (!ok) {
            return;
        }
        String tree = "/units/" + account.province();
        while (true) {
            for (Step step : Step.values()) {
                long started = System.nanoTime();
                if (started >= measureUntil) {
                    return;
                }
                String path = switch (step) {
                    case TREE -> tree;
                    case LIST -> "/organisations";
                    case SEARCH -> "/units?q="
                            + URLEncoder.encode(words.get(random.nextInt(words.size())), StandardCharsets.UTF_8);
                };
                boolean measured = started >= measureFrom;
                try {
                    Browser.Page page = browser.get(path);
                    long elapsed = System.nanoTime() - started;
                    if (!measured) {
                        continue;
                    }
                    if (page.status() == 200 && page.body().contains("</html>")) {
                        steps.get(step).ok(elapsed, page.bytes().length);
                    } else {
                        steps.get(step).error(page.status() + (page.location() == null ? "" : " -> " + page.location()));
                    }
                } catch (IOException e) {
                    if (measured) {
                        steps.get(step).error(e.getClass().getSimpleName());
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static String markdown(List<LevelResult> results, double bcryptMs, int ramp, int duration, int warmup) {
        StringBuilder md = new StringBuilder();
        md.append("### Pages under load\n\n");
        md.append("Closed loop, no think time: each virtual user signs in, then requests unit tree → scoped list → unit "
                        + "search over and over. Per level: ")
                .append(ramp)
                .append(" s ramp (discarded), then ")
                .append(duration)
                .append(" s measured; one ")
                .append(warmup)
                .append(" s warm-up at 8 users before the first level. Latency = request sent → last byte of the "
                        + "page read, on the client; successful requests only. Errors = any status but 200 (redirects "
                        + "are not followed) or a transport failure.\n\n");
        md.append("| users | request | count | req/s | p50 ms | p95 ms | p99 ms | max ms | mean KB | errors |\n");
        md.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (LevelResult r : results) {
            for (Step s : Step.values()) {
                md.append(line(r.users(), s.label + " (`" + s.request + "`)", r.steps().get(s)));
            }
            md.append(line(r.users(), "**all**", r.all()));
        }
        md.append("\nWhere the CPU went in each measured window, as a share of the whole machine (all cores = 100 %), "
                + "from /proc; \"other processes\" are whatever else ran on the machine meanwhile. App + PostgreSQL CPU "
                + "per page is the cost of a page that contention does not inflate much.\n\n");
        md.append("| users | app JVM | PostgreSQL | load client | other processes | idle | app + PostgreSQL CPU ms per page "
                + "|\n|---:|---:|---:|---:|---:|---:|---:|\n");
        for (LevelResult r : results) {
            CpuUse c = r.cpu();
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %.0f %% | %.0f %% | %.0f %% | %.0f %% | %.0f %% | %.1f |%n",
                    r.users(), c.app() * 100, c.postgres() * 100, c.client() * 100, c.others() * 100, c.idle() * 100,
                    r.all().count() == 0 ? Double.NaN : c.serverCpuMillis() / r.all().count()));
        }
        md.append("\n### Sign-in\n\n");
        md.append(String.format(
                Locale.ROOT,
                "`POST /login` with the form and CSRF token, every user of a level at the same moment. The password "
                        + "check is bcrypt (cost 10), deliberately slow: one verification takes **%.0f ms** on one core "
                        + "here, so sign-in latency is bcrypt time plus queueing for the two cores, and sign-in "
                        + "throughput is bounded near 2 cores ÷ bcrypt time.%n%n",
                bcryptMs));
        md.append("| users signing in at once | sign-ins | p50 ms | p95 ms | p99 ms | max ms | errors | "
                + "GET /login p50 ms |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (LevelResult r : results) {
            Latencies.Summary s = r.signIns();
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %d | %.1f | %.1f | %.1f | %.1f | %d | %.1f |%n",
                    r.users(), s.count(), s.p50(), s.p95(), s.p99(), s.max(), s.errors(), r.loginForms().p50()));
        }
        Map<String, Integer> errorKinds = new LinkedHashMap<>();
        for (LevelResult r : results) {
            r.all().errorKinds().forEach((k, v) -> errorKinds.merge(r.users() + " users: " + k, v, Integer::sum));
            r.signIns().errorKinds().forEach((k, v) -> errorKinds.merge(r.users() + " users, sign-in: " + k, v, Integer::sum));
        }
        if (!errorKinds.isEmpty()) {
            md.append("\nErrors by kind: ")
                    .append(errorKinds.entrySet().stream()
                            .map(e -> e.getKey() + " ×" + e.getValue())
                            .collect(Collectors.joining("; ")))
                    .append("\n");
        }
        return md.toString();
    }

    /** Throughput as a multiple of what PostgreSQL alone does on this machine in the same session. */
    private static String ratios(List<LevelResult> results, double tpcb, double selectOnly) {
        if (tpcb <= 0 && selectOnly <= 0) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n### Against the pgbench baseline\n\n");
        md.append("| users | all pages req/s | ÷ pgbench TPC-B 8 clients (")
                .append(String.format(Locale.ROOT, "%.0f", tpcb))
                .append(" TPS) | ÷ pgbench select-only 8 clients (")
                .append(String.format(Locale.ROOT, "%.0f", selectOnly))
                .append(" TPS) |\n|---:|---:|---:|---:|\n");
        for (LevelResult r : results) {
            double rps = r.all().perSecond();
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %.1f | %.3f | %.4f |%n",
                    r.users(), rps, tpcb > 0 ? rps / tpcb : Double.NaN, selectOnly > 0 ? rps / selectOnly : Double.NaN));
        }
        return md.toString();
    }

    private static String line(int users, String label, Latencies.Summary s) {
        return String.format(
                Locale.ROOT,
                "| %d | %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %d |%n",
                users, label, s.count(), s.perSecond(), s.p50(), s.p95(), s.p99(), s.max(), s.meanBytes() / 1024.0,
                s.errors());
    }

    private static List<Account> accounts(Connection c) throws SQLException {
        List<Account> result = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT a.username, g.role, g.scope_path FROM user_account a "
                        + "JOIN role_grant g ON g.user_id = a.id WHERE a.username LIKE '" + NationDataset.PREFIX
                        + "%' ORDER BY a.username")) {
            while (rs.next()) {
                result.add(new Account(rs.getString(1), rs.getString(2), rs.getString(3).split("/")[0]));
            }
        }
        return result;
    }

    /** One folded word of each current commune's name: common words ("an", "tan") come up as often as in life. */
    private static List<String> searchWords(Connection c) throws SQLException {
        List<String> result = new ArrayList<>();
        Random random = new Random(7);
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT name FROM admin_unit WHERE era = 'CURRENT' AND level = 'COMMUNE' ORDER BY id")) {
            while (rs.next()) {
                String[] w = VietnameseText.fold(rs.getString(1)).split(" ");
                result.add(w[random.nextInt(w.length)]);
            }
        }
        return result;
    }

    private static String sampleHash(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT password_hash FROM user_account WHERE username = '"
                        + NationDataset.username(1) + "'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Median of a few single-threaded verifications of the accounts' hash. */
    private static double bcryptVerifyMillis(String hash, String password) {
        if (hash == null) {
            return Double.NaN;
        }
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        double[] ms = new double[9];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            if (!encoder.matches(password, hash)) {
                throw new IllegalStateException("The bench accounts' hash does not match the password given");
            }
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
