package vn.danvan.organisation.internal.account;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.organisation.OrganisationPermissions;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.internal.org.OrgUnit;
import vn.danvan.organisation.internal.org.OrgUnitService;
import vn.danvan.organisation.internal.org.OrganisationRuleViolation;
import vn.danvan.organisation.internal.people.Person;
import vn.danvan.organisation.internal.people.PersonService;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.RecordNotFound;

/** Accounts: creation by an administrator, roles, passwords, sessions and access tokens. */
@Service
public class AccountService {

    private final UserAccountRepository accounts;
    private final AccessTokenRepository tokens;
    private final PersonService people;
    private final OrgUnitService organisations;
    private final PasswordEncoder encoder;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final AuditTrail audit;
    private final Clock clock;

    AccountService(
            UserAccountRepository accounts,
            AccessTokenRepository tokens,
            PersonService people,
            OrgUnitService organisations,
            PasswordEncoder encoder,
            FindByIndexNameSessionRepository<? extends Session> sessions,
            AuditTrail audit,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.people = people;
        this.organisations = organisations;
        this.encoder = encoder;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    // --- administration -------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<UserAccount> search(@Nullable String q, Pageable pageable) {
        CurrentUser admin = SignedIn.require(OrganisationPermissions.USERS_MANAGE);
        return accounts.findAll(
                (root, query, cb) -> {
                    List<Predicate> where = new ArrayList<>();
                    where.add(admin.scope().predicate(cb, root.get("path")));
                    if (q != null && !q.isBlank()) {
                        where.add(cb.like(cb.lower(root.get("username")), "%" + VietnameseText.fold(q) + "%"));
                    }
                    return cb.and(where.toArray(Predicate[]::new));
                },
                pageable);
    }

    @Transactional(readOnly = true)
    public UserAccount get(UUID id) {
        CurrentUser admin = SignedIn.require(OrganisationPermissions.USERS_MANAGE);
        return accounts.findOne((root, q, cb) ->
                        cb.and(cb.equal(root.get("id"), id), admin.scope().predicate(cb, root.get("path"))))
                .orElseThrow(() -> new RecordNotFound("account", id));
    }

    /** Creates an account for a person with a first role; returns the temporary password to hand over once. */
    @Transactional
    public Created create(NewAccountForm form) {
        CurrentUser admin = SignedIn.require(OrganisationPermissions.USERS_MANAGE);
        Person person = people.get(form.personId());
        if (accounts.findByUsername(form.username()).isPresent()) {
            throw new OrganisationRuleViolation("organisation.error.usernameTaken");
        }
        if (accounts.findByPersonId(person.id()).isPresent()) {
            throw new OrganisationRuleViolation("organisation.error.personHasAccount");
        }
        OrgUnit org = organisations.get(form.orgUnitId());
        String temporary = PasswordPolicy.temporary();
        Instant now = clock.instant();
        UserAccount account =
                new UserAccount(form.username(), encoder.encode(temporary), person.id(), person.path(), true, now);
        account.grant(form.role(), org.id(), org.path(), admin.id(), now);
        accounts.save(account);
        audit.record(AuditEvent.of(
                "organisation.account.created",
                "user_account",
                account.id().toString(),
                Map.of(
                        "username",
                        account.username(),
                        "role",
                        form.role().name(),
                        "org",
                        org.id().toString())));
        return new Created(account, temporary);
    }

    @Transactional
    public RoleGrant grant(UUID accountId, Role role, UUID orgUnitId) {
        CurrentUser admin = SignedIn.require(OrganisationPermissions.USERS_MANAGE);
        UserAccount account = get(accountId);
        OrgUnit org = organisations.get(orgUnitId);
        RoleGrant grant = account.grant(role, org.id(), org.path(), admin.id(), clock.instant());
        accounts.saveAndFlush(account);
        audit.record(AuditEvent.of(
                "organisation.role.granted",
                "user_account",
                accountId.toString(),
                Map.of("role", role.name(), "org", org.id().toString(), "scope", org.path())));
        signOutEverywhere(account);
        return grant;
    }

    @Transactional
    public void revoke(UUID accountId, UUID grantId) {
        SignedIn.require(OrganisationPermissions.USERS_MANAGE);
        UserAccount account = get(accountId);
        RoleGrant grant = account.revoke(grantId, clock.instant());
        audit.record(AuditEvent.of(
                "organisation.role.revoked",
                "user_account",
                accountId.toString(),
                Map.of("role", grant.role().name(), "org", grant.orgUnitId().toString())));
        signOutEverywhere(account);
    }

