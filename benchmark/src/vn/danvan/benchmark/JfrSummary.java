package vn.danvan.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the app's CPU went, from a flight recording's execution samples ({@code jdk.ExecutionSample}: threads running
 * Java code, sampled every 10 or 20 ms): the share of samples under each layer (inclusive: a sample inside Hibernate
 * called from a controller counts for both), the share by the top frame's library (exclusive), the hottest methods,
 * and the app's own methods with the most samples under them. Written as markdown.
 *
 * <p>Usage: {@code JfrSummary recording.jfr [out.md]}.
 */
public final class JfrSummary {

    /** Layers, recognised by a frame of the stack: label → class-name prefix or class#method. */
    private static final Map<String, List<String>> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("Thymeleaf template rendering", List.of("org.thymeleaf.TemplateEngine#process"));
        LAYERS.put("Hibernate / JPA (queries, entity loading, flush)", List.of("org.hibernate."));
        LAYERS.put("pgjdbc (JDBC driver: sending, parsing results)", List.of("org.postgresql."));
        LAYERS.put("Spring Session JDBC (session load/save)", List.of("org.springframework.session.jdbc."));
        LAYERS.put("bcrypt (the sign-ins of each level)", List.of("org.springframework.security.crypto.bcrypt."));
        LAYERS.put("JdbcClient queries (dashboard counts)", List.of("org.springframework.jdbc.core.JdbcTemplate"));
        LAYERS.put("Organisations.names (names of lead units)", List.of("vn.danvan.organisation.internal.org.OrganisationsAdapter#names"));
        LAYERS.put("ICU (collation, text)", List.of("com.ibm.icu."));
        LAYERS.put("Tomcat: writing the response", List.of("org.apache.catalina.connector.OutputBuffer"));
        LAYERS.put("the app's controllers", List.of("vn.danvan.directive.internal.DashboardController",
                "vn.danvan.directive.internal.TaskController", "vn.danvan.directive.internal.DocumentController"));
    }

    private static final String[][] LIBRARIES = {
        {"org.thymeleaf.", "Thymeleaf"}, {"org.attoparser.", "Thymeleaf (AttoParser)"}, {"ognl.", "OGNL"},
        {"org.springframework.expression.", "Spring EL"}, {"org.hibernate.", "Hibernate"},
        {"org.postgresql.", "pgjdbc"}, {"com.zaxxer.", "Hikari"}, {"org.springframework.", "Spring (other)"},
        {"org.apache.", "Tomcat / Apache"}, {"com.ibm.icu.", "ICU"}, {"vn.danvan.", "DanVan"},
        {"tools.jackson.", "Jackson"}, {"com.fasterxml.", "Jackson"}, {"ch.qos.logback.", "Logback"},
        {"java.", "JDK"}, {"javax.", "JDK"}, {"jdk.", "JDK"}, {"sun.", "JDK"}
    };

    private JfrSummary() {}

    public static void main(String[] args) throws IOException {
        Path recording = Path.of(args[0]);
        long samples = 0;
        long truncated = 0;
        Map<String, Long> layers = new LinkedHashMap<>();
        Map<String, Long> libraries = new HashMap<>();
        Map<String, Long> topMethods = new HashMap<>();
        Map<String, Long> appMethods = new HashMap<>();
        Map<String, Long> threads = new HashMap<>();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedStackTrace stack = e.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                if (stack.isTruncated()) {
                    truncated++;
                }
                String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
                threads.merge(thread == null ? "?" : thread.replaceAll("-?\\d+$", "-N"), 1L, Long::sum);
                List<RecordedFrame> frames = stack.getFrames();
                RecordedFrame top = frames.get(0);
                String topName = name(top);
                topMethods.merge(topName, 1L, Long::sum);
                libraries.merge(library(topName), 1L, Long::sum);
                Set<String> seenLayers = new HashSet<>();
                Set<String> seenApp = new HashSet<>();
                for (RecordedFrame f : frames) {
                    String n = name(f);
                    for (var layer : LAYERS.entrySet()) {
                        for (String marker : layer.getValue()) {
                            if (marker.contains("#") ? n.equals(marker) : n.startsWith(marker)) {
                                seenLayers.add(layer.getKey());
                            }
                        }
                    }
                    // Filters and proxies enclose the whole request; the app's own work is below them.
                    if (n.startsWith("vn.danvan.") && !n.contains("$$") && !n.contains("#doFilter")
                            && !n.contains("$Proxy")) {
                        seenApp.add(n);
                    }
                }
                seenLayers.forEach(l -> layers.merge(l, 1L, Long::sum));
                seenApp.forEach(m -> appMethods.merge(m, 1L, Long::sum));
            }
        }
        long total = samples;
        StringBuilder md = new StringBuilder();
        md.append(String.format(
                Locale.ROOT,
                "%d execution samples of the app JVM (threads running Java code; a thread waiting for PostgreSQL or "
                        + "for the network is not sampled); %.1f %% of the stacks truncated by the recording's stack "
                        + "depth (their outer frames, such as the controller, are missing).%n%n",
                samples, samples == 0 ? 0 : 100.0 * truncated / samples));
        md.append("| layer (samples with a frame of it on the stack) | share |\n|---|---:|\n");
        for (String l : LAYERS.keySet()) {
            md.append(row(l, layers.getOrDefault(l, 0L), samples));
        }
        md.append("\n| library of the top frame (where the CPU was spent itself) | share |\n|---|---:|\n");
        libraries.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(12)
                .forEach(e -> md.append(row(e.getKey(), e.getValue(), total)));
        md.append("\n| hottest methods (top frame) | share |\n|---|---:|\n");
        topMethods.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(15)
                .forEach(e -> md.append(row("`" + e.getKey() + "`", e.getValue(), total)));
        md.append("\n| the app's methods with the most samples under them | share |\n|---|---:|\n");
        appMethods.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(15)
                .forEach(e -> md.append(row("`" + e.getKey() + "`", e.getValue(), total)));
        md.append("\n| threads | share |\n|---|---:|\n");
        threads.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(6)
                .forEach(e -> md.append(row(e.getKey(), e.getValue(), total)));
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), md.toString());
        } else {
            System.out.print(md);
        }
    }

    private static String row(String label, long n, long total) {
        return String.format(Locale.ROOT, "| %s | %.1f %% |%n", label, total == 0 ? 0 : 100.0 * n / total);
    }

    private static String name(RecordedFrame f) {
        if (f.getMethod() == null || f.getMethod().getType() == null) {
            return "?";
        }
        return f.getMethod().getType().getName() + "#" + f.getMethod().getName();
    }

    private static String library(String frame) {
        for (String[] l : LIBRARIES) {
            if (frame.startsWith(l[0])) {
                return l[1];
            }
        }
        return "other";
    }
}
