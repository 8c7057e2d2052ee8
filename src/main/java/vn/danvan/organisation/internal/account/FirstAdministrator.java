package vn.danvan.organisation.internal.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.organisation.AdminUnitView;
import vn.danvan.organisation.AdminUnits;
import vn.danvan.organisation.DemoMode;
import vn.danvan.organisation.OrgUnitKind;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.UnitLevel;
import vn.danvan.organisation.internal.org.OrgUnit;
import vn.danvan.organisation.internal.org.OrgUnitForm;
import vn.danvan.organisation.internal.org.OrgUnitService;
import vn.danvan.organisation.internal.people.Person;
import vn.danvan.organisation.internal.people.PersonForm;
import vn.danvan.organisation.internal.people.PersonService;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;

/**
 * Creates the first system administrator of a fresh installation (no account yet, demo mode off) from the
 * {@code DANVAN_ADMIN_*} settings, attached to the mass-mobilization board of the given province. Without them it
 * says how to create one.
 */
@Component
@Order(DemoMode.DEMO_PROVINCE_ORDER - 10)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final FirstAdministratorProperties properties;
    private final UserAccountRepository accounts;
    private final AdminUnits units;
    private final OrgUnitService organisations;
    private final PersonService people;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final DemoMode demo;
    private final Clock clock;

    FirstAdministrator(
            FirstAdministratorProperties properties,
            UserAccountRepository accounts,
            AdminUnits units,
            OrgUnitService organisations,
            PersonService people,
            PasswordEncoder encoder,
            AuditTrail audit,
            TransactionTemplate transactions,
            DemoMode demo,
            Clock clock) {
        this.properties = properties;
        this.accounts = accounts;
        this.units = units;
        this.organisations = organisations;
        this.people = people;
        this.encoder = encoder;
        this.audit = audit;
        this.transactions = transactions;
        this.demo = demo;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.enabled() || accounts.count() > 0) {
            return;
        }
        if (!properties.isComplete()) {
            log.warn("No account exists yet. Set DANVAN_ADMIN_USERNAME, DANVAN_ADMIN_PASSWORD and "
                    + "DANVAN_ADMIN_PROVINCE (a province code such as 33) and restart to create the first "
                    + "system administrator.");
            return;
        }
        AdminUnitView province = units.find(properties.province().strip())
                .filter(u -> u.level() == UnitLevel.PROVINCE && u.isCurrent())
                .orElseThrow(() -> new IllegalStateException(
                        "DANVAN_ADMIN_PROVINCE must be the code of a current province, not " + properties.province()));
        var previous = SecurityContextHolder.getContext();
        try {
            CurrentUser system = new CurrentUser(
                    new UUID(0, 0),
                    "system",
                    "system",
                    null,
                    Role.SYSTEM_ADMIN.permissions(),
                    Scope.everything(),
                    true,
                    false,
                    false);
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            SecurityContextHolder.getContext()
                    .setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
            transactions.executeWithoutResult(status -> create(province));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        log.info(
                "Created the first system administrator '{}'; the password must be changed at first sign-in.",
                properties.username());
    }

    private void create(AdminUnitView province) {
        OrgUnit board = organisations.create(new OrgUnitForm(
                OrgUnitKind.MASS_MOBILIZATION_BOARD,
                "Ban Tuyên giáo và Dân vận Tỉnh ủy " + province.name(),
                null,
                province.id(),
                null,
                null,
                LocalDate.now(clock),
                null));
        Person person = people.create(new PersonForm("Quản trị hệ thống", null, null, null, null, board.id()));
        PasswordPolicy.check(properties.username(), properties.password());
        UserAccount account = new UserAccount(
                properties.username(),
                encoder.encode(properties.password()),
                person.id(),
                person.path(),
                true,
                clock.instant());
        account.grant(Role.SYSTEM_ADMIN, board.id(), board.path(), null, clock.instant());
        accounts.save(account);
        audit.record(AuditEvent.of(
                "organisation.account.created",
                "user_account",
                account.id(),
                Map.of(
                        "username",
                        account.username(),
                        "role",
                        Role.SYSTEM_ADMIN.name(),
                        "firstAdministrator",
                        "true")));
    }
}
