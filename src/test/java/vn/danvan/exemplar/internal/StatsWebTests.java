package vn.danvan.exemplar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.danvan.shared.security.Scope;

/** The statistics on the SQL fixtures of {@link StatsFixtures}: the numbers, the scope and the drill-down. */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class StatsWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatsQueries stats;

    @BeforeEach
    void fixtures() {
        StatsFixtures.insert(jdbc);
    }

    @Test
    void theProvinceSeesEveryFieldAndLevelWithTheirTotals() {
        StatsQueries.Table table = stats.table(Scope.of("33"), StatsFixtures.YEAR, StatsFixtures.YEAR, null);
        StatsQueries.Counts economic = table.cell("ECONOMIC", "COMMUNE");
        assertThat(economic.registered()).isEqualTo(2);
        assertThat(economic.effective()).isEqualTo(1);
        assertThat(economic.recognised()).isEqualTo(2);
        assertThat(economic.replicas()).isEqualTo(1);
        assertThat(economic.originals()).isEqualTo(1);
        assertThat(economic.continued()).isEqualTo(1);
        assertThat(economic.fresh()).isEqualTo(1);
        StatsQueries.Counts cultural = table.cell("CULTURAL_SOCIAL", "PROVINCE");
        assertThat(cultural.registered()).isEqualTo(1);
        assertThat(cultural.recognised())
                .as("a revoked recognition does not count")
                .isZero();
        assertThat(table.cell("DEFENCE_SECURITY", "COMMUNE").effective())
                .as("only the annual self-assessment counts")
                .isZero();
        assertThat(table.total().registered()).isEqualTo(4);
        assertThat(table.total().recognised()).isEqualTo(2);
        assertThat(table.field("ECONOMIC").registered()).isEqualTo(2);
        assertThat(table.level("COMMUNE").registered()).isEqualTo(3);
        assertThat(stats.table(Scope.of("33"), StatsFixtures.YEAR - 1, StatsFixtures.YEAR, null)
                        .total()
                        .registered())
                .as("a range of years")
                .isEqualTo(5);
    }

    @Test
    void aCommuneOfficerSeesOnlyTheirCommune() {
        StatsQueries.Table table = stats.table(Scope.of("33/11953"), StatsFixtures.YEAR, StatsFixtures.YEAR, null);
        assertThat(table.total().registered()).isEqualTo(2);
        assertThat(table.cell("ECONOMIC", "COMMUNE").registered()).isEqualTo(1);
        assertThat(table.cell("ECONOMIC", "COMMUNE").replicas()).isZero();
        assertThat(table.cell("ECONOMIC", "COMMUNE").originals()).isEqualTo(1);
        assertThat(table.cell("CULTURAL_SOCIAL", "PROVINCE").registered()).isZero();

        MvcTestResult page = get("canbo.phohien", "/exemplars/stats?year=" + StatsFixtures.YEAR);
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("id=\"ex-total-registered\">2<");
    }

    @Test
    void theDrillDownGoesFromTheProvinceToItsUnitsAndOnToTheList() {
        var units = stats.units(Scope.of("33"), StatsFixtures.YEAR, StatsFixtures.YEAR, "33");
        assertThat(units)
                .extracting(StatsQueries.UnitRow::path, r -> r.counts().registered())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("33/11953", 2L),
                        org.assertj.core.groups.Tuple.tuple("33/11980", 1L),
                        org.assertj.core.groups.Tuple.tuple("33", 1L));
        assertThat(units)
                .filteredOn(StatsQueries.UnitRow::self)
                .extracting(StatsQueries.UnitRow::path)
                .containsExactly("33");

        MvcTestResult page = get("chuyenvien.tinh", "/exemplars/stats?year=" + StatsFixtures.YEAR);
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains("id=\"ex-total-registered\">4<")
                .contains("/exemplars/stats?year=2090&amp;to=2090&amp;unit=33/11953")
                .contains("/exemplars?year=2090&amp;field=ECONOMIC&amp;level=COMMUNE")
                .contains("data-registered=\"2,1,1,0\"");

        MvcTestResult commune = get("chuyenvien.tinh", "/exemplars/stats?year=2090&unit=33/11953");
        assertThat(commune).hasStatusOk();
        assertThat(commune).bodyText().contains("id=\"ex-stats-units\"");
    }

    private MvcTestResult get(String username, String url) {
        return mvc.get()
                .uri(url)
                .with(user(accounts.loadUserByUsername(username)))
                .exchange();
    }
}
