package vn.danvan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.danvan.calendar.WorkingCalendar;

/** The dashboard's figures respect scope, count overdue and on-time cases, and drill down; the public page shows counts. */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class DashboardWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    DashboardQueries queries;

    MvcResult as(String username, String url) throws Exception {
        return mvc.perform(get(url).with(user(accounts.loadUserByUsername(username))))
                .andReturn();
    }

    @Test
    void figuresOfAPeriodAreScopedAndCountOverdueOnTimeAndWorkingDays() throws Exception {
        // A period of its own, in 2029, so the demo data does not count.
        LocalDate d = LocalDate.of(2029, 3, 5);
        Open311Fixtures.pcase(jdbc, "REFLECTION", "ACCEPTED", null, "11953", d, d.plusDays(5), null, "33/11953", null);
        Open311Fixtures.pcase(
                jdbc, "COMPLAINT", "CLOSED", null, "11953", d, d.plusDays(30), d.plusDays(14), "33/11953", 4);
        Open311Fixtures.pcase(
                jdbc, "REFLECTION", "CLOSED", null, "11980", d, d.plusDays(3), d.plusDays(7), "33/11980", 2);
        var scope = vn.danvan.shared.security.Scope.of("33");
        var filter = new DashboardQueries.Filter(d, d.plusDays(1), null, null, d.plusDays(40));
        var totals = queries.totals(scope, filter);
        assertThat(totals.received()).isEqualTo(3);
        assertThat(totals.overdue()).isEqualTo(1);
        assertThat(totals.closed()).isEqualTo(2);
        assertThat(totals.closedOnTime()).isEqualTo(1);
        assertThat(totals.averageRating()).isEqualTo(3.0);
        double expected =
                (calendar.workingDaysBetween(d, d.plusDays(14)) + calendar.workingDaysBetween(d, d.plusDays(7))) / 2.0;
        assertThat(queries.averageWorkingDays(scope, filter)).isEqualTo(Math.round(expected * 10) / 10.0);
        var communeOnly = queries.totals(vn.danvan.shared.security.Scope.of("33/11953"), filter);
        assertThat(communeOnly.received()).isEqualTo(2);
        var drilled =
                queries.totals(scope, new DashboardQueries.Filter(d, d.plusDays(1), "33/11980", null, d.plusDays(40)));
        assertThat(drilled.received()).isEqualTo(1);
    }

    @Test
    void thePageRendersForEveryReaderAndDrillsDown() throws Exception {
        String leader = as("lanhdao.tinh", "/petitions/dashboard").getResponse().getContentAsString();
        assertThat(leader).contains("pv-area-chart", "/petitions/dashboard?area=33/11953");
        MvcResult commune = as("canbo.phohien", "/petitions/dashboard?area=33/11953&from=2026-01-01");
        assertThat(commune.getResponse().getStatus()).isEqualTo(200);
        assertThat(commune.getResponse().getContentAsString()).contains("/petitions?unit=11953");
    }

    @Test
    void thePublicStatisticsShowCountsOnly() throws Exception {
        MvcResult r = mvc.perform(get("/public/petitions/stats")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        String page = r.getResponse().getContentAsString();
        assertThat(page).contains("Phố Hiến").doesNotContain("Dữ liệu minh họa", "Nội dung", "Tiêu đề");
    }
}
