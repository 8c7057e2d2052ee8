package vn.danvan.files.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.files.FileOwner;
import vn.danvan.files.StoredFile;
import vn.danvan.shared.security.Scope;

/** The {@code file_attachment} table. Every read takes the reader's scope and applies it in the SQL. */
@Repository
class AttachmentRepository {

    private static final String COLUMNS =
            "id, module, record_type, record_id, path, restricted, filename, content_type,"
                    + " size, sha256, storage_key, uploaded_at, uploaded_by";

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoredFile file, String storageKey) {
        String path = file.owner().scopePath();
        int slash = path.indexOf('/');
        jdbc.sql("""
                        INSERT INTO file_attachment (id, module, record_type, record_id, path, province_code, filename,
                            content_type, size, sha256, storage_key, uploaded_at, uploaded_by, restricted)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        file.id(),
                        file.owner().module(),
                        file.owner().recordType(),
                        file.owner().recordId(),
                        path,
                        slash < 0 ? path : path.substring(0, slash),
                        file.filename(),
                        file.contentType(),
                        file.size(),
                        file.sha256(),
                        storageKey,
                        Timestamp.from(file.uploadedAt()),
                        file.uploadedBy(),
                        file.owner().restricted())
                .update();
    }

    List<StoredFile> of(String module, String recordType, UUID recordId, Scope scope) {
        Scope.SqlCondition visible = scope.sql("path");
        List<Object> params = new ArrayList<>(List.of(module, recordType, recordId));
        params.addAll(visible.params());
        return jdbc.sql("SELECT " + COLUMNS + " FROM file_attachment WHERE module = ? AND record_type = ? "
                        + "AND record_id = ? AND " + visible.sql() + " ORDER BY uploaded_at, id")
                .params(params)
                .query((rs, n) -> file(rs))
                .list();
    }

    Optional<Located> find(UUID id, Scope scope) {
        Scope.SqlCondition visible = scope.sql("path");
        List<Object> params = new ArrayList<>(List.of(id));
        params.addAll(visible.params());
        return jdbc.sql("SELECT " + COLUMNS + " FROM file_attachment WHERE id = ? AND NOT restricted AND "
                        + visible.sql())
                .params(params)
                .query((rs, n) -> new Located(file(rs), rs.getString("storage_key")))
                .optional();
    }

    /** A restricted file of a module, whatever the reader's scope: the module has made its own checks. */
    Optional<Located> findRestricted(UUID id, String module) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM file_attachment WHERE id = ? AND module = ? AND restricted")
                .params(id, module)
                .query((rs, n) -> new Located(file(rs), rs.getString("storage_key")))
                .optional();
    }

    /** Any file of the module, restricted or not, with no scope condition: the module has made its own check. */
    Optional<Located> findForModule(UUID id, String module) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM file_attachment WHERE id = ? AND module = ?")
                .params(id, module)
                .query((rs, n) -> new Located(file(rs), rs.getString("storage_key")))
                .optional();
    }

    private static StoredFile file(ResultSet rs) throws SQLException {
        return new StoredFile(
                rs.getObject("id", UUID.class),
                new FileOwner(
                        rs.getString("module"),
                        rs.getString("record_type"),
                        rs.getObject("record_id", UUID.class),
                        rs.getString("path"),
                        rs.getBoolean("restricted")),
                rs.getString("filename"),
                rs.getString("content_type"),
                rs.getLong("size"),
                rs.getString("sha256"),
                rs.getTimestamp("uploaded_at").toInstant(),
                rs.getString("uploaded_by"));
    }

    /** A file and where its bytes are kept. */
    record Located(StoredFile file, String storageKey) {}
}
