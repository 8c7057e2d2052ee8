package vn.danvan.landclearance.internal;

import static vn.danvan.landclearance.internal.ImportRowColumn.ADDRESS;
import static vn.danvan.landclearance.internal.ImportRowColumn.AGREED_ON;
import static vn.danvan.landclearance.internal.ImportRowColumn.AREA;
import static vn.danvan.landclearance.internal.ImportRowColumn.CODE;
import static vn.danvan.landclearance.internal.ImportRowColumn.CONSENT;
import static vn.danvan.landclearance.internal.ImportRowColumn.HANDED_OVER_ON;
import static vn.danvan.landclearance.internal.ImportRowColumn.HEAD_NAME;
import static vn.danvan.landclearance.internal.ImportRowColumn.ID_NUMBER;
import static vn.danvan.landclearance.internal.ImportRowColumn.LAND_TYPE;
import static vn.danvan.landclearance.internal.ImportRowColumn.LATITUDE;
import static vn.danvan.landclearance.internal.ImportRowColumn.LONGITUDE;
import static vn.danvan.landclearance.internal.ImportRowColumn.MAP_SHEET;
import static vn.danvan.landclearance.internal.ImportRowColumn.NOTE;
import static vn.danvan.landclearance.internal.ImportRowColumn.PAID_AMOUNT;
import static vn.danvan.landclearance.internal.ImportRowColumn.PAID_ON;
import static vn.danvan.landclearance.internal.ImportRowColumn.PLOT_NUMBER;
import static vn.danvan.landclearance.internal.ImportRowColumn.UNIT_CODE;
import static vn.danvan.landclearance.internal.ImportRowColumn.UNIT_NAME;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.text.VietnameseText;

/**
 * Checks every row of an uploaded household list and groups the rows into households. Each problem is reported with
 * its row, column and a message key; a household with any problem is marked bad as a whole. Pure: everything it
 * checks against comes in the {@link HouseholdImportContext}.
 */
final class HouseholdImportValidator {

    static final BigDecimal MAX_AREA = new BigDecimal("99999999999.9");
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999");
    static final BigDecimal MIN_LATITUDE = BigDecimal.valueOf(8);
    static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(24);
    static final BigDecimal MIN_LONGITUDE = BigDecimal.valueOf(102);
    static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(110);

    private static final Pattern DATE = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern ID = Pattern.compile("\\d{9}|\\d{12}");
    private static final Pattern GROUPED_DOTS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern GROUPED_COMMAS = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Set<String> YES = Set.of("co", "x", "yes", "1", "true", "dong y", "da dong y");
    private static final Set<String> NO = Set.of("khong", "no", "0", "false", "chua", "chua dong y", "khong dong y");

    private static final Map<ImportRowColumn, Integer> MAX_LENGTH = Map.of(
            CODE,
            40,
            HEAD_NAME,
            200,
            ADDRESS,
            500,
            ImportRowColumn.PHONE,
            30,
            ImportRowColumn.REPRESENTATIVE,
            200,
            MAP_SHEET,
            20,
            PLOT_NUMBER,
            20,
            NOTE,
            2000);

    private final HouseholdImportContext context;
    private final List<ImportRowError> errors = new ArrayList<>();
    private final Set<Integer> badRows = new HashSet<>();
    private final Map<String, HouseholdImportDraft> households = new LinkedHashMap<>();
    private final Map<String, Integer> plotsInFile = new HashMap<>();

    private HouseholdImportValidator(HouseholdImportContext context) {
        this.context = context;
    }

    static HouseholdImportValidation validate(List<ImportRow> rows, HouseholdImportContext context) {
        HouseholdImportValidator v = new HouseholdImportValidator(context);
        for (ImportRow row : rows) {
            v.row(row);
        }
        for (HouseholdImportDraft h : v.households.values()) {
            v.household(h);
        }
        v.errors.sort(java.util.Comparator.comparingInt(ImportRowError::row));
        int bad = v.badRows.size();
        return new HouseholdImportValidation(
                List.copyOf(v.households.values()), List.copyOf(v.errors), rows.size(), rows.size() - bad, bad);
    }

