package vn.danvan.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A closed-loop load on the directive pages of a running DanVan over loopback, with a province's ten years of
 * directives and tasks in the database ({@link ProvinceDirectiveDataset}). Every virtual user holds two signed-in
 * browsers: the demo province's board specialist (scope: the whole province, about 20,000 tasks) and a commune
 * officer of Phường Phố Hiến (scope: one ward). It alternates, with no think time, one round of six pages as the
 * board specialist and one as the commune officer: the dashboard, the task list's first page, the overdue tasks, a
 * random deep page of the task list, the tasks of the unit with the most tasks in the user's area, and the document
 * list. Levels of 1, 8 and 32 users each run a short ramp then a measured window; every level stops by itself.
 *
 * <p>If the database has {@code pg_stat_statements}, each measured window also records the statements that took
 * PostgreSQL's time, and {@code pg_stat_user_tables} shows the sequential scans of the directive tables.
 *
 * <p>Options ({@code --name value}): base (http://127.0.0.1:18080), db (JDBC URL of the app's database), password,
 * board-user (chuyenvien.tinh), commune-user (canbo.phohien), levels (1,8,32), warmup (s, at 8 users, discarded),
 * ramp (s, per level, discarded), duration (s, measured, per level), out (markdown file), seed, app-pid, pg-pid,
 * pgbench-tpcb, pgbench-select.
 */
public final class DirectiveLoadScenario {

    /** The six pages of a round, measured apart. */
    enum Step {
        DASHBOARD("dashboard", "GET /directives/dashboard"),
        TASKS("task list, first page", "GET /tasks"),
        OVERDUE("overdue tasks", "GET /tasks?status=OVERDUE"),
        DEEP("task list, deep page", "GET /tasks?page={random in the second half}"),
        UNIT("a unit's tasks", "GET /directives/units/{org with most tasks}"),
        DOCUMENTS("document list", "GET /directives");

        final String label;
        final String request;

        Step(String label, String request) {
            this.label = label;
            this.request = request;
        }
    }

    /** Whom a browser is signed in as, and what that user sees. */
    record Role(String label, String username, String scope, long tasks, long overdue, UUID unit, String unitName,
            long unitTasks, long documents) {

        int pages() {
            return (int) Math.max(1, (tasks + 19) / 20);
        }
    }

    record StatementTime(String query, long calls, double totalMs, double meanMs, long rows) {}

    record TableScans(String table, long seqScans, long seqRows, long indexScans) {}

    record LevelResult(
            int users,
            double seconds,
            Latencies.Summary[][] steps,
            Latencies.Summary[] perRole,
            Latencies.Summary all,
            Latencies.Summary signIns,
            CpuUse cpu,
            double dbExecMs,
            long dbCalls,
            List<StatementTime> statements,
            List<TableScans> scans) {}

    private final URI base;
    private final String password;
    private final List<Role> roles;
    private final HttpClient http;
    private final long seed;
    private final long appPid;
    private final long pgPid;
    private final String db;
    private final boolean statementStats;
    private int nextUser;

    private volatile long measureFrom;
    private volatile long measureUntil;

    DirectiveLoadScenario(
            URI base, String password, List<Role> roles, long seed, long appPid, long pgPid, String db,
            boolean statementStats) {
        this.base = base;
        this.password = password;
        this.roles = roles;
        this.seed = seed;
        this.appPid = appPid;
        this.pgPid = pgPid;
        this.db = db;
        this.statementStats = statementStats;
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
        Path out = Path.of(options.getOrDefault("out", "benchmark/target/directive/load.md"));
        LocalDate today = LocalDate.now(ProvinceDirectiveDataset.VIETNAM);

        List<Role> roles = new ArrayList<>();
        boolean statementStats;
        try (Connection c = DriverManager.getConnection(db, "postgres", "postgres")) {
            roles.add(role(c, "board specialist", options.getOrDefault("board-user", "chuyenvien.tinh"), today));
            roles.add(role(c, "commune officer", options.getOrDefault("commune-user", "canbo.phohien"), today));
            statementStats = hasStatementStats(c);
        }
        for (Role r : roles) {
            System.out.printf(
                    "%s %s: scope %s, %d tasks (%d pages), %d overdue, %d documents; unit page: %s (%d tasks)%n",
                    r.label(), r.username(), r.scope(), r.tasks(), r.pages(), r.overdue(), r.documents(),
                    r.unitName(), r.unitTasks());
        }
        System.out.printf(
                "Levels %s, warm-up %d s, ramp %d s, measured %d s; pg_stat_statements %s%n",
                Arrays.toString(levels), warmup, ramp, duration, statementStats ? "on" : "not installed");

        long appPid = Long.parseLong(options.getOrDefault("app-pid", "0"));
        long pgPid = Long.parseLong(options.getOrDefault("pg-pid", "0"));
        DirectiveLoadScenario scenario =
                new DirectiveLoadScenario(base, password, roles, seed, appPid, pgPid, db, statementStats);
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
                    "%2d users: %.1f pages/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, errors %d; CPU %s%n",
                    users, r.all().perSecond(), r.all().p50(), r.all().p95(), r.all().p99(), r.all().errors(),
                    r.cpu());
            for (Step s : Step.values()) {
                for (int k = 0; k < roles.size(); k++) {
                    Latencies.Summary x = r.steps()[k][s.ordinal()];
                    System.out.printf(
                            Locale.ROOT,
                            "    %-22s %-17s p50 %7.1f  p95 %7.1f  p99 %7.1f ms  errors %d%n",
                            s.label, roles.get(k).label(), x.p50(), x.p95(), x.p99(), x.errors());
                }
            }
        }
        double tpcb = Double.parseDouble(options.getOrDefault("pgbench-tpcb", "0"));
        double selectOnly = Double.parseDouble(options.getOrDefault("pgbench-select", "0"));
        String report = scenario.markdown(results, ramp, duration, warmup, tpcb, selectOnly);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println("Results written to " + out);
    }

    /** Runs one level: every user signs in (twice) at once, then all loop until the measured window is over. */
    LevelResult level(int users, int rampSeconds, int measuredSeconds) throws InterruptedException {
        int stepCount = Step.values().length;
        List<Latencies[][]> perUser = new ArrayList<>();
        List<Latencies> signIns = new ArrayList<>();
        CountDownLatch signedIn = new CountDownLatch(users);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            Latencies[][] steps = new Latencies[roles.size()][stepCount];
            for (Latencies[] row : steps) {
                for (int s = 0; s < stepCount; s++) {
                    row[s] = new Latencies();
                }
            }
            Latencies signIn = new Latencies();
            perUser.add(steps);
            signIns.add(signIn);
            Random random = new Random(seed * 31 + nextUser++);
            Thread thread = new Thread(() -> user(random, steps, signIn, signedIn, go), "vu-" + users + "-" + u);
            thread.start();
            threads.add(thread);
        }
        signedIn.await();
        long now = System.nanoTime();
        measureFrom = now + TimeUnit.SECONDS.toNanos(rampSeconds);
        measureUntil = measureFrom + TimeUnit.SECONDS.toNanos(measuredSeconds);
        go.countDown();
        Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
        List<TableScans> scansBefore = tableScans();
        resetStatements();
        CpuUse.Snapshot cpuBefore = CpuUse.snapshot(appPid, pgPid);
        Thread.sleep(Math.max(0, (measureUntil - System.nanoTime()) / 1_000_000));
        CpuUse.Snapshot cpuAfter = CpuUse.snapshot(appPid, pgPid);
        List<StatementTime> statements = statements();
        List<TableScans> scansAfter = tableScans();
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(60));
        }
        double seconds = measuredSeconds;
        Latencies.Summary[][] summaries = new Latencies.Summary[roles.size()][stepCount];
        Latencies.Summary[] perRole = new Latencies.Summary[roles.size()];
        List<Latencies> everything = new ArrayList<>();
        for (int k = 0; k < roles.size(); k++) {
            List<Latencies> ofRole = new ArrayList<>();
            for (int s = 0; s < stepCount; s++) {
                int role = k;
                int step = s;
                List<Latencies> parts = perUser.stream().map(m -> m[role][step]).toList();
                ofRole.addAll(parts);
                summaries[k][s] = Latencies.summarise(parts, seconds);
            }
            perRole[k] = Latencies.summarise(ofRole, seconds);
            everything.addAll(ofRole);
        }
        double dbMs = statements.stream().mapToDouble(StatementTime::totalMs).sum();
        long dbCalls = statements.stream().mapToLong(StatementTime::calls).sum();
        return new LevelResult(
                users,
                seconds,
                summaries,
                perRole,
                Latencies.summarise(everything, seconds),
                Latencies.summarise(signIns, 0),
                CpuUse.between(cpuBefore, cpuAfter),
                dbMs,
                dbCalls,
                statements,
                difference(scansBefore, scansAfter));
    }

    private void user(
            Random random, Latencies[][] steps, Latencies signInLatency, CountDownLatch signedIn, CountDownLatch go) {
        List<Browser> browsers = new ArrayList<>();
        boolean ok = true;
        try {
            for (Role role : roles) {
                Browser browser = new Browser(http, base);
                Browser.SignIn result;
                // One account at a time: simultaneous sign-ins of the same account make the app answer 500 (the
                // success listener's versioned update of user_account loses the race; see the results file).
                synchronized (role) {
                    result = browser.signIn(role.username(), password);
                }
                if (result.ok()) {
                    signInLatency.ok(result.postNanos(), 0);
                } else {
                    signInLatency.error(role.username() + ": " + result.failure());
                    ok = false;
                }
                browsers.add(browser);
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
        while (true) {
            for (int k = 0; k < roles.size(); k++) {
                Role role = roles.get(k);
                Browser browser = browsers.get(k);
                for (Step step : Step.values()) {
                    long started = System.nanoTime();
                    if (started >= measureUntil) {
                        return;
                    }
                    String path = switch (step) {
                        case DASHBOARD -> "/directives/dashboard";
                        case TASKS -> "/tasks";
                        case OVERDUE -> "/tasks?status=OVERDUE";
                        case DEEP -> "/tasks?page=" + (role.pages() / 2 + random.nextInt(Math.max(1, role.pages() - role.pages() / 2)));
                        case UNIT -> "/directives/units/" + role.unit();
                        case DOCUMENTS -> "/directives";
                    };
                    boolean measured = started >= measureFrom;
                    Latencies latencies = steps[k][step.ordinal()];
                    try {
                        Browser.Page page = browser.get(path);
                        long elapsed = System.nanoTime() - started;
                        if (!measured) {
                            continue;
                        }
                        if (page.status() == 200 && page.body().contains("</html>")) {
                            latencies.ok(elapsed, page.bytes().length);
                        } else {
                            latencies.error(page.status() + (page.location() == null ? "" : " -> " + page.location()));
                        }
                    } catch (IOException e) {
                        if (measured) {
                            latencies.error(e.getClass().getSimpleName());
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }

    // ---- What the database did in a window ----

    private static boolean hasStatementStats(Connection c) {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return false;
            }
            try (ResultSet probe = s.executeQuery("SELECT count(*) FROM pg_stat_statements")) {
                return probe.next();
            }
        } catch (SQLException e) {
            return false;
        }
    }

    private void resetStatements() {
        if (!statementStats) {
            return;
        }
        try (Connection c = DriverManager.getConnection(db, "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("SELECT pg_stat_statements_reset()");
        } catch (SQLException e) {
            System.err.println("pg_stat_statements_reset: " + e.getMessage());
        }
    }

    /** Every statement of the app's database in the window, most total time first. */
    private List<StatementTime> statements() {
        List<StatementTime> result = new ArrayList<>();
        if (!statementStats) {
            return result;
        }
        try (Connection c = DriverManager.getConnection(db, "postgres", "postgres");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT query, calls, total_exec_time, mean_exec_time, rows "
                        + "FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = "
                        + "current_database()) AND query NOT LIKE '%pg_stat_%' ORDER BY total_exec_time DESC")) {
            while (rs.next()) {
                result.add(new StatementTime(
                        rs.getString(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getLong(5)));
            }
        } catch (SQLException e) {
            System.err.println("pg_stat_statements: " + e.getMessage());
        }
        return result;
    }

    private List<TableScans> tableScans() {
        List<TableScans> result = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db, "postgres", "postgres");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT relname, seq_scan, seq_tup_read, coalesce(idx_scan, 0) "
                        + "FROM pg_stat_user_tables WHERE relname LIKE 'directive%' OR relname IN ('org_unit', "
                        + "'spring_session', 'spring_session_attributes', 'user_account', 'role_grant') "
                        + "ORDER BY relname")) {
            while (rs.next()) {
                result.add(new TableScans(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
            }
        } catch (SQLException e) {
            System.err.println("pg_stat_user_tables: " + e.getMessage());
        }
        return result;
    }

    private static List<TableScans> difference(List<TableScans> before, List<TableScans> after) {
        Map<String, TableScans> old = before.stream().collect(Collectors.toMap(TableScans::table, t -> t));
        List<TableScans> result = new ArrayList<>();
        for (TableScans a : after) {
            TableScans b = old.getOrDefault(a.table(), new TableScans(a.table(), 0, 0, 0));
            TableScans d = new TableScans(
                    a.table(), a.seqScans() - b.seqScans(), a.seqRows() - b.seqRows(), a.indexScans() - b.indexScans());
            if (d.seqScans() > 0 || d.indexScans() > 0) {
                result.add(d);
            }
        }
        return result;
    }

    // ---- Setup from the database ----

    private static Role role(Connection c, String label, String username, LocalDate today) throws SQLException {
        String scope;
        try (PreparedStatement s = c.prepareStatement("SELECT g.scope_path FROM user_account a JOIN role_grant g "
                + "ON g.user_id = a.id WHERE a.username = ? ORDER BY g.granted_at LIMIT 1")) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No account " + username + ": is the app in demo mode?");
                }
                scope = rs.getString(1);
            }
        }
        String inScope = "(path = ? OR path LIKE ?)";
        long tasks = longOf(c, "SELECT count(*) FROM directive_task WHERE " + inScope, scope);
        long overdue = longOf(c, "SELECT count(*) FROM directive_task WHERE completed_on IS NULL AND deadline < '"
                + today + "' AND " + inScope, scope);
        long documents = longOf(c, "SELECT count(*) FROM directive_document d WHERE (d.path = ? OR d.path LIKE ?) "
                + "OR EXISTS (SELECT 1 FROM directive_task t WHERE t.document_id = d.id AND (t.path = ? OR t.path LIKE ?))",
                scope, scope);
        try (PreparedStatement s = c.prepareStatement("SELECT t.lead_org_unit_id, o.name, count(*) FROM directive_task t "
                + "JOIN org_unit o ON o.id = t.lead_org_unit_id WHERE (t.path = ? OR t.path LIKE ?) "
                + "GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 1")) {
            s.setString(1, scope);
            s.setString(2, scope + "/%");
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No tasks in " + scope + ": run ProvinceDirectiveDataset first");
                }
                return new Role(label, username, scope, tasks, overdue, rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getLong(3), documents);
            }
        }
    }

    /** A count with the scope's two parameters (path = scope, path LIKE scope/%) given once or twice. */
    private static long longOf(Connection c, String sql, String scope) throws SQLException {
        return longOf(c, sql, scope, null);
    }

    private static long longOf(Connection c, String sql, String scope, String again) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, scope);
            s.setString(2, scope + "/%");
            if (again != null) {
                s.setString(3, again);
                s.setString(4, again + "/%");
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    // ---- The report ----

    private String markdown(
            List<LevelResult> results, int ramp, int duration, int warmup, double tpcb, double selectOnly) {
        StringBuilder md = new StringBuilder();
        md.append("## Directive pages under load\n\n");
        md.append("Who the virtual users are (each holds one browser signed in as each):\n\n");
        md.append("| role | account | scope | tasks visible | pages of 20 | overdue | documents visible | unit page |\n");
        md.append("|---|---|---|---:|---:|---:|---:|---|\n");
        for (Role r : roles) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | `%s` | `%s` | %d | %d | %d | %d | %s (%d tasks) |%n",
                    r.label(), r.username(), r.scope(), r.tasks(), r.pages(), r.overdue(), r.documents(),
                    r.unitName(), r.unitTasks()));
        }
        md.append("\nClosed loop, no think time: each virtual user alternates one round of the six pages as the board "
                        + "specialist and one as the commune officer. Per level: ")
                .append(ramp)
                .append(" s ramp (discarded), then ")
                .append(duration)
                .append(" s measured; one ")
                .append(warmup)
                .append(" s warm-up at 8 users before the first level. Latency = request sent → last byte of the "
                        + "page read, on the client; successful requests only. Errors = any status but 200 (redirects "
                        + "are not followed) or a transport failure. The deep page is drawn at random from the second "
                        + "half of the user's pages.\n\n");
        md.append("| users | page | role | count | req/s | p50 ms | p95 ms | p99 ms | max ms | mean KB | errors |\n");
        md.append("|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (LevelResult r : results) {
            for (Step s : Step.values()) {
                for (int k = 0; k < roles.size(); k++) {
                    md.append(line(r.users(), s.label + " (`" + s.request + "`)", roles.get(k).label(),
                            r.steps()[k][s.ordinal()]));
                }
            }
            for (int k = 0; k < roles.size(); k++) {
                md.append(line(r.users(), "**all pages**", roles.get(k).label(), r.perRole()[k]));
            }
            md.append(line(r.users(), "**all pages**", "**both**", r.all()));
        }
        md.append("\nWhere the CPU went in each measured window, as a share of the whole machine (all cores = 100 %), "
                + "from /proc; \"other processes\" are whatever else ran on the machine meanwhile. App + PostgreSQL CPU "
                + "per page is the cost of a page that contention does not inflate much.");
        if (statementStats) {
            md.append(" PostgreSQL execution ms per page is the sum of `pg_stat_statements.total_exec_time` in the "
                    + "window divided by the pages served (wall time inside the executor, planning excluded).");
        }
        md.append("\n\n| users | app JVM | PostgreSQL | load client | other processes | idle | app + PostgreSQL CPU ms "
                + "per page | PostgreSQL execution ms per page | statements per page |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (LevelResult r : results) {
            CpuUse c = r.cpu();
            long pages = r.all().count();
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %.0f %% | %.0f %% | %.0f %% | %.0f %% | %.0f %% | %.1f | %s | %s |%n",
                    r.users(), c.app() * 100, c.postgres() * 100, c.client() * 100, c.others() * 100, c.idle() * 100,
                    pages == 0 ? Double.NaN : c.serverCpuMillis() / pages,
                    statementStats && pages > 0 ? String.format(Locale.ROOT, "%.1f", r.dbExecMs() / pages) : "–",
                    statementStats && pages > 0 ? String.format(Locale.ROOT, "%.1f", r.dbCalls() / (double) pages) : "–"));
        }
        if (statementStats) {
            for (LevelResult r : results) {
                md.append("\n#### Statements that took PostgreSQL's time, ")
                        .append(r.users())
                        .append(r.users() == 1 ? " user" : " users")
                        .append(" (pg_stat_statements, measured window)\n\n");
                md.append("| share of exec time | calls | calls per page | total ms | mean ms | rows per call | statement |\n"
                        + "|---:|---:|---:|---:|---:|---:|---|\n");
                long pages = Math.max(1, r.all().count());
                for (StatementTime s : r.statements().stream().limit(12).toList()) {
                    md.append(String.format(
                            Locale.ROOT,
                            "| %.1f %% | %d | %.2f | %.0f | %.2f | %.1f | `%s` |%n",
                            r.dbExecMs() > 0 ? 100 * s.totalMs() / r.dbExecMs() : 0, s.calls(),
                            s.calls() / (double) pages, s.totalMs(), s.meanMs(),
                            s.calls() == 0 ? 0 : s.rows() / (double) s.calls(), compact(s.query())));
                }
            }
        }
        md.append("\n#### Table access in the measured windows (pg_stat_user_tables)\n\n");
        md.append("| users | table | sequential scans | rows read by them | per page | index scans | per page |\n"
                + "|---:|---|---:|---:|---:|---:|---:|\n");
        for (LevelResult r : results) {
            long pages = Math.max(1, r.all().count());
            for (TableScans t : r.scans()) {
                md.append(String.format(
                        Locale.ROOT,
                        "| %d | %s | %d | %d | %.2f | %d | %.1f |%n",
                        r.users(), t.table(), t.seqScans(), t.seqRows(), t.seqScans() / (double) pages,
                        t.indexScans(), t.indexScans() / (double) pages));
            }
        }
        md.append("\n### Sign-in\n\n");
        md.append("Each user signs in twice (`POST /login`, bcrypt cost 10), as the two shared accounts; sign-ins "
                + "of the same account are made one after the other (simultaneous ones can fail, see the observations), "
                + "and only the POST is timed, not the wait for the account. Measured apart, never mixed into the page "
                + "numbers.\n\n");
        md.append("| users | sign-ins | p50 ms | p95 ms | max ms | errors |\n|---:|---:|---:|---:|---:|---:|\n");
        for (LevelResult r : results) {
            Latencies.Summary s = r.signIns();
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %d | %.1f | %.1f | %.1f | %d |%n",
                    r.users(), s.count(), s.p50(), s.p95(), s.max(), s.errors()));
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
        if (tpcb > 0 || selectOnly > 0) {
            md.append("\n### Against the pgbench baseline\n\n");
            md.append(String.format(
                    Locale.ROOT,
                    "| users | all pages req/s | ÷ pgbench TPC-B 8 clients (%.0f TPS) | ÷ pgbench select-only 8 clients "
                            + "(%.0f TPS) |%n|---:|---:|---:|---:|%n",
                    tpcb, selectOnly));
            for (LevelResult r : results) {
                double rps = r.all().perSecond();
                md.append(String.format(
                        Locale.ROOT,
                        "| %d | %.1f | %.4f | %.5f |%n",
                        r.users(), rps, tpcb > 0 ? rps / tpcb : Double.NaN,
                        selectOnly > 0 ? rps / selectOnly : Double.NaN));
            }
        }
        return md.toString();
    }

    /** A statement on one line, its select list shortened: what it reads and how it filters is what matters. */
    static String compact(String sql) {
        String s = sql.replaceAll("\\s+", " ").trim();
        int from = s.toLowerCase(Locale.ROOT).indexOf(" from ");
        if (s.toLowerCase(Locale.ROOT).startsWith("select ") && from > 60) {
            s = s.substring(0, 30) + " … " + s.substring(from + 1);
        }
        if (s.length() > 420) {
            s = s.substring(0, 420) + " …";
        }
        return s.replace("|", "\\|").replace("`", "'");
    }

    private static String line(int users, String page, String role, Latencies.Summary s) {
        return String.format(
                Locale.ROOT,
                "| %d | %s | %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %d |%n",
                users, page, role, s.count(), s.perSecond(), s.p50(), s.p95(), s.p99(), s.max(),
                s.meanBytes() / 1024.0, s.errors());
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
