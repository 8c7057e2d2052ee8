package vn.danvan.benchmark;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import vn.danvan.shared.Ids;
import vn.danvan.shared.text.VietnameseText;

/**
 * Fills a running DanVan database with a nation-sized dataset: organisations in all 34 provinces and their communes,
 * and cadres with one account and one role each. The administrative units are the real ones the application
 * imported at start-up; the organisations are named after them; the people are invented.
 *
 * <p>Everything is written with {@code COPY} in one transaction, so a failed run leaves nothing behind. A second run
 * finds the accounts (their usernames start with {@value #PREFIX}) and does nothing. All accounts share one password,
 * hashed once: bcrypt is deliberately slow, and 50,000 hashes would take minutes.
 *
 * <p>Usage: {@code NationDataset [jdbcUrl] [password] [organisations] [people]}.
 */
public final class NationDataset {

    static final String PREFIX = "bench.";
    static final String DEFAULT_URL = "jdbc:postgresql://localhost:54339/postgres";
    static final String DEFAULT_PASSWORD = "danvan-demo-2026";
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private static final String[] SURNAMES = {
        "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Lương", "Tạ", "Hà", "Chu", "Đào", "Cao", "Lò"
    };
    private static final String[] MALE_MIDDLE = {"Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thanh", "Xuân", "Tiến"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Kim", "Bích"};
    private static final String[] MALE_GIVEN = {
        "Anh", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Huy", "Khánh", "Long", "Nam", "Phong", "Quân", "Sơn",
        "Thắng", "Tuấn", "Việt", "Trung", "Hiếu", "Lộc", "Thành", "Tùng", "Kiên", "Vinh"
    };
    private static final String[] FEMALE_GIVEN = {
        "Anh", "Châu", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Ngọc", "Nhung", "Phương",
        "Thảo", "Trang", "Yến", "Huyền", "Loan", "Oanh", "Thủy", "Vân", "Xuân", "Ánh"
    };
    private static final String[] COMMUNE_TITLES = {
        "Chuyên viên dân vận", "Công chức văn phòng", "Phó Bí thư", "Phó Chủ tịch", "Cán bộ tiếp công dân", "Chuyên viên"
    };

    /** Kinds of commune organisation, in the order they are added until the wanted count is reached. */
    private static final List<OrgTemplate> COMMUNE_ORGS = List.of(
            new OrgTemplate("PARTY_COMMITTEE", "Đảng ủy %s", "ĐU", "PARTY_COMMITTEE"),
            new OrgTemplate("PEOPLES_COMMITTEE", "Ủy ban nhân dân %s", "UBND", "PEOPLES_COMMITTEE"),
            new OrgTemplate("FATHERLAND_FRONT", "Ủy ban MTTQ Việt Nam %s", "MTTQ", "FATHERLAND_FRONT"),
            new OrgTemplate("WOMENS_UNION", "Hội Liên hiệp Phụ nữ %s", "HLHPN", "WOMENS_UNION"),
            new OrgTemplate("FARMERS_ASSOCIATION", "Hội Nông dân %s", "HND", "FARMERS_ASSOCIATION"));

    private NationDataset() {}

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : DEFAULT_URL;
        String password = args.length > 1 ? args[1] : DEFAULT_PASSWORD;
        int wantedOrgs = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        int wantedPeople = args.length > 3 ? Integer.parseInt(args[3]) : 50_000;
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
            db.setAutoCommit(false);
            if (count(db, "SELECT count(*) FROM user_account WHERE username LIKE '" + PREFIX + "%'") > 0) {
                System.out.println("Bench dataset already present; nothing generated.");
                printSizes(db);
                return;
            }
            long started = System.nanoTime();
            new NationDataset().generate(db, password, wantedOrgs, wantedPeople, new Random(20_261_129L));
            db.commit();
            long written = System.nanoTime();
            try (Statement s = db.createStatement()) {
                db.setAutoCommit(true);
                s.execute("ANALYZE org_unit, person, position, user_account, role_grant");
            }
            System.out.printf(
                    "Generated %d organisations and %d people/accounts/grants in %d ms (+ ANALYZE %d ms)%n",
                    wantedOrgs,
                    wantedPeople,
                    (written - started) / 1_000_000,
                    (System.nanoTime() - written) / 1_000_000);
            printSizes(db);
        }
    }

    private void generate(Connection db, String password, int wantedOrgs, int wantedPeople, Random random)
            throws SQLException {
        long t0 = System.nanoTime();
        // One hash for every account: verifying it costs the same as verifying 50,000 different ones.
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password);
        System.out.printf("Hashed the shared password once in %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        List<Unit> provinces = units(db, "PROVINCE");
        List<Unit> communes = units(db, "COMMUNE");
        if (provinces.size() != 34 || communes.isEmpty()) {
            throw new IllegalStateException("Expected the 34 current provinces and their communes to be imported, found "
                    + provinces.size() + " provinces and " + communes.size() + " communes");
        }
        Map<String, UUID> existing = existingOrganisations(db);
        Instant now = Instant.now();
        List<Org> created = new ArrayList<>();
        Map<String, Org> byKindAndUnit = new HashMap<>();

        for (Unit p : provinces) {
            boolean city = p.kind().equals("MUNICIPALITY");
            String area = (city ? "thành phố " : "tỉnh ") + p.name();
            String committee = (city ? "Thành ủy " : "Tỉnh ủy ") + p.name();
            Org party = org(existing, byKindAndUnit, created, p, "PARTY_COMMITTEE", committee, city ? "ThU" : "TU", null);
            org(
                    existing,
                    byKindAndUnit,
                    created,
                    p,
                    "MASS_MOBILIZATION_BOARD",
                    "Ban Tuyên giáo và Dân vận " + committee,
                    city ? "BTGDVThU" : "BTGDVTU",
                    party);
            Org front =
                    org(existing, byKindAndUnit, created, p, "FATHERLAND_FRONT", "Ủy ban MTTQ Việt Nam " + area, "MTTQ", null);
            Org peoples =
                    org(existing, byKindAndUnit, created, p, "PEOPLES_COMMITTEE", "Ủy ban nhân dân " + area, "UBND", null);
            org(existing, byKindAndUnit, created, p, "GOVERNMENT_AGENCY", "Ban Tiếp công dân " + area, "BTCD", peoples);
            org(existing, byKindAndUnit, created, p, "WOMENS_UNION", "Hội Liên hiệp Phụ nữ " + area, "HLHPN", front);
            org(existing, byKindAndUnit, created, p, "FARMERS_ASSOCIATION", "Hội Nông dân " + area, "HND", front);
            org(existing, byKindAndUnit, created, p, "YOUTH_UNION", (city ? "Thành đoàn " : "Tỉnh đoàn ") + p.name(), "TĐ", front);
            org(existing, byKindAndUnit, created, p, "VETERANS_ASSOCIATION", "Hội Cựu chiến binh " + area, "HCCB", front);
            org(existing, byKindAndUnit, created, p, "TRADE_UNION", "Liên đoàn Lao động " + area, "LĐLĐ", front);
        }

        // Commune organisations in rounds (every commune's Party committee, then People's Committees, …), communes
        // shuffled so that a partial round is spread over all provinces.
        List<Unit> shuffled = new ArrayList<>(communes);
        Collections.shuffle(shuffled, random);
        List<Org> communeOrgs = new ArrayList<>();
        outer:
        for (OrgTemplate template : COMMUNE_ORGS) {
            for (Unit c : shuffled) {
                if (created.size() >= wantedOrgs) {
                    break outer;
                }
                String area = communeArea(c);
                Org parent = byKindAndUnit.get(template.parentKind() + "@" + c.provinceCode());
                if (template.kind().equals("WOMENS_UNION") || template.kind().equals("FARMERS_ASSOCIATION")) {
                    parent = byKindAndUnit.getOrDefault("FATHERLAND_FRONT@" + c.id(), parent);
                }
                communeOrgs.add(org(
                        existing,
                        byKindAndUnit,
                        created,
                        c,
                        template.kind(),
                        template.pattern().formatted(area),
                        template.abbreviation(),
                        parent));
            }
        }
        if (created.size() < wantedOrgs) {
            throw new IllegalStateException("Only " + created.size() + " organisations could be made");
        }

        StringBuilder orgRows = new StringBuilder(wantedOrgs * 300);
        for (Org o : created) {
            row(
                    orgRows,
                    o.id(),
                    o.kind(),
                    o.name(),
                    o.abbreviation(),
                    o.unit().id(),
                    o.parentId(),
                    null,
                    o.unit().path(),
                    o.unit().provinceCode(),
                    REFORM,
                    null,
                    VietnameseText.fold(o.name() + " " + o.abbreviation()),
                    bytea(VietnameseText.sortKey(o.name())),
                    now,
                    now,
                    0);
        }
        long t1 = System.nanoTime();
        copy(db, "org_unit (id, kind, name, abbreviation, admin_unit_id, parent_id, village, path, province_code, "
                + "valid_from, valid_to, search_text, sort_key, created_at, updated_at, version)", orgRows);
        System.out.printf("org_unit: %d rows in %d ms%n", created.size(), (System.nanoTime() - t1) / 1_000_000);

        // People, each with one position, one account and one role grant. Mostly commune officers.
        List<Org> communeHomes = communeOrgs.stream()
                .filter(o -> o.kind().equals("PARTY_COMMITTEE") || o.kind().equals("PEOPLES_COMMITTEE"))
                .toList();
        List<Org> fronts = byKindAndUnit.values().stream()
                .filter(o -> o.kind().equals("FATHERLAND_FRONT"))
                .toList();
        StringBuilder people = new StringBuilder(wantedPeople * 200);
        StringBuilder positions = new StringBuilder(wantedPeople * 120);
        StringBuilder accounts = new StringBuilder(wantedPeople * 250);
        StringBuilder grants = new StringBuilder(wantedPeople * 150);
        Map<String, Integer> roles = new LinkedHashMap<>();
        for (int i = 1; i <= wantedPeople; i++) {
            int bucket = i % 100;
            Unit province = provinces.get(random.nextInt(provinces.size()));
            String role;
            Org home;
            String title;
            if (bucket < 84) {
                role = "COMMUNE_OFFICER";
                home = communeHomes.get(random.nextInt(communeHomes.size()));
                title = COMMUNE_TITLES[random.nextInt(COMMUNE_TITLES.length)];
            } else if (bucket < 88) {
                role = "FRONT_OFFICER";
                home = fronts.get(random.nextInt(fronts.size()));
                title = "Cán bộ Mặt trận";
            } else if (bucket < 95) {
                role = "PROVINCE_BOARD_SPECIALIST";
                home = byKindAndUnit.get("MASS_MOBILIZATION_BOARD@" + province.id());
                title = "Chuyên viên";
            } else if (bucket < 97) {
                role = "PROVINCE_BOARD_LEADER";
                home = byKindAndUnit.get("MASS_MOBILIZATION_BOARD@" + province.id());
                title = "Phó Trưởng ban";
            } else {
                role = "AGENCY_HANDLER";
                home = byKindAndUnit.get("GOVERNMENT_AGENCY@" + province.id());
                title = "Chuyên viên xử lý đơn thư";
            }
            roles.merge(role, 1, Integer::sum);
            boolean female = random.nextBoolean();
            String fullName = SURNAMES[random.nextInt(SURNAMES.length)] + " "
                    + pick(random, female ? FEMALE_MIDDLE : MALE_MIDDLE) + " "
                    + pick(random, female ? FEMALE_GIVEN : MALE_GIVEN);
            String phone = "09%08d".formatted(i);
            UUID personId = Ids.newId();
            UUID accountId = Ids.newId();
            row(
                    people,
                    personId,
                    fullName,
                    female ? "FEMALE" : "MALE",
                    1965 + random.nextInt(36),
                    phone,
                    null,
                    home.id(),
                    home.unit().path(),
                    home.unit().provinceCode(),
                    VietnameseText.fold(fullName + " " + phone),
                    bytea(VietnameseText.sortKey(lastNameFirst(fullName))),
                    now,
                    now,
                    0);
            row(positions, Ids.newId(), personId, home.id(), title, REFORM, null);
            row(
                    accounts,
                    accountId,
                    username(i),
                    hash,
                    personId,
                    true,
                    false,
                    0,
                    null,
                    null,
                    home.unit().path(),
                    now,
                    now,
                    0);
            row(grants, Ids.newId(), accountId, role, home.id(), home.unit().path(), now, null);
        }
        long t2 = System.nanoTime();
        copy(db, "person (id, full_name, gender, birth_year, phone, email, home_org_unit_id, path, province_code, "
                + "search_text, sort_key, created_at, updated_at, version)", people);
        copy(db, "position (id, person_id, org_unit_id, title, start_date, end_date)", positions);
        copy(db, "user_account (id, username, password_hash, person_id, enabled, must_change_password, "
                + "failed_attempts, locked_until, last_sign_in_at, path, created_at, updated_at, version)", accounts);
        copy(db, "role_grant (id, user_id, role, org_unit_id, scope_path, granted_at, granted_by)", grants);
        System.out.printf(
                "person, position, user_account, role_grant: %d rows each in %d ms; roles %s%n",
                wantedPeople, (System.nanoTime() - t2) / 1_000_000, roles);
    }

    /** The account name of the i-th generated person: "bench.00001". */
    static String username(int i) {
        return PREFIX + "%05d".formatted(i);
    }

    private static Org org(
            Map<String, UUID> existing,
            Map<String, Org> byKindAndUnit,
            List<Org> created,
            Unit unit,
            String kind,
            String name,
            String abbreviation,
            Org parent) {
        String key = kind + "@" + unit.id();
        UUID present = existing.get(key);
        // The demo province already has some of these; reuse them rather than list the same body twice.
        Org org = new Org(
                present != null ? present : Ids.newId(), kind, name, abbreviation, unit, parent == null ? null : parent.id());
        if (present == null) {
            created.add(org);
        }
        byKindAndUnit.putIfAbsent(key, org);
        return org;
    }

    private static String communeArea(Unit commune) {
        String word = commune.kind().equals("WARD")
                ? "phường"
                : commune.kind().equals("SPECIAL_ZONE") ? "đặc khu" : "xã";
        return word + " " + commune.name();
    }

    private static String lastNameFirst(String fullName) {
        int last = fullName.lastIndexOf(' ');
        return fullName.substring(last + 1) + " " + fullName.substring(0, last);
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static List<Unit> units(Connection db, String level) throws SQLException {
        List<Unit> result = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, kind, name, path, province_code FROM admin_unit "
                        + "WHERE era = 'CURRENT' AND level = '" + level + "' ORDER BY id")) {
            while (rs.next()) {
                result.add(new Unit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        return result;
    }

    private static Map<String, UUID> existingOrganisations(Connection db) throws SQLException {
        Map<String, UUID> result = new HashMap<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT kind, admin_unit_id, id FROM org_unit WHERE valid_to IS NULL ORDER BY created_at")) {
            while (rs.next()) {
                result.putIfAbsent(rs.getString(1) + "@" + rs.getString(2), rs.getObject(3, UUID.class));
            }
        }
        return result;
    }

    private static void copy(Connection db, String tableAndColumns, StringBuilder rows) throws SQLException {
        try {
            new CopyManager(db.unwrap(BaseConnection.class))
                    .copyIn("COPY " + tableAndColumns + " FROM STDIN", new StringReader(rows.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
    }

    /** One line of COPY's text format. */
    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                out.append("\\N");
            } else if (v instanceof RawBytea b) {
                out.append("\\\\x").append(b.hex());
            } else {
                String s = v.toString();
                for (int k = 0; k < s.length(); k++) {
                    char c = s.charAt(k);
                    switch (c) {
                        case '\\' -> out.append("\\\\");
                        case '\t' -> out.append("\\t");
                        case '\n' -> out.append("\\n");
                        case '\r' -> out.append("\\r");
                        default -> out.append(c);
                    }
                }
            }
        }
        out.append('\n');
    }

    private static RawBytea bytea(byte[] bytes) {
        return new RawBytea(java.util.HexFormat.of().formatHex(bytes));
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void printSizes(Connection db) throws SQLException {
        for (String table : List.of(
                "admin_unit", "org_unit", "person", "position", "user_account", "role_grant", "spring_session")) {
            System.out.printf("  %-14s %,9d rows%n", table, count(db, "SELECT count(*) FROM " + table));
        }
        System.out.printf(
                "  %-14s %,9d rows%n",
                "bench accounts",
                count(db, "SELECT count(*) FROM user_account WHERE username LIKE '" + PREFIX + "%'"));
    }

    record Unit(String id, String kind, String name, String path, String provinceCode) {}

    record Org(UUID id, String kind, String name, String abbreviation, Unit unit, UUID parentId) {}

    record OrgTemplate(String kind, String pattern, String abbreviation, String parentKind) {}

    private record RawBytea(String hex) {}
}
