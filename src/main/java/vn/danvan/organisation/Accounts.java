package vn.danvan.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Questions other modules ask about user accounts (tài khoản), to address people: who holds a role in some
 * organisations, and how to reach one of them. Answers whatever the signed-in user's scope, since they are used by
 * background jobs and to notify people, never shown as a list.
 */
public interface Accounts {

    /** How to reach the person behind an enabled account; empty for an unknown or disabled account. */
    Optional<AccountContact> contact(UUID userId);

    /** Enabled accounts holding any role granted in one of these organisations. */
    Collection<UUID> usersWithRoleIn(Collection<UUID> orgUnitIds);

    /** The enabled account with this user name (ignoring case), to name a person in a form. */
    Optional<UUID> enabledAccountNamed(String username);

    /** The organisations an account holds roles in, the earliest grant first (the person's own organisation). */
    List<UUID> organisationsOf(UUID userId);
}
