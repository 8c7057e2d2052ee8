package vn.danvan.petition.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Small fixtures of the petition views' tests, inserted by SQL into the register's tables. */
final class Open311Fixtures {

    private Open311Fixtures() {}

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    static UUID category(JdbcClient jdbc, String code, boolean open311) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO pt_category (id, code, name, open311, active, position) VALUES (:id, :c, :n, :o, true, 99)")
                .param("id", id)
                .param("c", code)
                .param("n", "Lĩnh vực thử " + code)
                .param("o", open311)
                .update();
        return id;
    }

    /** An API client with the given key. */
    static UUID client(JdbcClient jdbc, String key) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO pt_api_client (id, name, key_hash, active, created_at) VALUES (:id, 'Thử', :h, true, now())")
                .param("id", id)
                .param("h", ApiKeys.hash(key))
                .update();
        return id;
    }

    /** A case inserted directly; returns its tracking code. */
    static String pcase(
            JdbcClient jdbc,
            String kind,
            String status,
            @Nullable UUID categoryId,
            String unitId,
            LocalDate receivedOn,
            @Nullable LocalDate stepDueOn,
            @Nullable LocalDate closedOn,
            @Nullable String handlingPath,
            @Nullable Integer rating) {
        UUID id = UUID.randomUUID();
        String code = unique("T").toUpperCase(java.util.Locale.ROOT);
        OffsetDateTime at = receivedOn.atTime(9, 0).atOffset(ZoneOffset.ofHours(7));
        jdbc.sql("INSERT INTO pt_case (id, tracking_code, secret_hash, kind, channel, category_id, subject, content,"
                        + " unit_id, unit_name, path, province_code, handling_org_name, handling_path, status,"
                        + " confidential, received_at, received_on, current_step, step_due_on, public_answer,"
                        + " answered_on, closed_on, rating, search_text, created_at, updated_at) VALUES (:id, :code, 'x',"
                        + " :kind, 'ONLINE', :cat, :subject, 'Nội dung bí mật của vụ việc', :unit, :unitName, :path, '33',"
                        + " :hname, :hpath, :status, :conf, :at, :on, :status, :due, :answer, :closed, :closed, :rating,"
                        + " 'x', :at, :at)")
                .param("id", id)
                .param("code", code)
                .param("kind", kind)
                .param("cat", categoryId, java.sql.Types.OTHER)
                .param("subject", "Tiêu đề " + code)
                .param("unit", unitId)
                .param("unitName", "Đơn vị " + unitId)
                .param("path", "33/" + unitId)
                .param("hname", handlingPath == null ? null : "Cơ quan " + handlingPath, java.sql.Types.VARCHAR)
                .param("hpath", handlingPath, java.sql.Types.VARCHAR)
                .param("status", status)
                .param("conf", kind.equals("DENUNCIATION"))
                .param("at", at)
                .param("on", receivedOn)
                .param("due", stepDueOn, java.sql.Types.DATE)
                .param("answer", closedOn == null ? null : "Trả lời công khai " + code, java.sql.Types.VARCHAR)
                .param("closed", closedOn, java.sql.Types.DATE)
                .param("rating", rating, java.sql.Types.SMALLINT)
                .update();
        return code;
    }
}
