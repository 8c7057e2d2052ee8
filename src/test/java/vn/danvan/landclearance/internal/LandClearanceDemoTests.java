package vn.danvan.landclearance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo land clearance: both projects load, with plausible stages, history, visits and obstacles, only once. */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class LandClearanceDemoTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LandClearanceDemo demo;

    @Test
    void theCurrentProjectCrossesTheFourCommunesWithHouseholdsAtEveryStage() {
        assertThat(jdbc.sql("SELECT code || ' ' || owner_org_name || ' ' || path || ' ' || demo FROM lc_project"
                                + " WHERE id = ?")
                        .param(LandClearanceDemo.CURRENT)
                        .query(String.class)
                        .single())
                .isEqualTo("DA-GPMB-01 Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên 33 true");
        assertThat(jdbc.sql("SELECT unit_id FROM lc_project_commune WHERE project_id = ? ORDER BY unit_id")
                        .param(LandClearanceDemo.CURRENT)
                        .query(String.class)
                        .list())
                .containsExactly("11953", "11977", "11980", "11983");
        Map<String, Integer> byStage =
                count("SELECT stage, count(*) FROM lc_household WHERE project_id = ?" + " GROUP BY stage");
        assertThat(byStage.values().stream().mapToInt(Integer::intValue).sum()).isBetween(280, 320);
        assertThat(byStage)
                .containsOnlyKeys("NOT_INVENTORIED", "INVENTORIED", "PLAN_POSTED", "AGREED", "PAID", "HANDED_OVER");
        assertThat(byStage.get("HANDED_OVER")).isBetween(50, 70);
        assertThat(byStage.get("NOT_INVENTORIED")).isBetween(35, 55);
        assertThat(count("SELECT unit_id, count(*) FROM lc_household WHERE project_id = ? AND stage = 'PLAN_POSTED'"
                        + " GROUP BY unit_id"))
                .hasEntrySatisfying("11953", n -> assertThat(n).isGreaterThanOrEqualTo(10));
        assertThat(count("SELECT unit_id, count(*) FROM lc_household WHERE project_id = ? GROUP BY unit_id"))
                .hasEntrySatisfying("11953", n -> assertThat(n).isBetween(85, 95));
        assertThat(one("SELECT count(*) FROM lc_visit WHERE project_id = ?")).isBetween(500, 750);
        assertThat(one("SELECT count(DISTINCT org_kind) FROM lc_visit_visitor v JOIN lc_visit x ON x.id = v.visit_id"
                        + " WHERE x.project_id = ?"))
                .isGreaterThanOrEqualTo(4);
        assertThat(one("SELECT count(*) FROM lc_obstacle WHERE project_id = ?")).isBetween(35, 45);
        assertThat(one("SELECT count(DISTINCT reason) FROM lc_obstacle WHERE project_id = ?"))
                .isEqualTo(6);
        assertThat(one("SELECT count(*) FROM lc_obstacle WHERE project_id = ? AND escalated_on IS NOT NULL"))
                .isPositive();
        assertThat(one("SELECT count(*) FROM lc_obstacle WHERE project_id = ? AND answered_on IS NOT NULL"))
                .isPositive();
        assertThat(one("SELECT count(*) FROM lc_obstacle WHERE project_id = ? AND resolved_on IS NOT NULL"))
                .isPositive();
        // Every household's history ends at its stage, and the trend spreads over the year.
        assertThat(one("SELECT count(*) FROM lc_household h WHERE h.project_id = ? AND h.stage <> (SELECT c.to_stage"
                        + " FROM lc_stage_change c WHERE c.household_id = h.id ORDER BY c.effective_on DESC,"
                        + " array_position(ARRAY['NOT_INVENTORIED', 'INVENTORIED', 'PLAN_POSTED', 'AGREED', 'PAID',"
                        + " 'HANDED_OVER']::varchar[], c.to_stage) DESC LIMIT 1)"))
                .isZero();
        assertThat(one("SELECT count(DISTINCT extract(month FROM effective_on)) FROM lc_stage_change"
                        + " WHERE project_id = ?"))
                .isGreaterThanOrEqualTo(8);
        assertThat(one("SELECT count(*) FROM lc_household WHERE project_id = ? AND latitude IS NOT NULL"))
                .isGreaterThan(240);
        // The total area is consistent with the plots.
        assertThat(one("SELECT CASE WHEN p.total_area_m2 >= (SELECT sum(recovered_area) FROM lc_plot"
                        + " WHERE project_id = p.id) THEN 1 ELSE 0 END FROM lc_project p WHERE p.id = ?"))
                .isOne();
        assertThat(one("SELECT count(*) FROM lc_project_step WHERE project_id = ? AND reached_on IS NOT NULL"))
                .isEqualTo(8);
    }

    @Test
    void theHistoricalProjectBelongsToTheOldHierarchyAnd2023() {
        assertThat(jdbc.sql("SELECT owner_org_name FROM lc_project WHERE id = ?")
                        .param(LandClearanceDemo.HISTORICAL)
                        .query(String.class)
                        .single())
                .isEqualTo("Ban Dân vận Tỉnh ủy Hưng Yên");
        assertThat(jdbc.sql("SELECT unit_path FROM lc_project_commune WHERE project_id = ?")
                        .param(LandClearanceDemo.HISTORICAL)
                        .query(String.class)
                        .list())
                .hasSize(3)
                .allSatisfy(p -> assertThat(p).contains("old-"));
        assertThat(one("SELECT count(*) FROM lc_household WHERE project_id = ?", LandClearanceDemo.HISTORICAL))
                .isEqualTo(60);
        assertThat(one(
                        "SELECT count(*) FROM lc_household WHERE project_id = ? AND stage = 'HANDED_OVER'"
                                + " AND extract(year FROM handed_over_on) = 2023",
                        LandClearanceDemo.HISTORICAL))
                .isGreaterThan(45);
        assertThat(one(
                        "SELECT count(*) FROM lc_visit WHERE project_id = ? AND extract(year FROM visited_on) <> 2023",
                        LandClearanceDemo.HISTORICAL))
                .isZero();
        assertThat(one("SELECT count(*) FROM lc_visit WHERE project_id = ?", LandClearanceDemo.HISTORICAL))
                .isPositive();
    }

    @Test
    void loadingAgainChangesNothing() throws Exception {
        int households = jdbc.sql("SELECT count(*) FROM lc_household WHERE demo")
                .query(Integer.class)
                .single();
        int visits =
                jdbc.sql("SELECT count(*) FROM lc_visit").query(Integer.class).single();

        demo.run(new DefaultApplicationArguments());

        assertThat(jdbc.sql("SELECT count(*) FROM lc_household WHERE demo")
                        .query(Integer.class)
                        .single())
                .isEqualTo(households);
        assertThat(jdbc.sql("SELECT count(*) FROM lc_visit")
                        .query(Integer.class)
                        .single())
                .isEqualTo(visits);
    }

    private int one(String sql) {
        return one(sql, LandClearanceDemo.CURRENT);
    }

    private int one(String sql, java.util.UUID project) {
        return jdbc.sql(sql).param(project).query(Integer.class).single();
    }

    private Map<String, Integer> count(String sql) {
        return jdbc
                .sql(sql)
                .param(LandClearanceDemo.CURRENT)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