    private void error(int row, @Nullable ImportRowColumn column, String key, Object... args) {
        errors.add(ImportRowError.of(row, column, key, args));
        badRows.add(row);
    }

    private void row(ImportRow row) {
        int n = row.number();
        int errorsBefore = errors.size();
        String code = text(row, CODE);
        if (code == null) {
            error(n, CODE, "lc.import.error.required");
            return;
        }
        HouseholdImportDraft h = households.get(code);
        boolean first = h == null;
        if (first) {
            h = new HouseholdImportDraft(code, n);
            households.put(code, h);
        }
        h.rows.add(n);
        if (row.get(UNIT_CODE) != null || row.get(UNIT_NAME) != null) {
            h.communeGiven = true;
        }

        // Household columns: parsed, then merged with what earlier rows of the household said.
        Map<ImportRowColumn, Object> parsed = new LinkedHashMap<>();
        putIfPresent(parsed, HEAD_NAME, text(row, HEAD_NAME));
        putIfPresent(parsed, ID_NUMBER, idNumber(row));
        putIfPresent(parsed, ADDRESS, text(row, ADDRESS));
        putIfPresent(parsed, ImportRowColumn.PHONE, text(row, ImportRowColumn.PHONE));
        putIfPresent(parsed, ImportRowColumn.REPRESENTATIVE, text(row, ImportRowColumn.REPRESENTATIVE));
        putIfPresent(parsed, UNIT_CODE, commune(row));
        putIfPresent(parsed, ImportRowColumn.COMPENSATION, amount(row, ImportRowColumn.COMPENSATION));
        putIfPresent(parsed, ImportRowColumn.INVENTORIED_ON, date(row, ImportRowColumn.INVENTORIED_ON));
        putIfPresent(parsed, CONSENT, consent(row));
        putIfPresent(parsed, AGREED_ON, date(row, AGREED_ON));
        putIfPresent(parsed, PAID_AMOUNT, amount(row, PAID_AMOUNT));
        putIfPresent(parsed, PAID_ON, date(row, PAID_ON));
        putIfPresent(parsed, HANDED_OVER_ON, date(row, HANDED_OVER_ON));
        putIfPresent(parsed, LATITUDE, coordinate(row, LATITUDE, MIN_LATITUDE, MAX_LATITUDE));
        putIfPresent(parsed, LONGITUDE, coordinate(row, LONGITUDE, MIN_LONGITUDE, MAX_LONGITUDE));
        for (Map.Entry<ImportRowColumn, Object> e : parsed.entrySet()) {
            int i = e.getKey().ordinal();
            Object earlier = h.values[i];
            if (earlier == null) {
                h.values[i] = e.getValue();
                h.sourceRows[i] = n;
            } else if (!same(earlier, e.getValue())) {
                error(n, e.getKey(), "lc.import.error.conflict", h.rowOf(e.getKey()), display(earlier));
            }
        }
        String note = text(row, NOTE);
        if (note != null && !h.notes.contains(note)) {
            h.notes.add(note);
        }

        // The plot of the row.
        String mapSheet = text(row, MAP_SHEET);
        String plotNumber = text(row, PLOT_NUMBER);
        if (mapSheet == null && row.get(MAP_SHEET) == null) {
            error(n, MAP_SHEET, "lc.import.error.required");
        }
        if (plotNumber == null && row.get(PLOT_NUMBER) == null) {
            error(n, PLOT_NUMBER, "lc.import.error.required");
        }
        LandType landType = landType(row);
        BigDecimal area = area(row);
        if (mapSheet != null && plotNumber != null) {
            String key = HouseholdImportContext.plotKey(mapSheet, plotNumber);
            Integer earlier = plotsInFile.putIfAbsent(key, n);
            if (earlier != null) {
                error(n, PLOT_NUMBER, "lc.import.error.duplicatePlotInFile", mapSheet, plotNumber, earlier);
            } else if (context.existingPlots().contains(key)) {
                error(n, PLOT_NUMBER, "lc.import.error.duplicatePlotInProject", mapSheet, plotNumber);
            }
        }
        if (mapSheet != null
                && plotNumber != null
                && landType != null
                && area != null
                && errors.size() == errorsBefore) {
            h.plots.add(new HouseholdImportDraft.Plot(n, mapSheet, plotNumber, landType, area));
        }
        if (errors.size() > errorsBefore) {
            h.bad = true;
        }
    }

