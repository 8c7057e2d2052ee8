package vn.danvan.landclearance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.covenant.CovenantMetric;
import vn.danvan.covenant.Measurement;
import vn.danvan.covenant.MetricQuery;
import vn.danvan.covenant.MetricSubject;
import vn.danvan.shared.security.Scope;

/**
 * The land-clearance metrics of the covenant catalogue on a small fixture project (Phố Hiến: three households, Hồng
 * Châu: one), measured for several areas at once and as of dates just before and on the day of each event.
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class LandClearanceMetricTests {

    static final UUID PROJECT = UUID.fromString("6e000000-0000-4000-8000-000000000001");
    static final String PROVINCE = "33";
    static final String PHO_HIEN = "33/11953";
    static final String HONG_CHAU = "33/11980";
    static final String ELSEWHERE = "33/11977";
    static final List<String> AREAS = List.of(PROVINCE, PHO_HIEN, HONG_CHAU, ELSEWHERE);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<CovenantMetric> catalogue;

    @BeforeEach
    void fixture() {
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM lc_project WHERE id = ?)")
                .param(PROJECT)
                .query(Boolean.class)
                .single()) {
            return;
        }
        jdbc.sql("INSERT INTO lc_project (id, code, name, investor, owner_org_id, owner_org_name, path, province_code,"
                        + " land_kind, total_area_m2, search_text, sort_key, created_at, updated_at) VALUES (?,"
                        + " 'T-METRIC', 'Dự án đo thử', 'Chủ đầu tư', ?, 'Ban', '33', '33', 'AGRICULTURAL', 1000,"
                        + " 't-metric', '\\x00'::bytea, now(), now())")
                .params(PROJECT, UUID.fromString("6e000000-0000-4000-8000-0000000000ff"))
                .update();
        for (String unit : List.of("11953", "11980")) {
            jdbc.sql("INSERT INTO lc_project_commune (project_id, unit_id, unit_name, unit_path)"
                            + " SELECT ?, id, full_name, path FROM admin_unit WHERE id = ?")
                    .params(PROJECT, unit)
                    .update();
        }
        household(1, PHO_HIEN, "2026-03-01", "2026-03-20", 100, 50);
        household(2, PHO_HIEN, "2026-04-01", null, 70);
        household(3, PHO_HIEN, null, null, 30);
        household(4, HONG_CHAU, "2026-02-01", "2026-02-15", 200);
        visit(1, PHO_HIEN, "2026-03-01");
        visit(2, PHO_HIEN, "2026-03-15");
        visit(2, PHO_HIEN, "2026-04-01");
        visit(4, HONG_CHAU, "2026-02-01");
        obstacle(2, "2026-03-01", "2026-03-05");
        obstacle(3, "2026-03-01", "2026-03-25");
        obstacle(3, "2026-04-10", null);
    }

    @Test
    void everyMetricIsInTheCatalogueWithItsNameAndUnit() {
        assertThat(catalogue.stream().map(CovenantMetric::code))
                .contains(
                        "landclearance.handover-share",
                        "landclearance.consent-share",
                        "landclearance.area-handed-over",
                        "landclearance.visits",
                        "landclearance.obstacles-resolved-within");
        assertThat(metric("landclearance.obstacles-resolved-within").needsDays())
                .isTrue();
        assertThat(metric("landclearance.visits").needsDays()).isFalse();
        assertThat(metric("landclearance.visits").needsSubject()).isTrue();
    }

    @Test
    void theHandoverShareCountsHouseholdsHandedOverByTheDate() {
        Map<String, Measurement> before = measure("landclearance.handover-share", null, "2026-03-19");
        assertThat(before.get(PROVINCE)).isEqualTo(share("25.00", 1, 4));
        assertThat(before.get(PHO_HIEN)).isEqualTo(share("0.00", 0, 3));
        assertThat(before.get(HONG_CHAU)).isEqualTo(share("100.00", 1, 1));
        assertThat(before.get(ELSEWHERE)).isEqualTo(new Measurement(BigDecimal.ZERO, null, null));

        Map<String, Measurement> on = measure("landclearance.handover-share", null, "2026-03-20");
        assertThat(on.get(PROVINCE)).isEqualTo(share("50.00", 2, 4));
        assertThat(on.get(PHO_HIEN)).isEqualTo(share("33.33", 1, 3));
    }

    @Test
    void theConsentShareCountsHouseholdsAgreedByTheDate() {
        assertThat(measure("landclearance.consent-share", null, "2026-03-31").get(PROVINCE))
                .isEqualTo(share("50.00", 2, 4));
        assertThat(measure("landclearance.consent-share", null, "2026-04-01").get(PROVINCE))
                .isEqualTo(share("75.00", 3, 4));
    }

    @Test
    void theAreaHandedOverAddsThePlotsOfHouseholdsHandedOver() {
        Map<String, Measurement> before = measure("landclearance.area-handed-over", null, "2026-03-19");
        assertThat(before.get(PROVINCE).value()).isEqualByComparingTo("200");
        assertThat(before.get(PHO_HIEN).value()).isEqualByComparingTo("0");
        Map<String, Measurement> on = measure("landclearance.area-handed-over", null, "2026-03-20");
        assertThat(on.get(PROVINCE).value()).isEqualByComparingTo("350");
        assertThat(on.get(PHO_HIEN).value()).isEqualByComparingTo("150");
    }

    @Test
    void theVisitsAreCountedUpToTheDate() {
        Map<String, Measurement> m = measure("landclearance.visits", null, "2026-03-15");
        assertThat(m.get(PROVINCE)).isEqualTo(Measurement.count(3));
        assertThat(m.get(PHO_HIEN)).isEqualTo(Measurement.count(2));
        assertThat(m.get(ELSEWHERE)).isEqualTo(Measurement.count(0));
        assertThat(measure("landclearance.visits", null, "2026-04-01").get(PHO_HIEN))
                .isEqualTo(Measurement.count(3));
    }

    @Test
    void obstaclesResolvedWithinTheDaysOfThoseRaisedLongEnoughAgo() {
        assertThat(measure("landclearance.obstacles-resolved-within", 7, "2026-03-07")
                        .get(PHO_HIEN))
                .isEqualTo(new Measurement(BigDecimal.ZERO, null, null));
        assertThat(measure("landclearance.obstacles-resolved-within", 7, "2026-03-31")
                        .get(PHO_HIEN))
                .isEqualTo(share("50.00", 1, 2));
        assertThat(measure("landclearance.obstacles-resolved-within", 7, "2026-04-20")
                        .get(PROVINCE))
                .isEqualTo(share("33.33", 1, 3));
        assertThat(measure("landclearance.obstacles-resolved-within", 30, "2026-05-15")
                        .get(PROVINCE))
                .isEqualTo(share("66.67", 2, 3));
    }

    @Test
    void aMissingOrUnknownSubjectMeasuresZero() {
        MetricQuery query = new MetricQuery("not-an-id", null, LocalDate.parse("2026-05-01"));
        assertThat(metric("landclearance.visits").measure(query, AREAS))
                .containsOnlyKeys(AREAS)
                .allSatisfy((k, v) -> assertThat(v.value()).isZero());
    }

    @Test
    void theSubjectsAreTheProjectsVisibleInTheScope() {
        List<MetricSubject> phoHien = metric("landclearance.visits").subjects(Scope.of(PHO_HIEN));
        assertThat(phoHien).contains(new MetricSubject(PROJECT.toString(), "T-METRIC — Dự án đo thử"));
        List<MetricSubject> tanHung = metric("landclearance.visits").subjects(Scope.of(ELSEWHERE));
        assertThat(tanHung).extracting(MetricSubject::id).doesNotContain(PROJECT.toString());
    }

    // ----------------------------------------------------------------------------------------------------------------

    private CovenantMetric metric(String code) {
        return catalogue.stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }

    private Map<String, Measurement> measure(String code, @Nullable Integer days, String asOf) {
        Map<String, Measurement> m =
                metric(code).measure(new MetricQuery(PROJECT.toString(), days, LocalDate.parse(asOf)), AREAS);
        assertThat(m).containsOnlyKeys(AREAS);
        return m;
    }

    private static Measurement share(String value, long part, long whole) {
        return new Measurement(new BigDecimal(value), BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    private static UUID id(int kind, int n) {
        return UUID.fromString(String.format("6e000000-0000-4000-8000-%02d%010d", kind, n));
    }

    private void household(int n, String path, @Nullable String agreed, @Nullable String handed, double... plots) {
        String unit = path.substring(path.indexOf('/') + 1);
        String stage = handed != null ? "HANDED_OVER" : agreed != null ? "AGREED" : "INVENTORIED";
        jdbc.sql("INSERT INTO lc_household (id, project_id, code, unit_id, unit_name, path, head_name, address, stage,"
                        + " agreed_on, handed_over_on, search_text, sort_key, created_at, updated_at) VALUES (?, ?, ?,"
                        + " ?, 'xã', ?, 'Hộ thử', 'Tổ 1', ?, ?::date, ?::date, 'x', '\\x00'::bytea, now(), now())")
                .params(id(1, n), PROJECT, "M" + n, unit, path, stage, agreed, handed)
                .update();
        for (int i = 0; i < plots.length; i++) {
            jdbc.sql("INSERT INTO lc_plot (id, household_id, project_id, map_sheet, plot_number, land_type,"
                            + " recovered_area) VALUES (?, ?, ?, 'M', ?, 'LUA', ?)")
                    .params(id(2, n * 10 + i), id(1, n), PROJECT, n + "-" + i, BigDecimal.valueOf(plots[i]))
                    .update();
        }
    }

    private int visits;

    private void visit(int household, String path, String on) {
        visits++;
        jdbc.sql("INSERT INTO lc_visit (id, household_id, project_id, path, visited_on, met_whom, outcome, recorded_at,"
                        + " recorded_by_name, client_key) VALUES (?, ?, ?, ?, ?::date, 'Chủ hộ', 'NO_CHANGE', now(),"
                        + " 'Cán bộ', ?)")
                .params(id(3, visits), id(1, household), PROJECT, path, on, id(4, visits))
                .update();
    }

    private int obstacles;

    private void obstacle(int household, String raised, @Nullable String resolved) {
        obstacles++;
        jdbc.sql("INSERT INTO lc_obstacle (id, household_id, project_id, path, reason, description, raised_on,"
                        + " resolved_on, created_at, updated_at) SELECT ?, id, project_id, path, 'PRICE', 'Giá',"
                        + " ?::date, ?::date, now(), now() FROM lc_household WHERE id = ?")
                .params(id(5, obstacles), raised, resolved, id(1, household))
                .update();
    }
}
