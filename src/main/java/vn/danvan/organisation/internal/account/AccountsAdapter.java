package vn.danvan.organisation.internal.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.organisation.AccountContact;
import vn.danvan.organisation.Accounts;

/** Answers {@link Accounts} from the account, its person and its role grants. */
@Component
class AccountsAdapter implements Accounts {

    private final JdbcClient jdbc;

    AccountsAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AccountContact> contact(UUID userId) {
        // No preferred language is recorded for an account yet, so every person reads Vietnamese.
        return jdbc.sql("""
                        SELECT u.id, coalesce(p.full_name, u.username) AS display_name, p.email
                        FROM user_account u LEFT JOIN person p ON p.id = u.person_id
                        WHERE u.id = :id AND u.enabled""")
                .param("id", userId)
                .query((rs, n) -> new AccountContact(
                        rs.getObject("id", UUID.class),
                        rs.getString("display_name"),
                        rs.getString("email"),
                        AccountContact.VIETNAMESE))
                .optional();
    }

    @Override
    public Collection<UUID> usersWithRoleIn(Collection<UUID> orgUnitIds) {
        if (orgUnitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT DISTINCT g.user_id FROM role_grant g JOIN user_account u ON u.id = g.user_id
                        WHERE g.org_unit_id IN (:ids) AND u.enabled
                        ORDER BY g.user_id""")
                .param("ids", List.copyOf(orgUnitIds))
                .query(UUID.class)
                .list();
    }

    @Override
    public Optional<UUID> enabledAccountNamed(String username) {
        return jdbc.sql("SELECT id FROM user_account WHERE lower(username) = lower(:name) AND enabled")
                .param("name", username.strip())
                .query(UUID.class)
                .optional();
    }

    @Override
    public List<UUID> organisationsOf(UUID userId) {
        return jdbc.sql("""
                        SELECT org_unit_id FROM role_grant WHERE user_id = :id
                        GROUP BY org_unit_id ORDER BY min(granted_at), org_unit_id""").param("id", userId).query(UUID.class).list();
    }
}
