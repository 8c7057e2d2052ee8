package vn.danvan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.danvan.petition.NewPetition;
import vn.danvan.petition.PetitionChannel;
import vn.danvan.petition.PetitionIntake;
import vn.danvan.petition.PetitionKind;
import vn.danvan.petition.Receipt;

/**
 * The confidentiality walk (Luật Tố cáo 2018, Điều 9, 47, 56): a denunciation with a distinctive name, phone, e-mail
 * and ID number; then every GET endpoint of the application, with the case's id wherever a path needs one, as an
 * officer handling cases without a grant and as one holding the identity permission without a grant — none of the
 * identity strings may appear. The database holds no plain text of them. Once a manager grants access, the granted
 * user sees the identity and the view is audited without it.
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class IdentityConfidentialityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PetitionIntake intake;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final String mark =
            UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    final String name = "Trần Thị Bímật" + mark;
    final String phone = "0987" + Math.abs(mark.hashCode() % 1_000_000);
    final String email = "tocao" + mark.toLowerCase() + "@example.vn";
    final String idNumber = "0331" + Math.abs((mark + "id").hashCode() % 100_000_000);
    final String address = "Số 7 ngõ Kín" + mark;

    @Test
    void noEndpointShowsTheDenouncerToOfficersWithoutAGrantAndTheDatabaseHoldsNoPlainText() throws Exception {
        Receipt receipt = intake.receive(new NewPetition(
                PetitionKind.DENUNCIATION,
                PetitionChannel.ONLINE,
                null,
                "Tố cáo sai phạm " + mark,
                "Nội dung tố cáo " + mark,
                "11953",
                null,
                null,
                null,
                new NewPetition.Sender(name, idNumber, address, phone, email),
                List.of(),
                null,
                null));
        UUID id = receipt.caseId();
        List<String> secrets = List.of(name, phone, email, idNumber, address, "Bímật" + mark, "Bimat" + mark);

        List<String> urls = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("vn.danvan")) {
                return;
            }
            boolean isGet = info.getMethodsCondition().getMethods().isEmpty()
                    || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
            if (!isGet) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                urls.add(pattern.replaceAll("\\{[^}]+}", id.toString()));
            }
        });
        assertThat(urls).contains("/petitions/" + id, "/petitions");

        for (String username : List.of("chuyenvien.tinh", "xuly.tinh", "canbo.phohien", "lanhdao.tinh")) {
            UserDetails officer = accounts.loadUserByUsername(username);
            for (String url : urls) {
                String body;
                try {
                    body = mvc.perform(get(url).param("q", mark).with(user(officer)))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(StandardCharsets.UTF_8);
                } catch (Exception e) {
                    body = String.valueOf(e.getMessage());
                }
                for (String secret : secrets) {
                    assertThat(body).as(url + " as " + username).doesNotContain(secret);
                }
            }
        }
        String casePage = mvc.perform(get("/petitions/" + id).with(user(accounts.loadUserByUsername("xuly.tinh"))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(casePage).contains("Tố cáo sai phạm " + mark).contains("giữ bí mật");

        String stored = jdbc.sql("SELECT coalesce(encode(name_enc, 'escape'), '') || encode(phone_enc, 'escape')"
                        + " || encode(email_enc, 'escape') || encode(id_number_enc, 'escape')"
                        + " || encode(address_enc, 'escape') || coalesce(fingerprint, '') FROM pt_identity"
                        + " WHERE case_id = ?")
                .param(id)
                .query(String.class)
                .single();
        String everythingElse = jdbc.sql("SELECT (SELECT c::text FROM pt_case c WHERE c.id = ?)"
                        + " || coalesce((SELECT string_agg(e::text, ' ') FROM pt_event e WHERE e.case_id = ?), '')"
                        + " || coalesce((SELECT string_agg(a::text, ' ') FROM audit_entry a), '')")
                .params(id, id)
                .query(String.class)
                .single();
        for (String secret : secrets) {
            assertThat(stored).doesNotContain(secret);
            assertThat(everythingElse).doesNotContain(secret);
        }
        assertThat(stored).doesNotContain(mark);

        // A manager grants the identity-holding handler access; then (and only then) the handler sees it.
        mvc.perform(post("/petitions/" + id + "/grants")
                        .param(
                                "version",
                                jdbc.sql("SELECT version FROM pt_case WHERE id = ?")
                                        .param(id)
                                        .query(Integer.class)
                                        .single()
                                        .toString())
                        .param("username", "xuly.tinh")
                        .param("reason", "Giao xác minh nội dung tố cáo")
                        .with(user(accounts.loadUserByUsername("lanhdao.tinh")))
                        .with(csrf()))
                .andReturn();
        String granted = mvc.perform(get("/petitions/" + id).with(user(accounts.loadUserByUsername("xuly.tinh"))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(granted).contains(name).contains(phone).contains(email);
        String specialist = mvc.perform(
                        get("/petitions/" + id).with(user(accounts.loadUserByUsername("chuyenvien.tinh"))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(specialist).doesNotContain(name);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'petition.identity.viewed'"
                                + " AND target_id = ?")
                        .param(id.toString())
                        .query(Long.class)
                        .single())
                .isPositive();
        String audit = jdbc.sql("SELECT string_agg(a::text, ' ') FROM audit_entry a")
                .query(String.class)
                .single();
        assertThat(audit).doesNotContain(name).doesNotContain(phone).doesNotContain(email);
    }

    @Test
    void aDenouncersFileIsServedOnlyThroughTheCaseToAUserGrantedTheIdentity() throws Exception {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        Receipt receipt = intake.receive(new NewPetition(
                PetitionKind.DENUNCIATION,
                PetitionChannel.ONLINE,
                null,
                "Tố cáo kèm ảnh " + mark,
                "Ảnh chụp giấy tờ có tên người tố cáo " + mark,
                "11953",
                null,
                null,
                null,
                new NewPetition.Sender(name, idNumber, address, phone, email),
                List.of(new NewPetition.Upload("giay-to.png", "image/png", png.toByteArray())),
                null,
                null));
        UUID id = receipt.caseId();
        UUID file = jdbc.sql("SELECT file_id FROM pt_attachment WHERE case_id = ?")
                .param(id)
                .query(UUID.class)
                .single();
        UserDetails handler = accounts.loadUserByUsername("xuly.tinh");

        // The general download refuses it to everyone, even in scope; the case refuses it without a grant.
        assertThat(mvc.perform(get("/files/" + file).with(user(handler)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/petitions/" + id + "/files/" + file).with(user(handler)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        mvc.perform(post("/petitions/" + id + "/grants")
                        .param(
                                "version",
                                jdbc.sql("SELECT version FROM pt_case WHERE id = ?")
                                        .param(id)
                                        .query(Integer.class)
                                        .single()
                                        .toString())
                        .param("username", "xuly.tinh")
                        .param("reason", "Giao xác minh nội dung tố cáo")
                        .with(user(accounts.loadUserByUsername("lanhdao.tinh")))
                        .with(csrf()))
                .andReturn();
        var granted = mvc.perform(get("/petitions/" + id + "/files/" + file).with(user(handler)))
                .andReturn()
                .getResponse();
        assertThat(granted.getStatus()).isEqualTo(200);
        assertThat(granted.getContentAsByteArray()).isEqualTo(png.toByteArray());
        assertThat(mvc.perform(get("/files/" + file).with(user(handler)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'petition.identity.fileViewed'"
                                + " AND target_id = ?")
                        .param(id.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
