package vn.danvan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 conformance, written from the specification (http://wiki.open311.org/GeoReport_v2): every
 * method in JSON and XML, the fields each answer must carry, the errors (400, 403, 404 with an errors list), and this
 * server's documented choices (reflections only, personal data write-only, commune attribute, page_size).
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class Open311ConformanceTests {

    static final String BASE = "/open311/v2";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    String serviceCode;
    UUID categoryId;
    String key;

    @BeforeEach
    void fixtures() {
        serviceCode = Open311Fixtures.unique("svc-");
        categoryId = Open311Fixtures.category(jdbc, serviceCode, true);
        key = "key-" + UUID.randomUUID();
        Open311Fixtures.client(jdbc, key);
    }

    private MvcResult call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    private JsonNode json(MvcResult result) {
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    private String text(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder validPost(String format, String... overrides) {
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("api_key", key);
        p.put("service_code", serviceCode);
        p.put("lat", "20.6464");
        p.put("long", "106.0511");
        p.put("attribute[commune]", "11953");
        p.put("description", "Đèn đường hỏng ở ngõ 5 phố Điện Biên\nĐã hai tuần chưa sửa.");
        p.put("first_name", "Thị Hoa");
        p.put("last_name", "Nguyễn");
        p.put("email", "hoa.secret@example.org");
        p.put("phone", "0912 345 678");
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            p.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(BASE + "/requests." + format);
        for (var e : p.entrySet()) {
            request = request.param(e.getKey(), e.getValue());
        }
        return request;
    }

    @Test
    void discoveryListsTheEndpointWithBothFormats() throws Exception {
        MvcResult json = call(get(BASE + "/discovery.json"));
        assertThat(json.getResponse().getStatus()).isEqualTo(200);
        assertThat(json.getResponse().getContentType()).startsWith("application/json");
        JsonNode d = json(json);
        assertThat(d.path("changeset").asString()).isNotBlank();
        assertThat(d.path("contact").asString()).isNotBlank();
        JsonNode endpoint = d.path("endpoints").get(0);
        assertThat(endpoint.path("specification").asString()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(endpoint.path("url").asString()).endsWith("/open311/v2");
        assertThat(endpoint.path("formats").toString()).contains("text/xml", "application/json");

        MvcResult xml = call(get(BASE + "/discovery.xml"));
        assertThat(xml.getResponse().getContentType()).startsWith("text/xml");
        assertThat(text(xml))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<discovery>", "<endpoints><endpoint>", "<format>text/xml</format>");
    }

    @Test
    void servicesListOnlyActiveOpen311Categories() throws Exception {
        String hidden = Open311Fixtures.unique("hid-");
        Open311Fixtures.category(jdbc, hidden, false);
        JsonNode services = json(call(get(BASE + "/services.json")));
        assertThat(services.isArray()).isTrue();
        assertThat(services.toString()).contains(serviceCode).doesNotContain(hidden);
        for (JsonNode s : services) {
            assertThat(s.has("service_code")).isTrue();
            assertThat(s.has("service_name")).isTrue();
            assertThat(s.path("metadata").asBoolean()).isTrue();
            assertThat(s.path("type").asString()).isEqualTo("realtime");
        }
        assertThat(text(call(get(BASE + "/services.xml"))))
                .contains("<services><service><service_code>")
                .contains("<service_code>" + serviceCode + "</service_code>");
    }

    @Test
    void serviceDefinitionDeclaresTheRequiredCommuneAttribute() throws Exception {
        JsonNode def = json(call(get(BASE + "/services/" + serviceCode + ".json")));
        assertThat(def.path("service_code").asString()).isEqualTo(serviceCode);
        JsonNode attribute = def.path("attributes").get(0);
        assertThat(attribute.path("code").asString()).isEqualTo("commune");
        assertThat(attribute.path("required").asBoolean()).isTrue();
        assertThat(attribute.path("datatype").asString()).isEqualTo("singlevaluelist");
        assertThat(attribute.path("values").toString()).contains("\"key\":\"11953\"");
        assertThat(text(call(get(BASE + "/services/" + serviceCode + ".xml"))))
                .contains("<service_definition>", "<attributes><attribute>", "<values><value><key>");
    }

    @Test
    void unknownServiceDefinitionIs404WithAnErrorsList() throws Exception {
        MvcResult json = call(get(BASE + "/services/no-such-service.json"));
        assertThat(json.getResponse().getStatus()).isEqualTo(404);
        assertThat(json(json).get(0).path("code").asInt()).isEqualTo(404);
        assertThat(json(json).get(0).path("description").asString()).isNotBlank();
        MvcResult xml = call(get(BASE + "/services/no-such-service.xml"));
        assertThat(xml.getResponse().getStatus()).isEqualTo(404);
        assertThat(text(xml)).contains("<errors><error><code>404</code><description>");
    }

    @Test
    void postCreatesAReflectionAndAnswersItsIdWithoutPersonalData() throws Exception {
        MvcResult created = call(validPost("json"));
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        JsonNode answer = json(created).get(0);
        String id = answer.path("service_request_id").asString();
        assertThat(id).isNotBlank();
        assertThat(answer.has("service_notice")).isTrue();
        assertThat(answer.has("account_id")).isTrue();
        var row = jdbc.sql("SELECT kind, channel, unit_id FROM pt_case WHERE tracking_code = :c")
                .param("c", id)
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("kind", "REFLECTION")
                .containsEntry("channel", "OPEN311")
                .containsEntry("unit_id", "11953");

        MvcResult one = call(get(BASE + "/requests/" + id + ".json"));
        assertThat(one.getResponse().getStatus()).isEqualTo(200);
        JsonNode request = json(one).get(0);
        assertThat(request.path("service_request_id").asString()).isEqualTo(id);
        assertThat(request.path("status").asString()).isEqualTo("open");
        assertThat(request.path("service_code").asString()).isEqualTo(serviceCode);
        assertThat(request.path("requested_datetime").asString()).endsWith("+07:00");
        assertThat(request.has("expected_datetime")).isTrue();
        String everything = text(one)
                + text(call(get(BASE + "/requests/" + id + ".xml")))
                + text(call(get(BASE + "/requests.json").param("service_request_id", id)));
        assertThat(everything).doesNotContain("hoa.secret", "Nguyễn", "Thị Hoa", "0912", "345 678");

        MvcResult xml = call(validPost("xml"));
        assertThat(xml.getResponse().getStatus()).isEqualTo(201);
        assertThat(text(xml)).contains("<service_requests><request><service_request_id>");
    }

    @Test
    void postWithoutOrWithAWrongKeyIs403() throws Exception {
        MvcResult none = call(post(BASE + "/requests.json").param("service_code", serviceCode));
        assertThat(none.getResponse().getStatus()).isEqualTo(403);
        assertThat(json(none).get(0).path("code").asInt()).isEqualTo(403);
        MvcResult wrong = call(validPost("xml", "api_key", "wrong"));
        assertThat(wrong.getResponse().getStatus()).isEqualTo(403);
        assertThat(text(wrong)).contains("<errors><error><code>403</code>");
        jdbc.sql("UPDATE pt_api_client SET active = false WHERE key_hash = :h")
                .param("h", ApiKeys.hash(key))
                .update();
        assertThat(call(validPost("json")).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void postRefusesBadInputWith400AndStoresNothing() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM pt_case").query(Long.class).single();
        String[][] bad = {
            {"service_code", ""},
            {"service_code", "no-such-service"},
            {"attribute[commune]", "99999"},
            {"attribute[commune]", ""},
            {"description", ""},
            {"lat", "abc"},
            {"lat", "200"},
            {"email", "not-an-email"},
        };
        for (String[] b : bad) {
            MvcResult r = call(validPost("json", b[0], b[1]));
            assertThat(r.getResponse().getStatus()).as(b[0] + "=" + b[1]).isEqualTo(400);
            assertThat(json(r).get(0).path("code").asInt()).isEqualTo(400);
        }
        MvcResult noLocation = call(post(BASE + "/requests.json")
                .param("api_key", key)
                .param("service_code", serviceCode)
                .param("attribute[commune]", "11953")
                .param("description", "x"));
        assertThat(noLocation.getResponse().getStatus()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM pt_case").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void getRequestsFiltersAndNeverShowsComplaintsOrDenunciations() throws Exception {
        LocalDate day = LocalDate.of(2026, 3, 10);
        String open = Open311Fixtures.pcase(
                jdbc, "REFLECTION", "ACCEPTED", categoryId, "11953", day, day.plusDays(10), null, "33", null);
        String closed = Open311Fixtures.pcase(
                jdbc, "REFLECTION", "CLOSED", categoryId, "11980", day, null, day.plusDays(5), "33", 5);
        String complaint = Open311Fixtures.pcase(
                jdbc, "COMPLAINT", "ACCEPTED", categoryId, "11953", day, day.plusDays(10), null, "33", null);
        String denunciation = Open311Fixtures.pcase(
                jdbc, "DENUNCIATION", "ACCEPTED", categoryId, "11953", day, day.plusDays(10), null, "33", null);

        JsonNode all = json(call(get(BASE + "/requests.json")
                .param("service_code", serviceCode)
                .param("start_date", "2026-03-01T00:00:00+07:00")
                .param("end_date", "2026-03-31T00:00:00+07:00")));
        assertThat(all.toString()).contains(open, closed).doesNotContain(complaint, denunciation);
        JsonNode openOnly = json(call(get(BASE + "/requests.json")
                .param("service_request_id", open + "," + closed)
                .param("status", "open")));
        assertThat(openOnly).hasSize(1);
        assertThat(openOnly.get(0).path("service_request_id").asString()).isEqualTo(open);
        assertThat(openOnly.get(0).path("expected_datetime").asString()).isEqualTo("2026-03-20T23:59:59+07:00");
        JsonNode closedOne =
                json(call(get(BASE + "/requests/" + closed + ".json"))).get(0);
        assertThat(closedOne.path("status").asString()).isEqualTo("closed");
        assertThat(closedOne.path("status_notes").asString()).startsWith("Trả lời công khai");
        assertThat(closedOne.path("agency_responsible").asString()).isEqualTo("Cơ quan 33");
        assertThat(text(call(get(BASE + "/requests/" + closed + ".json")))).doesNotContain("Nội dung bí mật");

        assertThat(call(get(BASE + "/requests/" + complaint + ".json"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(call(get(BASE + "/requests/" + denunciation + ".xml"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(text(call(get(BASE + "/requests.xml").param("service_request_id", open))))
                .contains("<service_requests><request><service_request_id>" + open + "</service_request_id>");
    }

    @Test
    void pagesWithPageAndPageSize() throws Exception {
        LocalDate day = LocalDate.of(2026, 4, 1);
        for (int i = 0; i < 3; i++) {
            Open311Fixtures.pcase(
                    jdbc,
                    "REFLECTION",
                    "RECEIVED",
                    categoryId,
                    "11953",
                    day.plusDays(i),
                    day.plusDays(20),
                    null,
                    "33",
                    null);
        }
        var first = json(call(get(BASE + "/requests.json")
                .param("service_code", serviceCode)
                .param("start_date", "2026-04-01")
                .param("page_size", "2")));
        var second = json(call(get(BASE + "/requests.json")
                .param("service_code", serviceCode)
                .param("start_date", "2026-04-01")
                .param("page_size", "2")
                .param("page", "2")));
        assertThat(first).hasSize(2);
        assertThat(second).hasSize(1);
        assertThat(json(call(get(BASE + "/requests.json").param("page_size", "1000"))))
                .hasSizeLessThanOrEqualTo(100);
    }

    @Test
    void badFiltersAre400() throws Exception {
        for (String[] b :
                new String[][] {{"status", "pending"}, {"start_date", "yesterday"}, {"page", "0"}, {"page_size", "x"}
                }) {
            MvcResult r = call(get(BASE + "/requests.json").param(b[0], b[1]));
            assertThat(r.getResponse().getStatus()).as(b[0]).isEqualTo(400);
        }
        MvcResult xml = call(get(BASE + "/requests.xml").param("status", "pending"));
        assertThat(text(xml)).contains("<errors><error><code>400</code>");
    }

    @Test
    void unknownRequestAndTokenAre404AndATokenAnswersItsRequest() throws Exception {
        assertThat(call(get(BASE + "/requests/NOPE.json")).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(call(get(BASE + "/tokens/NOPE.xml")).getResponse().getStatus())
                .isEqualTo(404);
        String id =
                json(call(validPost("json"))).get(0).path("service_request_id").asString();
        JsonNode token = json(call(get(BASE + "/tokens/" + id + ".json"))).get(0);
        assertThat(token.path("service_request_id").asString()).isEqualTo(id);
        assertThat(token.path("token").asString()).isEqualTo(id);
    }

    @Test
    void unknownFormatIs404() throws Exception {
        assertThat(call(get(BASE + "/services.html")).getResponse().getStatus()).isEqualTo(404);
    }
}
