package vn.danvan.exemplar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.danvan.files.Attachments;
import vn.danvan.files.FileOwner;
import vn.danvan.files.StoredFile;

/**
 * The public showcase, anonymously: only recognised and public entries, search without diacritics, the map, and
 * photos only when the unit marked them public; everything else is 404 and no participant's name leaks.
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class ShowcaseWebTests {

    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Attachments attachments;

    @BeforeEach
    void fixtures() {
        StatsFixtures.insert(jdbc);
    }

    @Test
    void onlyRecognisedPublicEntriesAreShown() {
        MvcTestResult list = get("/public/exemplars?year=2090");
        assertThat(list).hasStatusOk();
        assertThat(list)
                .bodyText()
                .contains("Đường hoa thôn Đông")
                .doesNotContain("Đường hoa xóm Bắc", "Tủ sách cộng đồng", "Camera an ninh khu phố", "Bí mật");

        MvcTestResult show = get("/public/exemplars/" + StatsFixtures.A);
        assertThat(show).hasStatusOk();
        assertThat(show)
                .bodyText()
                .contains("Câu chuyện Đường hoa thôn Đông", "15/QĐ-UBND")
                .doesNotContain("Bí mật");

        assertThat(get("/public/exemplars/" + StatsFixtures.B)).as("not public").hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/public/exemplars/" + StatsFixtures.C)).as("revoked").hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/public/exemplars/" + StatsFixtures.D))
                .as("not recognised")
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/public/exemplars/" + UUID.randomUUID())).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void searchIgnoresDiacriticsAndFiltersNarrow() {
        assertThat(get("/public/exemplars?q=THON")).bodyText().contains("Đường hoa thôn Đông");
        assertThat(get("/public/exemplars?q=duong&field=CULTURAL_SOCIAL"))
                .bodyText()
                .doesNotContain("Đường hoa thôn Đông");
        assertThat(get("/public/exemplars?q=duong&commune=11953")).bodyText().contains("Đường hoa thôn Đông");
        assertThat(get("/public/exemplars?q=duong&year=2089")).bodyText().doesNotContain("Đường hoa thôn Đông");

        MvcTestResult map = get("/public/exemplars/map.geojson?year=2090");
        assertThat(map).hasStatusOk();
        assertThat(map)
                .bodyText()
                .contains("\"FeatureCollection\"", "/public/exemplars/" + StatsFixtures.A, "106.05")
                .doesNotContain(StatsFixtures.B, StatsFixtures.C, StatsFixtures.D);
    }

    @Test
    void onlyPhotosMarkedPublicAreServed() {
        UUID entry = UUID.fromString(StatsFixtures.A);
        StoredFile shown = store(entry, "anh-cong-khai.png");
        StoredFile hidden = store(entry, "anh-noi-bo.png");
        jdbc.sql(
                        "INSERT INTO ex_update_file (update_id, file_id, public) VALUES (?::uuid, ?, true), (?::uuid, ?, false)")
                .params(StatsFixtures.UPDATE, shown.id(), StatsFixtures.UPDATE, hidden.id())
                .update();

        MvcTestResult photo = get("/public/exemplars/" + entry + "/photos/" + shown.id());
        assertThat(photo).hasStatusOk();
        assertThat(photo.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(photo.getResponse().getContentAsByteArray()).isEqualTo(PNG);
        assertThat(get("/public/exemplars/" + entry)).bodyText().contains("/photos/" + shown.id());

        assertThat(get("/public/exemplars/" + entry + "/photos/" + hidden.id())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/public/exemplars/" + StatsFixtures.B + "/photos/" + shown.id()))
                .as("the file under another entry")
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/public/exemplars/" + entry + "/photos/" + UUID.randomUUID()))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private StoredFile store(UUID entry, String name) {
        return attachments.store(
                new FileOwner(ShowcaseController.MODULE, "update", UUID.fromString(StatsFixtures.UPDATE), "33/11953"),
                name,
                new ByteArrayInputStream(PNG),
                Attachments.IMAGES);
    }

    private MvcTestResult get(String url) {
        return mvc.get().uri(url).exchange();
    }
}
