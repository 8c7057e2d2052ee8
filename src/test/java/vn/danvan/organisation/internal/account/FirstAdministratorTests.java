package vn.danvan.organisation.internal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh installation without demo data gets its first system administrator from the DANVAN_ADMIN_* settings.
 * This test runs on a database of its own (not the one the other tests share), since it needs one without accounts.
 */
@SpringBootTest(
        properties = {
            "danvan.db.ephemeral=false",
            "danvan.db.data-dir=target/first-administrator-pg-${random.uuid}",
            "danvan.db.embedded-port=0",
            "danvan.demo.enabled=false",
            "danvan.admin.username=quantri.dau.tien",
            "danvan.admin.password=Mat-khau-khoi-tao-2026",
            "danvan.admin.province=33"
        })
class FirstAdministratorTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsTheFirstAdministratorWhoMustChangeThePassword() {
        var account = jdbc.sql("SELECT must_change_password, password_hash FROM user_account WHERE username = ?")
                .param("quantri.dau.tien")
                .query((rs, i) -> new Object[] {rs.getBoolean(1), rs.getString(2)})
                .single();
        assertThat(account[0]).isEqualTo(true);
        assertThat((String) account[1]).startsWith("{bcrypt}").doesNotContain("Mat-khau");
        assertThat(jdbc.sql("SELECT g.role FROM role_grant g JOIN user_account u ON u.id = g.user_id "
                                + "WHERE u.username = 'quantri.dau.tien'")
                        .query(String.class)
                        .list())
                .containsExactly("SYSTEM_ADMIN");
        assertThat(jdbc.sql("SELECT o.name FROM org_unit o JOIN person p ON p.home_org_unit_id = o.id "
                                + "JOIN user_account u ON u.person_id = p.id WHERE u.username = 'quantri.dau.tien'")
                        .query(String.class)
                        .single())
                .isEqualTo("Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'organisation.account.created'")
                        .query(Long.class)
                        .single())
                .isOne();
    }
}
