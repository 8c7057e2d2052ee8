package vn.danvan.security;

import static vn.danvan.security.AuthorisationMatrixTests.A;
import static vn.danvan.security.AuthorisationMatrixTests.L;
import static vn.danvan.security.AuthorisationMatrixTests.N;
import static vn.danvan.security.AuthorisationMatrixTests.row;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The download of attachments: any signed-in user, within their scope (a file of 33/11983, not Phố Hiến). */
public class FilesMatrixRows implements MatrixRows {

    /** The storage directory of the test configuration ({@code danvan.files.dir}). */
    static final Path TEST_STORAGE = Path.of("target/test-files");

    @Override
    public Map<String, AuthorisationMatrixTests.Outcome[]> rows() {
        Map<String, AuthorisationMatrixTests.Outcome[]> m = new LinkedHashMap<>();
        // anonymous, admin, leader, specialist, commune, front, handler
        m.put("GET /files/{id}", row(L, A, A, A, N, N, A));
        return m;
    }

    @Override
    public @Nullable String url(String endpoint, JdbcClient jdbc) {
        if (!rows().containsKey(endpoint)) {
            return null;
        }
        UUID id = UUID.randomUUID();
        String key = "matrix/" + id;
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        try {
            Path file = TEST_STORAGE.resolve(key);
            Files.createDirectories(file.getParent());
            Files.write(file, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.sql("""
                        INSERT INTO file_attachment (id, module, record_type, record_id, path, province_code, filename,
                            content_type, size, sha256, storage_key, uploaded_at, uploaded_by)
                        VALUES (?, 'test', 'record', ?, '33/11983', '33', 'matrix.pdf', 'application/pdf', ?, ?, ?, ?,
                            'matrix')""")
                .params(id, UUID.randomUUID(), pdf.length, "0".repeat(64), key, Timestamp.from(Instant.now()))
                .update();
        return "/files/" + id;
    }
}
