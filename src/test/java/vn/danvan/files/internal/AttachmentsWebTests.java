package vn.danvan.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.files.Attachments;
import vn.danvan.files.FileOwner;
import vn.danvan.files.FileRejected;
import vn.danvan.files.StoredFile;
import vn.danvan.shared.security.CurrentUser;

/**
 * Attachments on the real database and disk: stored in the caller's transaction (and removed again when it rolls
 * back), audited, listed and downloaded only within the reader's scope, with safe download headers.
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class AttachmentsWebTests {

    static final String OTHER_COMMUNE_PATH = "33/11983";

    @Autowired
    Attachments attachments;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    FilesProperties properties;

    final UUID recordId = UUID.randomUUID();
    final byte[] pdf = (new String(FileSamples.pdf(), StandardCharsets.US_ASCII) + "% " + recordId + "\n")
            .getBytes(StandardCharsets.US_ASCII);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void removesTheStoredBytesWhenTheCallersTransactionRollsBack() throws IOException {
        signIn("chuyenvien.tinh");
        TransactionTemplate tx = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
                    attachments.store(
                            owner(OTHER_COMMUNE_PATH), "to-trinh.pdf", stream(pdf), Attachments.DOCUMENTS_AND_IMAGES);
                    throw new IllegalStateException("the caller's own write failed");
                }))
                .hasMessageContaining("the caller's own write failed");

        assertThat(rowsOf(recordId)).isZero();
        assertThat(storedCopiesOf(pdf)).isZero();
    }

    @Test
    void keepsTheFileAndItsRecordOnceCommittedAndAuditsTheStore() throws IOException {
        signIn("chuyenvien.tinh");
        TransactionTemplate tx = new TransactionTemplate(transactions);

        StoredFile file = tx.execute(status -> attachments.store(
                owner(OTHER_COMMUNE_PATH),
                "C:\\Users\\cb\\Tờ trình số 12.pdf",
                stream(pdf),
                Attachments.DOCUMENTS_AND_IMAGES));

        assertThat(file.filename()).isEqualTo("Tờ trình số 12.pdf");
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.size()).isEqualTo(pdf.length);
        assertThat(file.uploadedBy()).isEqualTo("chuyenvien.tinh");
        assertThat(rowsOf(recordId)).isEqualTo(1);
        assertThat(storedCopiesOf(pdf)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'files.file.stored' AND target_id = ?")
                        .param(file.id().toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(attachments.of("test", "record", recordId))
                .extracting(StoredFile::id)
                .containsExactly(file.id());
    }

    @Test
    void storesNothingWhenTheFileIsRefused() throws IOException {
        signIn("chuyenvien.tinh");
        byte[] png = FileSamples.png();

        assertThatThrownBy(() -> attachments.store(
                        owner(OTHER_COMMUNE_PATH), "van-ban.pdf", stream(png), Attachments.DOCUMENTS_AND_IMAGES))
                .isInstanceOfSatisfying(
                        FileRejected.class, e -> assertThat(e.messageKey()).isEqualTo("files.error.disguised"));
        assertThat(rowsOf(recordId)).isZero();
    }

    @Test
    void listsAndFindsFilesOnlyWithinTheReadersScope() {
        signIn("chuyenvien.tinh");
        StoredFile file = attachments.store(
                owner(OTHER_COMMUNE_PATH), "to-trinh.pdf", stream(pdf), Attachments.DOCUMENTS_AND_IMAGES);

        signIn("canbo.phohien");

        assertThat(attachments.of("test", "record", recordId)).isEmpty();
        assertThat(attachments.find(file.id())).isEmpty();
    }

    @Test
    void aCommuneOfficerGetsNotFoundForAFileOfAnotherCommune() {
        UUID id = storedPdf(OTHER_COMMUNE_PATH, "to-trinh.pdf");

        MvcTestResult result =
                mvc.get().uri("/files/{id}", id).with(as("canbo.phohien")).exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(result).body().asString().doesNotContain("%PDF");
    }

    @Test
    void downloadsAsAnAttachmentWithTheUtf8NameTheDetectedTypeAndNosniff() {
        UUID id = storedPdf(OTHER_COMMUNE_PATH, "Biên bản họp dân.pdf");

        MvcTestResult result =
                mvc.get().uri("/files/{id}", id).with(as("chuyenvien.tinh")).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).hasContentType("application/pdf");
        assertThat(result).headers().hasValue("X-Content-Type-Options", "nosniff");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains("filename=\"Bien ban hop dan.pdf\"")
                .contains("filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20h%E1%BB%8Dp%20d%C3%A2n.pdf");
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(pdf);
    }

    @Test
    void showsOnlyImagesInline() {
        signIn("chuyenvien.tinh");
        UUID png = attachments
                .store(owner(OTHER_COMMUNE_PATH), "anh.png", stream(FileSamples.png()), Attachments.IMAGES)
                .id();
        UUID pdfId = storedPdf(OTHER_COMMUNE_PATH, "to-trinh.pdf");

        MvcTestResult image = mvc.get()
                .uri("/files/{id}?inline=true", png)
                .with(as("chuyenvien.tinh"))
                .exchange();
        MvcTestResult document = mvc.get()
                .uri("/files/{id}?inline=true", pdfId)
                .with(as("chuyenvien.tinh"))
                .exchange();

        assertThat(image.getResponse().getHeader("Content-Disposition")).startsWith("inline;");
        assertThat(image).hasContentType("image/png");
        assertThat(document.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
    }

    @Test
    void anUnknownFileIsNotFound() {
        assertThat(mvc.get().uri("/files/{id}", UUID.randomUUID()).with(as("quantri")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private UUID storedPdf(String path, String name) {
        signIn("chuyenvien.tinh");
        UUID id = attachments
                .store(owner(path), name, stream(pdf), Attachments.DOCUMENTS_AND_IMAGES)
                .id();
        SecurityContextHolder.clearContext();
        return id;
    }

    private FileOwner owner(String path) {
        return new FileOwner("test", "record", recordId, path);
    }

    private static ByteArrayInputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private void signIn(String username) {
        CurrentUser user = (CurrentUser) accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private long rowsOf(UUID record) {
        return jdbc.sql("SELECT count(*) FROM file_attachment WHERE record_id = ?")
                .param(record)
                .query(Long.class)
                .single();
    }

    private long storedCopiesOf(byte[] content) throws IOException {
        Path root = properties.directory();
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> {
                        try {
                            return Arrays.equals(Files.readAllBytes(p), content);
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .count();
        }
    }
}
