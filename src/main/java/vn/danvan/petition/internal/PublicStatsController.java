package vn.danvan.petition.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Công khai kết quả tiếp nhận, xử lý đơn: for each commune of the province, how many cases were received in the
 * last 12 months and how many were answered by their due date. Counts only: no names, subjects or content.
 */
@Controller
class PublicStatsController {

    /** One commune's figures. */
    record CommuneStats(String name, long received, long answered, long answeredOnTime) {

        public long onTimeRate() {
            return answered == 0 ? 0 : Math.round(answeredOnTime * 100.0 / answered);
        }
    }

    private final JdbcClient jdbc;
    private final Open311Properties properties;
    private final Clock clock;

    PublicStatsController(JdbcClient jdbc, Open311Properties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/public/petitions/stats")
    String stats(Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusMonths(12).plusDays(1);
        List<CommuneStats> rows = jdbc.sql("SELECT a.full_name, count(c.id) AS received,"
                        + " count(c.id) FILTER (WHERE c.answered_on IS NOT NULL) AS answered,"
                        + " count(c.id) FILTER (WHERE c.answered_on IS NOT NULL AND c.answered_on <="
                        + " COALESCE(c.resolution_due_on, c.step_due_on, c.answered_on)) AS on_time"
                        + " FROM admin_unit a LEFT JOIN pt_case c ON c.unit_id = a.id AND c.merged_into IS NULL"
                        + " AND c.received_on BETWEEN :from AND :to"
                        + " WHERE a.parent_id = :province AND a.valid_to IS NULL"
                        + " GROUP BY a.id, a.full_name ORDER BY received DESC, a.full_name")
                .param("from", from)
                .param("to", today)
                .param("province", properties.provinceCode())
                .query((rs, i) -> new CommuneStats(
                        rs.getString("full_name"),
                        rs.getLong("received"),
                        rs.getLong("answered"),
                        rs.getLong("on_time")))
                .list();
        model.addAttribute("rows", rows);
        model.addAttribute("from", from);
        model.addAttribute("to", today);
        model.addAttribute(
                "received", rows.stream().mapToLong(CommuneStats::received).sum());
        model.addAttribute(
                "answeredOnTime",
                rows.stream().mapToLong(CommuneStats::answeredOnTime).sum());
        return "petition/stats";
    }
}