    /** Checks on the household as a whole, once all its rows are read. */
    private void household(HouseholdImportDraft h) {
        int errorsBefore = errors.size();
        if (context.existingCodes().contains(h.code)) {
            error(h.firstRow, CODE, "lc.import.error.codeInProject", h.code);
        }
        if (h.value(HEAD_NAME) == null) {
            error(h.firstRow, HEAD_NAME, "lc.import.error.required");
        }
        if (h.value(ADDRESS) == null) {
            error(h.firstRow, ADDRESS, "lc.import.error.required");
        }
        if (h.value(UNIT_CODE) == null && !h.communeGiven) {
            error(h.firstRow, UNIT_CODE, "lc.import.error.communeRequired");
        }
        Boolean consent = h.value(CONSENT);
        LocalDate agreed = h.date(AGREED_ON);
        if (agreed != null && Boolean.FALSE.equals(consent)) {
            error(h.rowOf(AGREED_ON), AGREED_ON, "lc.import.error.agreedDateWithoutConsent");
        }
        if (agreed == null && Boolean.TRUE.equals(consent)) {
            error(h.rowOf(CONSENT), AGREED_ON, "lc.import.error.consentWithoutDate");
        }
        boolean consented = agreed != null && !Boolean.FALSE.equals(consent);
        LocalDate handedOver = h.date(HANDED_OVER_ON);
        if (handedOver != null && !consented && !Boolean.TRUE.equals(consent)) {
            error(h.rowOf(HANDED_OVER_ON), HANDED_OVER_ON, "lc.import.error.handoverWithoutConsent");
        } else if (handedOver != null && agreed != null && handedOver.isBefore(agreed)) {
            error(
                    h.rowOf(HANDED_OVER_ON),
                    HANDED_OVER_ON,
                    "lc.import.error.handoverBeforeConsent",
                    display(handedOver),
                    display(agreed));
        }
        LocalDate paidOn = h.date(PAID_ON);
        BigDecimal paidAmount = h.number(PAID_AMOUNT);
        if (h.paid() && !consented && !Boolean.TRUE.equals(consent)) {
            ImportRowColumn column = paidOn != null ? PAID_ON : PAID_AMOUNT;
            error(h.rowOf(column), column, "lc.import.error.paidWithoutConsent");
        } else if (paidOn != null && agreed != null && paidOn.isBefore(agreed)) {
            error(h.rowOf(PAID_ON), PAID_ON, "lc.import.error.paidBeforeConsent", display(paidOn), display(agreed));
        }
        if (paidAmount != null && paidAmount.signum() > 0 && paidOn == null) {
            error(h.rowOf(PAID_AMOUNT), PAID_ON, "lc.import.error.paidWithoutDate");
        }
        boolean hasLat = h.value(LATITUDE) != null;
        boolean hasLon = h.value(LONGITUDE) != null;
        if (hasLat != hasLon) {
            ImportRowColumn missing = hasLat ? LONGITUDE : LATITUDE;
            error(h.rowOf(hasLat ? LATITUDE : LONGITUDE), missing, "lc.import.error.coordinatePair");
        }
        if (h.plots.isEmpty() && !h.bad && errors.size() == errorsBefore) {
            error(h.firstRow, MAP_SHEET, "lc.import.error.required");
        }
        if (errors.size() > errorsBefore) {
            h.bad = true;
        }
    }

