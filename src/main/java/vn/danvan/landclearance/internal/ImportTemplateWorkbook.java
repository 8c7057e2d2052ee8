package vn.danvan.landclearance.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The household list template: a sheet "Hộ dân" with the columns officials keep (one row per plot; text format where
 * leading zeros matter, date format for dates, drop-down lists for the land type, consent and commune), and a sheet
 * "Hướng dẫn" explaining each column and listing the land-type codes and the project's communes with their codes.
 */
@Component
class ImportTemplateWorkbook {

    static final String GUIDE_SHEET = "Hướng dẫn";
    private static final int VALIDATED_ROWS = 50_000;
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    ImportTemplateWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    byte[] build(List<HouseholdImportContext.ProjectCommune> communes, String projectLabel) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle bold = wb.createCellStyle();
            bold.setFont(boldFont);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);

            Sheet sheet = wb.createSheet(HouseholdImportReader.SHEET_NAME);
            Row row = sheet.createRow(0);
            for (ImportRowColumn c : ImportRowColumn.ALL) {
                var cell = row.createCell(c.ordinal());
                cell.setCellValue(c.header);
                cell.setCellStyle(header);
                sheet.setColumnWidth(c.ordinal(), c.width * 256);
                switch (c) {
                    case CODE, ID_NUMBER, PHONE, UNIT_CODE, MAP_SHEET, PLOT_NUMBER ->
                        sheet.setDefaultColumnStyle(c.ordinal(), text);
                    case INVENTORIED_ON, AGREED_ON, PAID_ON, HANDED_OVER_ON ->
                        sheet.setDefaultColumnStyle(c.ordinal(), date);
                    default -> {}
                }
            }
            sheet.createFreezePane(2, 1);

            Sheet guide = wb.createSheet(GUIDE_SHEET);
            guide.setColumnWidth(0, 28 * 256);
            guide.setColumnWidth(1, 100 * 256);
            int r = 0;
            Row title = guide.createRow(r++);
            title.createCell(0).setCellValue("Mẫu danh sách hộ dân — " + projectLabel);
            title.getCell(0).setCellStyle(bold);
            guide.createRow(r++)
                    .createCell(0)
                    .setCellValue("Mỗi dòng ở trang \"Hộ dân\" là một thửa đất. Không đổi"
                            + " tên cột. Dòng có lỗi sẽ được báo kèm số dòng, cột và lý do; chưa có dữ liệu nào được nhập cho"
                            + " đến khi tệp hợp lệ (hoặc khi người dùng chọn chỉ nhập các hộ hợp lệ).");
            r++;
            Row h = guide.createRow(r++);
            h.createCell(0).setCellValue("Cột");
            h.createCell(1).setCellValue("Cách ghi");
            h.getCell(0).setCellStyle(bold);
            h.getCell(1).setCellStyle(bold);
            for (ImportRowColumn c : ImportRowColumn.ALL) {
                Row g = guide.createRow(r++);
                g.createCell(0).setCellValue(c.header + (c.required ? " *" : ""));
                g.createCell(1).setCellValue(c.guide);
                g.getCell(1).setCellStyle(wrap);
            }
            r++;
            Row landTitle = guide.createRow(r++);
            landTitle.createCell(0).setCellValue("Mã loại đất");
            landTitle.getCell(0).setCellStyle(bold);
            int landFrom = r;
            for (LandType t : LandType.values()) {
                Row g = guide.createRow(r++);
                g.createCell(0).setCellValue(t.name());
                g.createCell(1).setCellValue(messages.getMessage("lc.landType." + t.name(), null, t.name(), VI));
            }
            int landTo = r - 1;
            r++;
            Row communeTitle = guide.createRow(r++);
            communeTitle.createCell(0).setCellValue("Mã xã/phường");
            communeTitle.createCell(1).setCellValue("Tên xã/phường của dự án");
            communeTitle.getCell(0).setCellStyle(bold);
            communeTitle.getCell(1).setCellStyle(bold);
            int communeFrom = r;
            for (HouseholdImportContext.ProjectCommune c : communes) {
                Row g = guide.createRow(r++);
                g.createCell(0).setCellValue(c.code());
                g.createCell(1).setCellValue(c.unitName());
            }
            int communeTo = r - 1;

            DataValidationHelper helper = sheet.getDataValidationHelper();
            String guideRef = "'" + GUIDE_SHEET + "'!";
            validation(
                    sheet,
                    helper,
                    helper.createFormulaListConstraint(guideRef + "$A$" + (landFrom + 1) + ":$A$" + (landTo + 1)),
                    ImportRowColumn.LAND_TYPE);
            validation(
                    sheet,
                    helper,
                    helper.createExplicitListConstraint(new String[] {"có", "không"}),
                    ImportRowColumn.CONSENT);
            if (!communes.isEmpty()) {
                validation(
                        sheet,
                        helper,
                        helper.createFormulaListConstraint(
                                guideRef + "$A$" + (communeFrom + 1) + ":$A$" + (communeTo + 1)),
                        ImportRowColumn.UNIT_CODE);
                validation(
                        sheet,
                        helper,
                        helper.createFormulaListConstraint(
                                guideRef + "$B$" + (communeFrom + 1) + ":$B$" + (communeTo + 1)),
                        ImportRowColumn.UNIT_NAME);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void validation(
            Sheet sheet, DataValidationHelper helper, DataValidationConstraint constraint, ImportRowColumn column) {
        DataValidation v = helper.createValidation(
                constraint, new CellRangeAddressList(1, VALIDATED_ROWS, column.ordinal(), column.ordinal()));
        v.setShowErrorBox(true);
        v.setEmptyCellAllowed(true);
        sheet.addValidationData(v);
    }
}
