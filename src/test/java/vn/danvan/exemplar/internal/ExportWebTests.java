package vn.danvan.exemplar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The Excel workbooks open with POI, carry the board's layout and the rows of the user's area; exports are audited. */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class ExportWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void fixtures() {
        StatsFixtures.insert(jdbc);
    }

    @Test
    void theListIsTheBoardsLayoutWithTheRowsOfTheArea() throws Exception {
        long audited = audits("exemplar.list.exported");
        List<List<String>> rows = sheet(get("chuyenvien.tinh", "/exemplars.xlsx?year=2090"));
        assertThat(rows.get(1).get(0)).isEqualTo("DANH SÁCH MÔ HÌNH, ĐIỂN HÌNH DÂN VẬN KHÉO NĂM 2090");
        assertThat(rows.get(3))
                .containsExactly(
                        "STT",
                        "Tên mô hình/điển hình",
                        "Loại",
                        "Lĩnh vực",
                        "Cấp",
                        "Đơn vị",
                        "Địa bàn",
                        "Ngày bắt đầu",
                        "Tình trạng",
                        "Quyết định công nhận");
        List<String> names =
                rows.subList(4, rows.size()).stream().map(r -> at(r, 1)).toList();
        assertThat(names)
                .containsExactlyInAnyOrder(
                        "Camera an ninh khu phố", "Đường hoa thôn Đông", "Đường hoa xóm Bắc", "Tủ sách cộng đồng");
        List<String> a = rows.stream()
                .filter(r -> at(r, 1).equals("Đường hoa thôn Đông"))
                .findFirst()
                .orElseThrow();
        assertThat(a).contains("Mô hình", "Kinh tế", "Cấp xã", "15/01/2090", "Đã công nhận", "15/QĐ-UBND 01/10/2090");
        assertThat(audits("exemplar.list.exported")).isEqualTo(audited + 1);

        List<List<String>> filtered =
                sheet(get("chuyenvien.tinh", "/exemplars.xlsx?year=2090&field=ECONOMIC&status=RECOGNISED"));
        assertThat(filtered.subList(4, filtered.size())).hasSize(2);

        List<List<String>> commune = sheet(get("canbo.phohien", "/exemplars.xlsx?year=2090"));
        assertThat(commune.get(0).get(0)).contains("PHỐ HIẾN");
        assertThat(commune.subList(4, commune.size()).stream().map(r -> at(r, 1)))
                .containsExactlyInAnyOrder("Camera an ninh khu phố", "Đường hoa thôn Đông");
    }

    @Test
    void theStatisticsTableHasTheFieldsLevelsAndTotals() throws Exception {
        long audited = audits("exemplar.stats.exported");
        List<List<String>> rows = sheet(get("chuyenvien.tinh", "/exemplars/stats.xlsx?year=2090"));
        assertThat(rows.get(1).get(0)).startsWith("THỐNG KÊ KẾT QUẢ").endsWith("2090");
        assertThat(rows.get(3)).startsWith("Lĩnh vực", "Cấp", "Đăng ký", "Hiệu quả", "Được công nhận");
        List<String> economic = rows.stream()
                .filter(r -> at(r, 0).equals("Kinh tế") && at(r, 1).equals("Cấp xã"))
                .findFirst()
                .orElseThrow();
        assertThat(economic.subList(2, 9)).containsExactly("2", "1", "2", "1", "1", "1", "1");
        List<String> total = rows.get(rows.size() - 1);
        assertThat(total.get(0)).isEqualTo("Tổng cộng");
        assertThat(total.get(2)).isEqualTo("4");
        assertThat(audits("exemplar.stats.exported")).isEqualTo(audited + 1);
    }

    private static String at(List<String> row, int i) {
        return i < row.size() ? row.get(i) : "";
    }

    private long audits(String action) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ?")
                .params(action)
                .query(Long.class)
                .single();
    }

    private static List<List<String>> sheet(MvcTestResult result) throws Exception {
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith(ExemplarExportController.XLSX);
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(
                                cell == null
                                        ? ""
                                        : switch (cell.getCellType()) {
                                            case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
                                            default -> cell.getStringCellValue();
                                        });
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private MvcTestResult get(String username, String url) {
        return mvc.get()
                .uri(url)
                .with(user(accounts.loadUserByUsername(username)))
                .exchange();
    }
}
