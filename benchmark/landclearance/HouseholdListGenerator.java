import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an invented household list in the import template's format, streaming (SXSSF, 200 rows in memory), for the
 * import benchmark: N households (default 20,000) with 1–3 plots each (≈ 1.5 on average, so ≈ 30,000 rows) spread
 * over the four communes of the demo project, at every stage, half the dates as Excel dates and half as text.
 *
 * <pre>java -cp "$(poi classpath)" benchmark/landclearance/HouseholdListGenerator.java out.xlsx [households] [seed]</pre>
 */
public class HouseholdListGenerator {

    static final String[] HEADERS = {
        "Mã hộ", "Họ tên chủ hộ", "Số CCCD", "Địa chỉ", "Số điện thoại", "Người đại diện", "Mã xã/phường",
        "Tên xã/phường", "Tờ bản đồ", "Số thửa", "Loại đất", "Diện tích thu hồi (m²)", "Giá trị bồi thường (đồng)",
        "Ngày kiểm đếm", "Đồng thuận (có/không)", "Ngày đồng thuận", "Số tiền đã chi trả", "Ngày chi trả",
        "Ngày bàn giao", "Vĩ độ", "Kinh độ", "Ghi chú"
    };
    static final String[] COMMUNES = {"11953", "11980", "11983", "11977"};
    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đặng", "Ngô"};
    static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Quang", "Thị Thu", "Hữu", "Xuân"};
    static final String[] GIVEN = {"Hùng", "Lan", "Hoa", "Dũng", "Hải", "Tuấn", "Hương", "Nam", "Bình", "Mai"};
    static final String[] TYPES = {"LUA", "LUA", "LUA", "HNK", "CLN", "NTS", "ONT"};
    static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "households-20000.xlsx");
        int households = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 20261129L);
        int rows = 0;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200);
                OutputStream os = new FileOutputStream(out.toFile())) {
            wb.setCompressTempFiles(true);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            SXSSFSheet sheet = wb.createSheet("Hộ dân");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
            }
            int r = 1;
            int plotNumber = 0;
            for (int h = 1; h <= households; h++) {
                int stage = random.nextInt(6); // 0 none … 5 handed over
                LocalDate inventoried = stage >= 1 ? LocalDate.of(2026, 2, 1).plusDays(random.nextInt(40)) : null;
                LocalDate agreed = stage >= 3 ? LocalDate.of(2026, 4, 20).plusDays(random.nextInt(120)) : null;
                LocalDate paid = stage >= 4 ? agreed.plusDays(10 + random.nextInt(20)) : null;
                LocalDate handed = stage >= 5 ? paid.plusDays(5 + random.nextInt(20)) : null;
                long compensation = (100 + random.nextInt(900)) * 1_000_000L;
                int plots = 1 + (random.nextInt(100) < 40 ? 1 : 0) + (random.nextInt(100) < 10 ? 1 : 0);
                for (int p = 0; p < plots; p++) {
                    Row row = sheet.createRow(r++);
                    rows++;
                    plotNumber++;
                    int c = 0;
                    row.createCell(c++).setCellValue(String.format("HD-%06d", h));
                    if (p == 0) {
                        row.createCell(c++).setCellValue(FAMILY[random.nextInt(FAMILY.length)] + " "
                                + MIDDLE[random.nextInt(MIDDLE.length)] + " " + GIVEN[random.nextInt(GIVEN.length)]);
                        row.createCell(c++).setCellValue(String.format("033%09d", random.nextInt(1_000_000_000)));
                        row.createCell(c++).setCellValue("Tổ dân phố " + (1 + random.nextInt(12)));
                        row.createCell(c++).setCellValue(String.format("09%08d", random.nextInt(100_000_000)));
                        c++;
                        row.createCell(c++).setCellValue(COMMUNES[h % COMMUNES.length]);
                        c++;
                    } else {
                        c += 7;
                    }
                    row.createCell(c++).setCellValue(String.valueOf(1 + plotNumber / 500));
                    row.createCell(c++).setCellValue(String.valueOf(plotNumber % 500 + 1));
                    row.createCell(c++).setCellValue(TYPES[random.nextInt(TYPES.length)]);
                    row.createCell(c++).setCellValue(50 + random.nextInt(1500) + random.nextInt(10) / 10.0);
                    if (p == 0) {
                        if (stage >= 2) {
                            row.createCell(c).setCellValue(compensation);
                        }
                        c++;
                        c = date(row, c, inventoried, date, random);
                        if (agreed != null) {
                            row.createCell(c).setCellValue("có");
                        }
                        c++;
                        c = date(row, c, agreed, date, random);
                        if (paid != null) {
                            row.createCell(c).setCellValue(compensation);
                        }
                        c++;
                        c = date(row, c, paid, date, random);
                        c = date(row, c, handed, date, random);
                        if (random.nextInt(100) < 80) {
                            row.createCell(c).setCellValue(20.61 + random.nextDouble() * 0.06);
                            row.createCell(c + 1).setCellValue(106.01 + random.nextDouble() * 0.08);
                        }
                    }
                }
            }
            wb.write(os);
            wb.dispose();
        }
        System.out.printf("%s: %d households, %d rows, %d bytes%n", out, households, rows, Files.size(out));
    }

    private static int date(Row row, int c, LocalDate value, CellStyle style, Random random) {
        if (value != null) {
            if (random.nextBoolean()) {
                var cell = row.createCell(c);
                cell.setCellValue(value);
                cell.setCellStyle(style);
            } else {
                row.createCell(c).setCellValue(value.format(TEXT));
            }
        }
        return c + 1;
    }
}