    private static void putIfPresent(Map<ImportRowColumn, Object> parsed, ImportRowColumn column, @Nullable Object v) {
        if (v != null) {
            parsed.put(column, v);
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equalsIgnoreCase(y);
        }
        return Objects.equals(a, b);
    }

    static String display(Object value) {
        if (value instanceof LocalDate d) {
            return d.format(HouseholdImportReader.DATE);
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (value instanceof Boolean b) {
            return b ? "có" : "không";
        }
        if (value instanceof HouseholdImportContext.ProjectCommune c) {
            return c.unitName();
        }
        return value.toString();
    }

    /** A text cell, trimmed with runs of spaces collapsed; {@code null} when blank or too long (reported). */
    private @Nullable String text(ImportRow row, ImportRowColumn column) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        String t = v.strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            return null;
        }
        Integer max = MAX_LENGTH.get(column);
        if (max != null && t.length() > max) {
            error(row.number(), column, "lc.import.error.tooLong", max);
            return null;
        }
        return t;
    }

    private @Nullable String idNumber(ImportRow row) {
        String v = row.get(ID_NUMBER);
        if (v == null) {
            return null;
        }
        String digits = v.replaceAll("[\\s.\\-]", "");
        if (row.numeric(ID_NUMBER) && (digits.length() == 11 || digits.length() == 8) && digits.matches("\\d+")) {
            digits = "0" + digits;
        }
        if (!ID.matcher(digits).matches()) {
            error(row.number(), ID_NUMBER, "lc.import.error.idNumber", v);
            return null;
        }
        return digits;
    }

    /** The commune by code or by name; it must be one the project crosses and inside the user's scope. */
    private HouseholdImportContext.@Nullable ProjectCommune commune(ImportRow row) {
        String code = row.get(UNIT_CODE);
        String name = row.get(UNIT_NAME);
        if (code == null && name == null) {
            return null;
        }
        HouseholdImportContext.ProjectCommune byCode = null;
        if (code != null) {
            String c = code.strip();
            byCode = context.communes().stream()
                    .filter(pc -> pc.unitId().equalsIgnoreCase(c) || pc.code().equals(c))
                    .findFirst()
                    .orElse(null);
            if (byCode == null) {
                boolean exists = context.unitExists().test(c);
                error(
                        row.number(),
                        UNIT_CODE,
                        exists ? "lc.import.error.communeNotOfProject" : "lc.import.error.communeUnknown",
                        c);
                return null;
            }
        }
        HouseholdImportContext.ProjectCommune byName = null;
        if (name != null) {
            String folded = foldUnitName(name);
            byName = context.communes().stream()
                    .filter(pc -> foldUnitName(pc.unitName()).equals(folded)
                            || VietnameseText.fold(pc.unitName()).equals(VietnameseText.fold(name)))
                    .findFirst()
                    .orElse(null);
            if (byName == null && byCode == null) {
                error(row.number(), UNIT_NAME, "lc.import.error.communeNameUnknown", name);
                return null;
            }
        }
        if (byCode != null && byName != null && !byCode.equals(byName)) {
            error(row.number(), UNIT_NAME, "lc.import.error.communeMismatch", code, name);
            return null;
        }
        if (byCode != null && name != null && byName == null) {
            error(row.number(), UNIT_NAME, "lc.import.error.communeMismatch", code, name);
            return null;
        }
        HouseholdImportContext.ProjectCommune commune = byCode != null ? byCode : byName;
        if (commune != null && !context.scope().includes(commune.unitPath())) {
            error(
                    row.number(),
                    code != null ? UNIT_CODE : UNIT_NAME,
                    "lc.import.error.communeOutOfScope",
                    commune.unitName());
            return null;
        }
        return commune;
    }

    private static String foldUnitName(String name) {
        return VietnameseText.fold(name).replaceFirst("^(xa|phuong|thi tran|dac khu) ", "");
    }

    private @Nullable Boolean consent(ImportRow row) {
        String v = row.get(CONSENT);
        if (v == null) {
            return null;
        }
        String folded = VietnameseText.fold(v);
        if (YES.contains(folded)) {
            return true;
        }
        if (NO.contains(folded)) {
            return false;
        }
        error(row.number(), CONSENT, "lc.import.error.consent", v);
        return null;
    }

    private @Nullable LandType landType(ImportRow row) {
        String v = row.get(LAND_TYPE);
        if (v == null) {
            error(row.number(), LAND_TYPE, "lc.import.error.required");
            return null;
        }
        String code = v.strip().toUpperCase(Locale.ROOT);
        for (LandType t : LandType.values()) {
            if (t.name().equals(code)) {
                return t;
            }
        }
        error(row.number(), LAND_TYPE, "lc.import.error.landType", v);
        return null;
    }

    private @Nullable BigDecimal area(ImportRow row) {
        String v = row.get(AREA);
        if (v == null) {
            error(row.number(), AREA, "lc.import.error.required");
            return null;
        }
        BigDecimal area = decimal(v);
        if (area == null) {
            error(row.number(), AREA, "lc.import.error.number", v);
            return null;
        }
        area = area.setScale(1, RoundingMode.HALF_UP);
        if (area.signum() <= 0) {
            error(row.number(), AREA, "lc.import.error.areaPositive", v);
            return null;
        }
        if (area.compareTo(MAX_AREA) > 0) {
            error(row.number(), AREA, "lc.import.error.tooBig", v);
            return null;
        }
        return area;
    }

    private @Nullable BigDecimal amount(ImportRow row, ImportRowColumn column) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        String t = v.strip().replace(" ", "").replace("đ", "").replace("Đ", "");
        if (GROUPED_DOTS.matcher(t).matches()) {
            t = t.replace(".", "");
        } else if (GROUPED_COMMAS.matcher(t).matches()) {
            t = t.replace(",", "");
        }
        BigDecimal amount = decimal(t);
        if (amount == null) {
            error(row.number(), column, "lc.import.error.number", v);
            return null;
        }
        if (amount.signum() < 0) {
            error(row.number(), column, "lc.import.error.amountNegative", v);
            return null;
        }
        amount = amount.setScale(0, RoundingMode.HALF_UP);
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            error(row.number(), column, "lc.import.error.tooBig", v);
            return null;
        }
        return amount;
    }

    private @Nullable BigDecimal coordinate(ImportRow row, ImportRowColumn column, BigDecimal min, BigDecimal max) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        BigDecimal c = decimal(v);
        if (c == null) {
            error(row.number(), column, "lc.import.error.number", v);
            return null;
        }
        if (c.compareTo(min) < 0 || c.compareTo(max) > 0) {
            error(row.number(), column, "lc.import.error.coordinateRange", v, min, max);
            return null;
        }
        return c.setScale(6, RoundingMode.HALF_UP);
    }

    /** A decimal written with a comma or a point as decimal separator (both: the last one is it). */
    static @Nullable BigDecimal decimal(String value) {
        String t = value.strip().replace(" ", "").replace("\u00a0", "");
        int comma = t.lastIndexOf(',');
        int point = t.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            t = comma > point ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
        } else if (comma >= 0) {
            t = t.replace(',', '.');
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private @Nullable LocalDate date(ImportRow row, ImportRowColumn column) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        LocalDate d = parseDate(v.strip());
        if (d == null) {
            error(row.number(), column, "lc.import.error.date", v);
            return null;
        }
        if (d.isAfter(context.today())) {
            error(row.number(), column, "lc.import.error.dateInFuture", display(d));
            return null;
        }
        if (d.getYear() < 1900) {
            error(row.number(), column, "lc.import.error.date", v);
            return null;
        }
        return d;
    }

    static @Nullable LocalDate parseDate(String v) {
        try {
            Matcher m = DATE.matcher(v);
            if (m.matches()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = ISO_DATE.matcher(v);
            if (m.matches()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
