package vn.danvan.landclearance.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.shared.text.VietnameseText;

/**
 * The household pages' own fixture, in plain SQL so it does not depend on the project pages or the demo data: a key
 * project of the province crossing Phường Phố Hiến (11953) and Phường Hồng Châu (11980), a household in each, and an
 * open obstacle of the Hồng Châu household. Ids begin with 6d000000; inserting twice changes nothing.
 */
public final class HouseholdFixtures {

    public static final UUID PROJECT = UUID.fromString("6d000000-0000-4000-8000-000000000001");
    public static final UUID PHO_HIEN_HOUSEHOLD = UUID.fromString("6d000000-0000-4000-8000-000000000101");
    public static final UUID HONG_CHAU_HOUSEHOLD = UUID.fromString("6d000000-0000-4000-8000-000000000102");
    public static final UUID HONG_CHAU_OBSTACLE = UUID.fromString("6d000000-0000-4000-8000-000000000201");
    public static final String PHO_HIEN = "11953";
    public static final String HONG_CHAU = "11980";

    private HouseholdFixtures() {}

    public static void insert(JdbcClient jdbc) {
        jdbc.sql("INSERT INTO lc_project (id, code, name, investor, owner_org_id, owner_org_name, path, province_code,"
                        + " land_kind, total_area_m2, search_text, sort_key, created_at, updated_at)"
                        + " VALUES (?, 'KT-HO-DAN', 'Dự án kiểm thử hộ dân', 'Chủ đầu tư kiểm thử',"
                        + " '6d000000-0000-4000-8000-0000000000aa', 'Ban kiểm thử', '33', '33', 'AGRICULTURAL', 100000,"
                        + " 'du an kiem thu ho dan', ?, now(), now()) ON CONFLICT DO NOTHING")
                .params(PROJECT, VietnameseText.sortKey("Dự án kiểm thử hộ dân"))
                .update();
        jdbc.sql("INSERT INTO lc_project_commune (project_id, unit_id, unit_name, unit_path) VALUES"
                        + " (?, '11953', 'Phường Phố Hiến', '33/11953'), (?, '11980', 'Phường Hồng Châu', '33/11980')"
                        + " ON CONFLICT DO NOTHING")
                .params(PROJECT, PROJECT)
                .update();
        household(
                jdbc,
                PHO_HIEN_HOUSEHOLD,
                PHO_HIEN,
                "KT-PH-001",
                "Nguyễn Văn Kiểm",
                "001234567789",
                "PLAN_POSTED",
                null);
        household(
                jdbc, HONG_CHAU_HOUSEHOLD, HONG_CHAU, "KT-HC-001", "Trần Thị Thử", "034987654321", "PLAN_POSTED", null);
        jdbc.sql("INSERT INTO lc_obstacle (id, household_id, project_id, path, reason, description, raised_on,"
                        + " created_at, updated_at) VALUES (?, ?, ?, '33/11980', 'PRICE', 'Chưa đồng ý đơn giá',"
                        + " DATE '2026-01-05', now(), now()) ON CONFLICT DO NOTHING")
                .params(HONG_CHAU_OBSTACLE, HONG_CHAU_HOUSEHOLD, PROJECT)
                .update();
    }

    /** A household of the fixture project, with the given stage (and consent date, when it has consented). */
    public static void household(
            JdbcClient jdbc,
            UUID id,
            String unit,
            String code,
            String head,
            @Nullable String idNumber,
            String stage,
            @Nullable LocalDate agreedOn) {
        String unitName = PHO_HIEN.equals(unit) ? "Phường Phố Hiến" : "Phường Hồng Châu";
        jdbc.sql("INSERT INTO lc_household (id, project_id, code, unit_id, unit_name, path, head_name, id_number,"
                        + " address, stage, agreed_on, search_text, sort_key, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now()) ON CONFLICT DO NOTHING")
                .params(
                        id,
                        PROJECT,
                        code,
                        unit,
                        unitName,
                        "33/" + unit,
                        head,
                        idNumber,
                        "Thôn Kiểm Thử, " + unitName,
                        stage,
                        agreedOn,
                        VietnameseText.fold(code + " " + head + " Thôn Kiểm Thử, " + unitName),
                        VietnameseText.sortKey(head))
                .update();
    }
}
