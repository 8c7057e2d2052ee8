package vn.danvan.exemplar.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SQL fixtures of the statistics, export and showcase tests, in the year 2090 (and 2089 for a continued entry) so no
 * demo data mixes in. Inserted once; ids begin with {@code 9f000000-}.
 *
 * <ul>
 *   <li>A (…01): Phố Hiến (33/11953), economic, commune level, recognised, public, effective, continued from A0,
 *       replicated by B, has a map point; its public photo and a non-public file are added by the showcase test;
 *   <li>A0 (…00): A's entry of 2089;
 *   <li>B (…02): another commune (33/11980), economic, commune level, replicated from A, recognised, not public;
 *   <li>C (…03): the province (33), cultural-social, province level, public, revoked (its recognition too);
 *   <li>D (…04): Phố Hiến, defence-security, commune level, public but still in progress.
 * </ul>
 */
final class StatsFixtures {

    static final String A = "9f000000-0000-4000-8000-000000000001";
    static final String A0 = "9f000000-0000-4000-8000-000000000000";
    static final String B = "9f000000-0000-4000-8000-000000000002";
    static final String C = "9f000000-0000-4000-8000-000000000003";
    static final String D = "9f000000-0000-4000-8000-000000000004";
    static final String UPDATE = "9f000000-0000-4000-8000-0000000000a1";
    static final int YEAR = 2090;

    private static final String OWNER_PH = "9f000000-0000-4000-8000-00000000f001";
    private static final String OWNER_OTHER = "9f000000-0000-4000-8000-00000000f002";
    private static final String OWNER_PROVINCE = "9f000000-0000-4000-8000-00000000f003";

    private StatsFixtures() {}

    static synchronized void insert(JdbcClient jdbc) {
        if (jdbc.sql("SELECT count(*) FROM ex_entry WHERE id = '" + A + "'::uuid")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        entry(
                jdbc,
                A0,
                2089,
                "Đường hoa thôn Đông",
                "ECONOMIC",
                "COMMUNE",
                OWNER_PH,
                "33/11953",
                "11953",
                "CLOSED",
                null,
                false,
                null);
        entry(
                jdbc,
                A,
                YEAR,
                "Đường hoa thôn Đông",
                "ECONOMIC",
                "COMMUNE",
                OWNER_PH,
                "33/11953",
                "11953",
                "RECOGNISED",
                null,
                true,
                "20.650000");
        entry(
                jdbc,
                B,
                YEAR,
                "Đường hoa xóm Bắc",
                "ECONOMIC",
                "COMMUNE",
                OWNER_OTHER,
                "33/11980",
                "11980",
                "RECOGNISED",
                A,
                false,
                null);
        entry(
                jdbc,
                C,
                YEAR,
                "Tủ sách cộng đồng",
                "CULTURAL_SOCIAL",
                "PROVINCE",
                OWNER_PROVINCE,
                "33",
                "33",
                "REVOKED",
                null,
                true,
                null);
        entry(
                jdbc,
                D,
                YEAR,
                "Camera an ninh khu phố",
                "DEFENCE_SECURITY",
                "COMMUNE",
                OWNER_PH,
                "33/11953",
                "11953",
                "IN_PROGRESS",
                null,
                true,
                null);
        jdbc.sql("INSERT INTO ex_self_assessment (entry_id, period, text, effective, assessed_on, author_name) VALUES"
                        + " (?::uuid, 'ANNUAL', 'Hiệu quả', true, '2090-12-01', 'Cán bộ'),"
                        + " (?::uuid, 'ANNUAL', 'Chưa hiệu quả', false, '2090-12-01', 'Cán bộ'),"
                        + " (?::uuid, 'HALF_YEAR', 'Tốt', true, '2090-06-01', 'Cán bộ')")
                .params(A, B, D)
                .update();
        recognition(jdbc, "9f000000-0000-4000-8000-0000000000c1", A, "COMMUNE", "15/QĐ-UBND", null);
        recognition(jdbc, "9f000000-0000-4000-8000-0000000000c2", B, "COMMUNE", "16/QĐ-UBND", null);
        recognition(jdbc, "9f000000-0000-4000-8000-0000000000c3", C, "PROVINCE", "17/QĐ-UBND", "2090-11-01");
        jdbc.sql("INSERT INTO ex_update (id, entry_id, reported_on, text, author_name, created_at)"
                        + " VALUES (?::uuid, ?::uuid, '2090-05-01', 'Cập nhật', 'Cán bộ', now())")
                .params(UPDATE, A)
                .update();
    }

    private static void entry(
            JdbcClient jdbc,
            String id,
            int year,
            String name,
            String field,
            String level,
            String owner,
            String path,
            String place,
            String status,
            @org.jspecify.annotations.Nullable String replicatedFrom,
            boolean isPublic,
            @org.jspecify.annotations.Nullable String latitude) {
        String key = vn.danvan.shared.text.VietnameseText.fold(name);
        jdbc.sql("INSERT INTO ex_entry (id, kind, year, name, field, level, owner_org_id, owner_org_name, path,"
                        + " province_code, place_unit_id, place_unit_name, place_path, latitude, longitude,"
                        + " participants, summary, story, started_on, status, replicated_from, public, name_key,"
                        + " search_text, sort_key, created_at, updated_at) VALUES (?::uuid, 'MODEL', ?, ?, ?, ?,"
                        + " ?::uuid, ?, ?, '33', ?, ?, ?, ?::numeric, ?::numeric, 'Ông Nguyễn Văn Bí mật',"
                        + " ?, ?, '2090-01-15', ?, ?::uuid, ?, ?, ?, ?, now(), now())")
                .params(
                        id,
                        year,
                        name,
                        field,
                        level,
                        owner,
                        "Đơn vị " + place,
                        path,
                        place,
                        "Địa bàn " + place,
                        path,
                        latitude,
                        latitude == null ? null : "106.050000",
                        "Tóm tắt " + name,
                        "Câu chuyện " + name,
                        status,
                        replicatedFrom,
                        isPublic,
                        key,
                        key,
                        vn.danvan.shared.text.VietnameseText.sortKey(name))
                .update();
    }

    private static void recognition(
            JdbcClient jdbc,
            String id,
            String entry,
            String level,
            String number,
            @org.jspecify.annotations.Nullable String revokedOn) {
        jdbc.sql("INSERT INTO ex_recognition (id, entry_id, level, decision_number, decided_on, authority, revoked_on,"
                        + " created_at) VALUES (?::uuid, ?::uuid, ?, ?, '2090-10-01', 'UBND', ?::date, now())")
                .params(id, entry, level, number, revokedOn)
                .update();
    }
}