    @Transactional
    public String resetPassword(UUID accountId) {
        SignedIn.require(OrganisationPermissions.USERS_MANAGE);
        UserAccount account = get(accountId);
        String temporary = PasswordPolicy.temporary();
        account.resetPassword(encoder.encode(temporary), clock.instant());
        audit.record(
                AuditEvent.of("organisation.account.passwordReset", "user_account", accountId.toString(), Map.of()));
        signOutEverywhere(account);
        return temporary;
    }

    @Transactional
    public void setEnabled(UUID accountId, boolean enabled) {
        CurrentUser admin = SignedIn.require(OrganisationPermissions.USERS_MANAGE);
        UserAccount account = get(accountId);
        if (!enabled && account.id().equals(admin.id())) {
            throw new OrganisationRuleViolation("organisation.error.cannotDisableSelf");
        }
        if (enabled) {
            account.enable(clock.instant());
        } else {
            account.disable(clock.instant());
            signOutEverywhere(account);
        }
        audit.record(AuditEvent.of(
                enabled ? "organisation.account.enabled" : "organisation.account.disabled",
                "user_account",
                accountId.toString(),
                Map.of()));
    }

    // --- the signed-in user's own account ---------------------------------------------------------------------

    @Transactional(readOnly = true)
    public UserAccount mine() {
        CurrentUser me = SignedIn.user();
        return accounts.findById(me.id()).orElseThrow(() -> new RecordNotFound("account", me.id()));
    }

    @Transactional
    public void changeOwnPassword(String current, String replacement) {
        UserAccount account = mine();
        if (!encoder.matches(current, account.passwordHash())) {
            throw new OrganisationRuleViolation("organisation.error.wrongCurrentPassword");
        }
        if (current.equals(replacement)) {
            throw new OrganisationRuleViolation("organisation.error.passwordUnchanged");
        }
        PasswordPolicy.check(account.username(), replacement);
        account.changePassword(encoder.encode(replacement), clock.instant());
        audit.record(AuditEvent.of(
                "organisation.account.passwordChanged",
                "user_account",
                account.id().toString(),
                Map.of()));
    }

    /** Ends every session of the signed-in user, on every device. */
    @Transactional
    public int signOutEverywhere() {
        UserAccount account = mine();
        int count = signOutEverywhere(account);
        audit.record(AuditEvent.of(
                "organisation.account.signedOutEverywhere",
                "user_account",
                account.id().toString(),
                Map.of("sessions", Integer.toString(count))));
        return count;
    }

    private int signOutEverywhere(UserAccount account) {
        var found = sessions.findByPrincipalName(account.username());
        found.keySet().forEach(sessions::deleteById);
        return found.size();
    }

    @Transactional(readOnly = true)
    public List<AccessToken> myTokens() {
        return tokens.findByUserIdOrderByCreatedAtDesc(SignedIn.user().id());
    }

    @Transactional
    public AccessToken.Issued createToken(String name, @Nullable Instant expiresAt) {
        CurrentUser me = SignedIn.user();
        if (name.isBlank() || name.length() > 100) {
            throw new OrganisationRuleViolation("organisation.validation.tokenName");
        }
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            throw new OrganisationRuleViolation("organisation.error.tokenExpiryPast");
        }
        AccessToken.Issued issued = AccessToken.issue(me.id(), name, expiresAt, clock.instant());
        tokens.save(issued.token());
        audit.record(AuditEvent.of(
                "organisation.token.created",
                "access_token",
                issued.token().id().toString(),
                Map.of("name", issued.token().name())));
        return issued;
    }

    @Transactional
    public void revokeToken(UUID tokenId) {
        CurrentUser me = SignedIn.user();
        AccessToken token = tokens.findById(tokenId)
                .filter(t -> t.userId().equals(me.id()))
                .orElseThrow(() -> new RecordNotFound("token", tokenId));
        token.revoke(clock.instant());
        audit.record(AuditEvent.of("organisation.token.revoked", "access_token", tokenId.toString(), Map.of()));
    }

    /** An account just created and its temporary password, shown once. */
    public record Created(UserAccount account, String temporaryPassword) {}
}
