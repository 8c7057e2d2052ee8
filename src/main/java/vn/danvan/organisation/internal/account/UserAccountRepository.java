package vn.danvan.organisation.internal.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID>, JpaSpecificationExecutor<UserAccount> {

    @Query("select u from UserAccount u where lower(u.username) = lower(?1)")
    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByPersonId(UUID personId);

    /**
     * A successful sign-in, written without the optimistic version check: two sign-ins of the same account at
     * the same moment (a phone and a computer) must both succeed.
     */
    @Modifying
    @Query("update UserAccount u set u.failedAttempts = 0, u.lockedUntil = null, u.lastSignInAt = ?2 where u.id = ?1")
    int recordSignIn(UUID id, Instant at);
}
