package vn.danvan.landclearance.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.danvan.shared.text.VietnameseText;

/**
 * Reads the household sheet of an uploaded workbook with a streaming SAX parser over the sheet's XML (POI's
 * {@link XSSFReader}), so a file of tens of thousands of rows never becomes a DOM. The content is sniffed first: only
 * a ZIP holding {@code xl/workbook.xml} is read. The header row is matched to {@link ImportRowColumn}; a missing or
 * unknown column rejects the whole file.
 */
final class HouseholdImportReader {

    static final String SHEET_NAME = "Hộ dân";
    static final int MAX_ROWS = 50_000;
    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private HouseholdImportReader() {}

    /** The data rows (blank rows skipped), or {@link HouseholdImportRejected} for a file that cannot be taken. */
    static List<ImportRow> read(byte[] content) {
        if (content.length == 0) {
            throw new HouseholdImportRejected("lc.import.rejected.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new HouseholdImportRejected("lc.import.rejected.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        if (!isXlsx(content)) {
            throw new HouseholdImportRejected("lc.import.rejected.notXlsx");
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            InputStream chosen = null;
            while (sheets.hasNext()) {
                InputStream sheet = sheets.next();
                boolean named = VietnameseText.fold(sheets.getSheetName()).equals(VietnameseText.fold(SHEET_NAME));
                if (chosen == null || named) {
                    if (chosen != null) {
                        chosen.close();
                    }
                    chosen = sheet;
                    if (named) {
                        break;
                    }
                } else {
                    sheet.close();
                }
            }
            if (chosen == null) {
                throw new HouseholdImportRejected("lc.import.rejected.noSheet");
            }
            try (InputStream sheet = chosen) {
                SheetHandler handler = new SheetHandler(strings, styles);
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(handler);
                parser.parse(new InputSource(sheet));
                if (handler.columns == null) {
                    throw new HouseholdImportRejected("lc.import.rejected.noHeader", ImportRowColumn.expectedHeaders());
                }
                if (handler.rows.isEmpty()) {
                    throw new HouseholdImportRejected("lc.import.rejected.noRows");
                }
                return handler.rows;
            }
        } catch (HouseholdImportRejected e) {
            throw e;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof HouseholdImportRejected r) {
                throw r;
            }
            throw new HouseholdImportRejected("lc.import.rejected.unreadable");
        } catch (IOException
                | SAXException
                | ParserConfigurationException
                | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            if (e instanceof SAXException s && s.getCause() instanceof HouseholdImportRejected r) {
                throw r;
            }
            throw new HouseholdImportRejected("lc.import.rejected.unreadable");
        }
    }

    /**
     * A ZIP archive (by its magic number) whose directory names the workbook part of a spreadsheet. The names in a
     * ZIP's central directory are stored uncompressed, so a byte search finds it whatever the entries' compression
     * (a streaming writer's entries with data descriptors, which {@link java.util.zip.ZipInputStream} refuses).
     */
    static boolean isXlsx(byte[] content) {
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
            return false;
        }
        byte[] name = "xl/workbook.xml".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = content.length - name.length; i >= 0; i--) {
            for (int k = 0; k < name.length; k++) {
                if (content[i + k] != name[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Column letters of a cell reference ("AB12" → 27, zero-based), or -1. */
    static int columnIndex(@Nullable String reference) {
        if (reference == null) {
            return -1;
        }
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? -1 : column - 1;
    }

    /** The SAX handler of one worksheet: rows of cell texts, the first non-blank row being the header. */
    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final List<ImportRow> rows = new ArrayList<>();
        private ImportRowColumn @Nullable [] columns;

        private final List<@Nullable String> cells = new ArrayList<>();
        private final List<Boolean> numericCells = new ArrayList<>();
        private int rowNumber;
        private int nextColumn;
        private int cellColumn;
        private @Nullable String cellType;
        private @Nullable String cellStyle;
        private final StringBuilder text = new StringBuilder();
        private boolean inValue;
        private boolean inInlineText;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles) {
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells.clear();
                    numericCells.clear();
                    nextColumn = 0;
                }
                case "c" -> {
                    int index = columnIndex(attributes.getValue("r"));
                    cellColumn = index < 0 ? nextColumn : index;
                    nextColumn = cellColumn + 1;
                    cellType = attributes.getValue("t");
                    cellStyle = attributes.getValue("s");
                    text.setLength(0);
                }
                case "v" -> {
                    inValue = true;
                    text.setLength(0);
                }
                case "t" -> inInlineText = "inlineStr".equals(cellType);
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "c" -> cell();
                case "row" -> row();
                default -> {}
            }
        }

        private void cell() {
            String raw = text.toString();
            String value;
            boolean numeric = false;
            String type = cellType == null ? "n" : cellType;
            switch (type) {
                case "s" ->
                    value = raw.isBlank()
                            ? null
                            : strings.getItemAt(Integer.parseInt(raw.trim())).getString();
                case "inlineStr", "str" -> value = raw;
                case "b" -> value = "1".equals(raw) ? "TRUE" : "FALSE";
                case "e" -> value = "#" + raw;
                case "d" -> value = raw.length() >= 10 ? isoDate(raw) : raw;
                default -> {
                    if (raw.isBlank()) {
                        value = null;
                    } else {
                        value = number(raw);
                        numeric = true;
                    }
                }
            }
            while (cells.size() <= cellColumn) {
                cells.add(null);
                numericCells.add(false);
            }
            cells.set(cellColumn, value == null || value.isBlank() ? null : value.strip());
            numericCells.set(cellColumn, numeric);
        }

        private String number(String raw) {
            double value;
            try {
                value = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                return raw;
            }
            if (cellStyle != null && !cellStyle.isBlank()) {
                try {
                    XSSFCellStyle style = styles.getStyleAt(Integer.parseInt(cellStyle));
                    if (style != null
                            && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString())
                            && DateUtil.isValidExcelDate(value)) {
                        LocalDateTime date = DateUtil.getLocalDateTime(value, false);
                        return date.toLocalDate().format(DATE);
                    }
                } catch (RuntimeException e) {
                    // not a date format: keep the number
                }
            }
            return new BigDecimal(raw).stripTrailingZeros().toPlainString();
        }

