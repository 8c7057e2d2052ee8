package vn.danvan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.danvan.petition.Receipt;

/**
 * The petition register end to end through the web: a citizen's reflection from the public form, accepted and
 * answered with evidence by the province's handler, then read on the tracking page with code and secret; the
 * public form's defences; and a wrong code or secret answering "not found" without saying which.
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class CaseWebTests {

    static final String HANDLER = "xuly.tinh";
    static final String PHO_HIEN = "11953";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublicFormToken tokens;

    @Autowired
    PublicRateLimiter limits;

    @Autowired
    Clock clock;

    final String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @BeforeEach
    void freshLimits() {
        limits.reset();
    }

    @Test
    void aReflectionFromThePublicFormIsAcceptedAnsweredWithEvidenceAndReadOnTheTrackingPage() throws Exception {
        Receipt receipt = submit("REFLECTION", "Đèn đường hỏng " + word, "<b>Đèn</b> ở ngõ 5 hỏng", "Nguyễn Văn A");
        assertThat(receipt.trackingCode()).matches("PA-\\d{2}-[2-9A-Z]{6}");
        assertThat(receipt.secret()).hasSize(12);
        assertThat(receipt.dueOn()).isNotNull();
        UUID id = receipt.caseId();
        assertThat(jdbc.sql("SELECT secret_hash FROM pt_case WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .doesNotContain(receipt.secret());

        // Routed to the ward's People's Committee: the province's handler sees it in scope.
        String page = body(get("/petitions/" + id).with(user(accounts.loadUserByUsername(HANDLER))));
        assertThat(page).contains(word).contains("&lt;b&gt;Đèn&lt;/b&gt;").doesNotContain("<b>Đèn</b>");
        assertThat(page).contains("Ủy ban nhân dân phường Phố Hiến");
        assertThat(page).contains("Nguyễn Văn A"); // not confidential: the handler sees the contact

        // The register finds it without diacritics.
        assertThat(body(get("/petitions")
                        .param("q", "den duong hong " + word)
                        .with(user(accounts.loadUserByUsername(HANDLER)))))
                .contains(receipt.trackingCode());

        staff("/petitions/" + id + "/accept", "version", version(id));
        assertThat(status(id)).isEqualTo("ACCEPTED");
        page = body(get("/petitions/" + id).with(user(accounts.loadUserByUsername(HANDLER))));
        assertThat(page).contains("Luật Tiếp công dân 2013");
        assertThat(jdbc.sql("SELECT resolution_due_on IS NOT NULL FROM pt_case WHERE id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        // Closing needs an answer and evidence.
        staff("/petitions/" + id + "/answer", "version", version(id), "answer", "Đã sửa " + word);
        assertThat(status(id)).isEqualTo("ACCEPTED");
        mvc.perform(multipart("/petitions/" + id + "/answer")
                        .file(new MockMultipartFile("files", "anh.png", "image/png", png()))
                        .param("version", version(id))
                        .param("answer", "Đã thay bóng đèn " + word)
                        .with(user(accounts.loadUserByUsername(HANDLER)))
                        .with(csrf()))
                .andReturn();
        assertThat(status(id)).isEqualTo("CLOSED");

        MockHttpSession session = new MockHttpSession();
        MvcResult found = mvc.perform(post("/public/petitions/track")
                        .session(session)
                        .param("code", receipt.trackingCode().toLowerCase())
                        .param("secret", receipt.secret())
                        .with(csrf()))
                .andReturn();
        assertThat(found.getResponse().getRedirectedUrl()).isEqualTo("/public/petitions/track/case");
        jakarta.servlet.http.Cookie[] cookies = found.getResponse().getCookies();
        String tracked =
                body(get("/public/petitions/track/case").session(session).cookie(cookies));
        assertThat(tracked).contains("Đã thay bóng đèn " + word).contains("anh.png");

        mvc.perform(post("/public/petitions/track/rate")
                        .session(session)
                        .cookie(cookies)
                        .param("rating", "4")
                        .with(csrf()))
                .andReturn();
        assertThat(jdbc.sql("SELECT rating FROM pt_case WHERE id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);

        // Staff cannot reopen unasked; the sender asks within the window, and staff take the case up again.
        staff("/petitions/" + id + "/reopen", "version", version(id));
        assertThat(status(id)).isEqualTo("CLOSED");
        mvc.perform(post("/public/petitions/track/reopen")
                        .session(session)
                        .cookie(cookies)
                        .param("reason", "Đèn lại hỏng sau hai ngày")
                        .with(csrf()))
                .andReturn();
        assertThat(body(get("/petitions/" + id).with(user(accounts.loadUserByUsername(HANDLER)))))
                .contains("/petitions/" + id + "/reopen");
        staff("/petitions/" + id + "/reopen", "version", version(id));
        assertThat(status(id)).isEqualTo("ACCEPTED");
        assertThat(jdbc.sql("SELECT closed_on IS NULL AND resolution_due_on IS NOT NULL FROM pt_case WHERE id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aWrongCodeOrSecretSaysNotFoundWithoutSayingWhich() throws Exception {
        Receipt receipt = submit("REFLECTION", "Rác thải " + word, "Rác thải tồn đọng", null);
        String wrongSecret = body(post("/public/petitions/track")
                .param("code", receipt.trackingCode())
                .param("secret", "AAAAAAAAAAAA")
                .with(csrf()));
        String wrongCode = body(post("/public/petitions/track")
                .param("code", "PA-26-ZZZZZZ")
                .param("secret", receipt.secret())
                .with(csrf()));
        assertThat(wrongSecret).contains("Không tìm thấy đơn").doesNotContain("Rác thải");
        assertThat(wrongCode).contains("Không tìm thấy đơn");
    }

    @Test
    void theHoneypotAndAnInstantSubmissionStoreNothing() throws Exception {
        long before = count();
        mvc.perform(multipart("/public/petitions/new")
                        .param("kind", "REFLECTION")
                        .param("unit", PHO_HIEN)
                        .param("subject", "Máy " + word)
                        .param("content", "Nội dung")
                        .param("website", "http://spam")
                        .param("formToken", tokens.issue(clock.instant().minusSeconds(60)))
                        .with(csrf()))
                .andReturn();
        mvc.perform(multipart("/public/petitions/new")
                        .param("kind", "REFLECTION")
                        .param("unit", PHO_HIEN)
                        .param("subject", "Máy " + word)
                        .param("content", "Nội dung")
                        .param("formToken", tokens.issue())
                        .with(csrf()))
                .andReturn();
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aComplaintNeedsANameAndAnUnknownCommuneIsRefused() throws Exception {
        long before = count();
        String noName = body(form("COMPLAINT", PHO_HIEN, "Khiếu nại " + word, "Nội dung", null));
        assertThat(noName).contains("cần ghi rõ họ và tên");
        String badUnit = body(form("REFLECTION", "old-12133", "Phản ánh " + word, "Nội dung", null));
        assertThat(badUnit).contains("xã, phường hiện hành");
        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM pt_case").query(Long.class).single();
    }

    Receipt submit(String kind, String subject, String content, String name) throws Exception {
        MvcResult result =
                mvc.perform(form(kind, PHO_HIEN, subject, content, name)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/public/petitions/received");
        var r = (PublicPetitionController.PublicReceipt) result.getFlashMap().get("receipt");
        return new Receipt(r.caseId(), r.trackingCode(), r.secret(), r.dueOn());
    }

    org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder form(
            String kind, String unit, String subject, String content, String name) {
        var request = multipart("/public/petitions/new")
                .param("kind", kind)
                .param("unit", unit)
                .param("subject", subject)
                .param("content", content)
                .param("formToken", tokens.issue(clock.instant().minusSeconds(60)))
                .with(csrf());
        if (name != null) {
            request.param("name", name).param("phone", "0912 345 678");
        }
        return request;
    }

    private void staff(String url, String... fields) throws Exception {
        var request = post(url).with(user(accounts.loadUserByUsername(HANDLER))).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        mvc.perform(request).andReturn();
    }

    private String version(UUID id) {
        return jdbc.sql("SELECT version FROM pt_case WHERE id = ?")
                .param(id)
                .query(Integer.class)
                .single()
                .toString();
    }

    private String status(UUID id) {
        return jdbc.sql("SELECT status FROM pt_case WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static byte[] png() throws Exception {
        try (InputStream in = CaseWebTests.class.getResourceAsStream("/petition/evidence.png")) {
            return in.readAllBytes();
        }
    }
}
