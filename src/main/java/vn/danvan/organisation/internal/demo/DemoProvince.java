package vn.danvan.organisation.internal.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.danvan.organisation.AdminUnitView;
import vn.danvan.organisation.AdminUnits;
import vn.danvan.organisation.DemoMode;
import vn.danvan.organisation.OrgUnitKind;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.UnitLevel;
import vn.danvan.organisation.UnitQuery;
import vn.danvan.organisation.internal.account.DemoAccountSeeder;
import vn.danvan.organisation.internal.org.OrgUnit;
import vn.danvan.organisation.internal.org.OrgUnitForm;
import vn.danvan.organisation.internal.org.OrgUnitService;
import vn.danvan.organisation.internal.org.RenameForm;
import vn.danvan.organisation.internal.people.Person;
import vn.danvan.organisation.internal.people.PersonForm;
import vn.danvan.organisation.internal.people.PersonService;
import vn.danvan.organisation.internal.people.PositionForm;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;

/**
 * Loads the demo province on first start in demo mode: today's Hưng Yên with its provincial organisations, the
 * Party committee, People's Committee and Front of each of its 104 communes and wards, the full political system
 * of Phường Phố Hiến, the pre-2025 mass-mobilization boards of the old province and its districts, people in
 * their positions, and one account per role. The people are invented for the demo; the units are real.
 */
