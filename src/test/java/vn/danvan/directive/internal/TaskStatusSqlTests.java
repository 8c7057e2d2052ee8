package vn.danvan.directive.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.directive.TaskStatus;

/** PostgreSQL's CASE expression for lists and counts gives the same status as the Java rule, on every edge. */
@SpringBootTest(properties = "danvan.demo.enabled=true")
class TaskStatusSqlTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDatabaseAndTheJavaRuleAgreeOnEveryEdge() {
        LocalDate deadline = LocalDate.of(2026, 11, 30);
        List<LocalDate> days = List.of(deadline.minusDays(1), deadline, deadline.plusDays(1));
        List<String> mismatches = new ArrayList<>();
        for (LocalDate today : days) {
            List<LocalDate> completions = new ArrayList<>(days);
            completions.add(null);
            for (LocalDate completed : completions) {
                TaskStatus expected = TaskStatus.of(deadline, completed, today);
                String sql = jdbc.sql("SELECT " + TaskStatus.sql("t")
                                + " FROM (SELECT CAST(:deadline AS date) AS deadline,"
                                + " CAST(:completed AS date) AS completed_on) t")
                        .param("deadline", deadline)
                        .param("completed", completed, Types.DATE)
                        .param("today", today)
                        .query(String.class)
                        .single();
                String inlined = jdbc.sql("SELECT " + DashboardQueries.status("t", today)
                                + " FROM (SELECT CAST(:deadline AS date) AS deadline,"
                                + " CAST(:completed AS date) AS completed_on) t")
                        .param("deadline", deadline)
                        .param("completed", completed, Types.DATE)
                        .query(String.class)
                        .single();
                if (!expected.name().equals(sql) || !expected.name().equals(inlined)) {
                    mismatches.add(Arrays.asList(today, completed, expected, sql, inlined)
                            .toString());
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