        private static String isoDate(String raw) {
            try {
                return java.time.LocalDate.parse(raw.substring(0, 10)).format(DATE);
            } catch (RuntimeException e) {
                return raw;
            }
        }

        private void row() throws SAXException {
            boolean blank = cells.stream().allMatch(c -> c == null || c.isBlank());
            if (blank) {
                return;
            }
            if (columns == null) {
                header();
                return;
            }
            if (rows.size() >= MAX_ROWS) {
                throw new SAXException(new HouseholdImportRejected("lc.import.rejected.tooManyRows", MAX_ROWS));
            }
            String[] values = new String[ImportRowColumn.ALL.size()];
            long numeric = 0;
            for (int i = 0; i < cells.size() && i < columns.length; i++) {
                ImportRowColumn column = columns[i];
                if (column != null && cells.get(i) != null) {
                    values[column.ordinal()] = cells.get(i);
                    if (numericCells.get(i)) {
                        numeric |= 1L << column.ordinal();
                    }
                }
            }
            rows.add(new ImportRow(rowNumber, values, numeric));
        }

        private void header() throws SAXException {
            ImportRowColumn[] found = new ImportRowColumn[cells.size()];
            boolean[] seen = new boolean[ImportRowColumn.ALL.size()];
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                String h = cells.get(i);
                if (h == null || h.isBlank()) {
                    continue;
                }
                ImportRowColumn column = ImportRowColumn.byHeader(h);
                if (column == null || seen[column.ordinal()]) {
                    unknown.add(h);
                } else {
                    found[i] = column;
                    seen[column.ordinal()] = true;
                }
            }
            List<String> missing = Arrays.stream(ImportRowColumn.values())
                    .filter(c -> !seen[c.ordinal()])
                    .map(c -> c.header)
                    .toList();
            if (!missing.isEmpty() || !unknown.isEmpty()) {
                throw new SAXException(new HouseholdImportRejected(
                        "lc.import.rejected.columns",
                        missing.isEmpty() ? "—" : String.join(", ", missing),
                        unknown.isEmpty() ? "—" : String.join(", ", unknown),
                        ImportRowColumn.expectedHeaders()));
            }
            columns = found;
        }
    }
}