@Component
@Order(DemoMode.DEMO_PROVINCE_ORDER)
class DemoProvince implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProvince.class);

    static final String PROVINCE = "33";
    static final String PHO_HIEN = "11953";
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final LocalDate BEFORE_REFORM = LocalDate.of(2025, 6, 30);

    private final DemoAccounts demo;
    private final AdminUnits units;
    private final OrgUnitService organisations;
    private final PersonService people;
    private final DemoAccountSeeder accounts;

    DemoProvince(
            DemoAccounts demo,
            AdminUnits units,
            OrgUnitService organisations,
            PersonService people,
            DemoAccountSeeder accounts) {
        this.demo = demo;
        this.units = units;
        this.organisations = organisations;
        this.people = people;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || accounts.exists(DemoAccounts.ALL.get(0).username())) {
            return;
        }
        long started = System.nanoTime();
        var previous = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            CurrentUser system = new CurrentUser(
                    UUID.fromString("00000000-0000-0000-0000-000000000000"),
                    "system",
                    "system",
                    null,
                    Set.copyOf(Role.SYSTEM_ADMIN.permissions()),
                    Scope.everything(),
                    true,
                    false,
                    false);
            SecurityContextHolder.getContext()
                    .setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
            load();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        log.info("Demo province loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void load() {
        // Province level, today.
        OrgUnit partyCommittee = org(OrgUnitKind.PARTY_COMMITTEE, "Tỉnh ủy Hưng Yên", "TU", PROVINCE, null, REFORM);
        OrgUnit board = org(
                OrgUnitKind.MASS_MOBILIZATION_BOARD,
                "Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên",
                "BTGDVTU",
                PROVINCE,
                partyCommittee.id(),
                REFORM);
        OrgUnit front =
                org(OrgUnitKind.FATHERLAND_FRONT, "Ủy ban MTTQ Việt Nam tỉnh Hưng Yên", "MTTQ", PROVINCE, null, REFORM);
        org(OrgUnitKind.WOMENS_UNION, "Hội Liên hiệp Phụ nữ tỉnh Hưng Yên", "HLHPN", PROVINCE, front.id(), REFORM);
        org(OrgUnitKind.FARMERS_ASSOCIATION, "Hội Nông dân tỉnh Hưng Yên", "HND", PROVINCE, front.id(), REFORM);
        org(OrgUnitKind.YOUTH_UNION, "Tỉnh đoàn Hưng Yên", "TĐ", PROVINCE, front.id(), REFORM);
        org(OrgUnitKind.VETERANS_ASSOCIATION, "Hội Cựu chiến binh tỉnh Hưng Yên", "HCCB", PROVINCE, front.id(), REFORM);
        org(OrgUnitKind.TRADE_UNION, "Liên đoàn Lao động tỉnh Hưng Yên", "LĐLĐ", PROVINCE, front.id(), REFORM);
        OrgUnit committee =
                org(OrgUnitKind.PEOPLES_COMMITTEE, "Ủy ban nhân dân tỉnh Hưng Yên", "UBND", PROVINCE, null, REFORM);
        OrgUnit reception = org(
                OrgUnitKind.GOVERNMENT_AGENCY,
                "Ban Tiếp công dân tỉnh Hưng Yên",
                "BTCD",
                PROVINCE,
                committee.id(),
                REFORM);
        org(
                OrgUnitKind.GOVERNMENT_AGENCY,
                "Sở Nông nghiệp và Môi trường tỉnh Hưng Yên",
                "SNNMT",
                PROVINCE,
                committee.id(),
                REFORM);

        // Before the reform: the old province's board (renamed in 2025) and its district boards.
        OrgUnit oldBoard =
                org(OrgUnitKind.MASS_MOBILIZATION_BOARD, "Ban Dân vận Tỉnh ủy Hưng Yên", "BDVTU", "old-33", null, null);
        organisations.rename(
                oldBoard.id(),
                new RenameForm("Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên", "BTGDVTU", LocalDate.of(2025, 3, 1)));
        organisations.dissolve(oldBoard.id(), new vn.danvan.organisation.internal.org.DissolveForm(BEFORE_REFORM));
        OrgUnit oldThaiBinhBoard = org(
                OrgUnitKind.MASS_MOBILIZATION_BOARD, "Ban Dân vận Tỉnh ủy Thái Bình", "BDVTU", "old-34", null, null);
        organisations.dissolve(
                oldThaiBinhBoard.id(), new vn.danvan.organisation.internal.org.DissolveForm(BEFORE_REFORM));
        for (AdminUnitView district : children("old-33", UnitLevel.DISTRICT, BEFORE_REFORM)) {
            OrgUnit b = org(
                    OrgUnitKind.MASS_MOBILIZATION_BOARD,
                    "Ban Dân vận Huyện ủy " + district.name(),
                    "BDVHU",
                    district.id(),
                    oldBoard.id(),
                    null);
            organisations.dissolve(b.id(), new vn.danvan.organisation.internal.org.DissolveForm(BEFORE_REFORM));
        }

        // Every commune and ward of today's province: Party committee, People's Committee, Front committee.
        Map<String, OrgUnit> communeFronts = new HashMap<>();
        for (AdminUnitView commune : children(PROVINCE, UnitLevel.COMMUNE, REFORM)) {
            String label = commune.fullName().replaceFirst("^(Xã|Phường|Đặc khu) ", "");
            String kindWord = commune.fullName().startsWith("Phường") ? "phường" : "xã";
            org(
                    OrgUnitKind.PARTY_COMMITTEE,
                    "Đảng ủy " + kindWord + " " + label,
                    "ĐU",
                    commune.id(),
                    partyCommittee.id(),
                    REFORM);
            org(
                    OrgUnitKind.PEOPLES_COMMITTEE,
                    "Ủy ban nhân dân " + kindWord + " " + label,
                    "UBND",
                    commune.id(),
                    committee.id(),
                    REFORM);
            communeFronts.put(
                    commune.id(),
                    org(
                            OrgUnitKind.FATHERLAND_FRONT,
                            "Ủy ban MTTQ Việt Nam " + kindWord + " " + label,
                            "MTTQ",
                            commune.id(),
                            front.id(),
                            REFORM));
        }

        // The full political system of one ward, with village Front teams.
        OrgUnit phoHienFront = communeFronts.get(PHO_HIEN);
        org(
                OrgUnitKind.WOMENS_UNION,
                "Hội Liên hiệp Phụ nữ phường Phố Hiến",
                "HLHPN",
                PHO_HIEN,
                phoHienFront.id(),
                REFORM);
        org(
                OrgUnitKind.FARMERS_ASSOCIATION,
                "Hội Nông dân phường Phố Hiến",
                "HND",
                PHO_HIEN,
                phoHienFront.id(),
                REFORM);
        org(OrgUnitKind.YOUTH_UNION, "Đoàn Thanh niên phường Phố Hiến", "ĐTN", PHO_HIEN, phoHienFront.id(), REFORM);
        org(
                OrgUnitKind.VETERANS_ASSOCIATION,
                "Hội Cựu chiến binh phường Phố Hiến",
                "HCCB",
                PHO_HIEN,
                phoHienFront.id(),
                REFORM);
        for (String village :
                List.of("Tổ dân phố An Tảo", "Tổ dân phố Hiến Nam", "Tổ dân phố Lê Lợi", "Thôn Trung Nghĩa")) {
            organisations.create(new OrgUnitForm(
                    OrgUnitKind.VILLAGE_FRONT_TEAM,
                    "Ban công tác Mặt trận " + village,
                    null,
                    PHO_HIEN,
                    phoHienFront.id(),
                    village,
                    REFORM,
                    null));
        }
        OrgUnit phoHienParty = organisations.ofAdminUnit(PHO_HIEN).stream()
                .filter(o -> o.kind() == OrgUnitKind.PARTY_COMMITTEE)
                .findFirst()
                .orElseThrow();

        // People and one account per role.
        account("quantri", "Nguyễn Quản Trị", board, "Chuyên viên quản trị hệ thống", Role.SYSTEM_ADMIN, board);
        account("lanhdao.tinh", "Trần Thị Minh Hằng", board, "Phó Trưởng ban", Role.PROVINCE_BOARD_LEADER, board);
        account("chuyenvien.tinh", "Lê Văn Thành", board, "Chuyên viên", Role.PROVINCE_BOARD_SPECIALIST, board);
        account(
                "canbo.phohien",
                "Phạm Thị Lan",
                phoHienParty,
                "Chuyên viên dân vận",
                Role.COMMUNE_OFFICER,
                phoHienParty);
        account("mattran.phohien", "Đỗ Văn Hùng", phoHienFront, "Phó Chủ tịch", Role.FRONT_OFFICER, phoHienFront);
        account("xuly.tinh", "Vũ Thị Hoa", reception, "Chuyên viên", Role.AGENCY_HANDLER, reception);
    }

    private void account(String username, String fullName, OrgUnit home, String title, Role role, OrgUnit grantOrg) {
        Person person = people.create(new PersonForm(fullName, null, null, null, null, home.id()));
        people.appoint(person.id(), new PositionForm(home.id(), title, REFORM, null));
        accounts.create(username, demo.password(), person.id(), person.path(), role, grantOrg.id(), grantOrg.path());
    }

    private OrgUnit org(
            OrgUnitKind kind, String name, String abbreviation, String unit, UUID parent, LocalDate validFrom) {
        return organisations.create(new OrgUnitForm(kind, name, abbreviation, unit, parent, null, validFrom, null));
    }

    private List<AdminUnitView> children(String parent, UnitLevel level, LocalDate at) {
        return units.search(new UnitQuery(level, parent, at, null), PageRequest.of(0, 500))
                .getContent();
    }
}
