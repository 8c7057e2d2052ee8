package vn.danvan.organisation.internal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.organisation.Accounts;

/** The questions other modules ask about accounts, answered on the demo province's accounts. */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class AccountsAdapterTests {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void findsAnEnabledAccountByNameIgnoringCaseAndSpaces() {
        UUID id = jdbc.sql("SELECT id FROM user_account WHERE username = 'xuly.tinh'")
                .query(UUID.class)
                .single();
        assertThat(accounts.enabledAccountNamed("  XuLy.Tinh ")).contains(id);
        assertThat(accounts.enabledAccountNamed("khong.co.ai")).isEmpty();
    }

    @Test
    void aPersonsOwnOrganisationIsTheOneOfTheirFirstGrant() {
        UUID officer = jdbc.sql("SELECT id FROM user_account WHERE username = 'canbo.phohien'")
                .query(UUID.class)
                .single();
        UUID grantedIn = jdbc.sql("SELECT org_unit_id FROM role_grant WHERE user_id = ? ORDER BY granted_at LIMIT 1")
                .param(officer)
                .query(UUID.class)
                .single();
        assertThat(accounts.organisationsOf(officer)).first().isEqualTo(grantedIn);
        assertThat(accounts.organisationsOf(UUID.randomUUID())).isEmpty();
    }
}
