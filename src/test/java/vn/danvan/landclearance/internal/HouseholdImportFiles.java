package vn.danvan.landclearance.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds household-list workbooks for the import tests: the template's headers and rows given by column. */
final class HouseholdImportFiles {

    private HouseholdImportFiles() {}

    /** A row as column → text (numbers are written as text unless given as Number). */
    static Map<ImportRowColumn, Object> row(Object... pairs) {
        Map<ImportRowColumn, Object> row = new java.util.EnumMap<>(ImportRowColumn.class);
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((ImportRowColumn) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    /** A plot row of a household with the usual household columns filled. */
    static Map<ImportRowColumn, Object> plot(String code, String commune, String sheet, String plot, Object area) {
        return row(
                ImportRowColumn.CODE, code,
                ImportRowColumn.HEAD_NAME, "Nguyễn Văn " + code,
                ImportRowColumn.ADDRESS, "Tổ dân phố 1",
                ImportRowColumn.UNIT_CODE, commune,
                ImportRowColumn.MAP_SHEET, sheet,
                ImportRowColumn.PLOT_NUMBER, plot,
                ImportRowColumn.LAND_TYPE, "LUA",
                ImportRowColumn.AREA, area);
    }

    static byte[] workbook(List<Map<ImportRowColumn, Object>> rows) {
        return workbook(ImportRowColumn.ALL.stream().map(c -> c.header).toList(), rows);
    }

    static byte[] workbook(List<String> headers, List<Map<ImportRowColumn, Object>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Hộ dân");
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            List<ImportRowColumn> byIndex = new ArrayList<>();
            for (String h : headers) {
                byIndex.add(ImportRowColumn.byHeader(h));
            }
            int r = 1;
            for (Map<ImportRowColumn, Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < byIndex.size(); i++) {
                    ImportRowColumn c = byIndex.get(i);
                    Object v = c == null ? null : values.get(c);
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
