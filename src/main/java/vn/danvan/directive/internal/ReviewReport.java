package vn.danvan.directive.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danvan.officialdoc.OfficialDocument;

/**
 * The board's consolidated review report (báo cáo sơ kết / tổng kết) in the Party format: the units' task figures
 * in a table, then their results, shortcomings and causes, and proposals. Its fixed phrases are the Vietnamese of
 * an official document.
 */
final class ReviewReport {

    static final String TYPE_CODE = "BC";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern COMMITTEE = Pattern.compile("^(.*?) ((?:Tỉnh|Thành|Huyện|Thị|Quận|Đảng) ủy (.+))$");

    private ReviewReport() {}

    /** The issuing body, the body above it and the place, e.g. "Ban Tuyên giáo và Dân vận", "Tỉnh ủy Hưng Yên". */
    record Bodies(String issuing, String parent, String place) {

        static Bodies of(String ownerName, String fallbackParent, String fallbackPlace) {
            Matcher m = COMMITTEE.matcher(ownerName);
            if (m.matches()) {
                return new Bodies(m.group(1), m.group(2), m.group(3));
            }
            return new Bodies(ownerName, fallbackParent, fallbackPlace);
        }
    }

    static String summary(Review review, DirectiveDocument document, String kindWord) {
        String what = review.kind() == ReviewKind.FINAL ? "Tổng kết" : "Sơ kết";
        return what + " thực hiện " + kindWord + " số " + document.number() + " ("
                + review.periodFrom().format(DAY) + " – " + review.periodTo().format(DAY) + ")";
    }

    static OfficialDocument document(
            Review review,
            DirectiveDocument document,
            String kindWord,
            Bodies bodies,
            String archiveUnit,
            List<ReviewUnit> units,
            Map<UUID, String> names) {
        List<List<String>> rows = new ArrayList<>();
        int onTime = 0, late = 0, inProgress = 0, overdue = 0;
        int i = 1;
        for (ReviewUnit u : units) {
            ReviewUnit.Figures f = u.figures();
            rows.add(List.of(
                    Integer.toString(i++),
                    names.getOrDefault(u.orgUnitId(), ""),
                    Integer.toString(f.total()),
                    Integer.toString(f.onTime()),
                    Integer.toString(f.late()),
                    Integer.toString(f.inProgress()),
                    Integer.toString(f.overdue()),
                    u.isSubmitted() ? "Đã báo cáo" : "Chưa báo cáo"));
            onTime += f.onTime();
            late += f.late();
            inProgress += f.inProgress();
            overdue += f.overdue();
        }
        int total = onTime + late + inProgress + overdue;
        rows.add(List.of(
                "",
                "Tổng cộng",
                Integer.toString(total),
                Integer.toString(onTime),
                Integer.toString(late),
                Integer.toString(inProgress),
                Integer.toString(overdue),
                ""));
        List<OfficialDocument.Section> body = new ArrayList<>();
        body.add(new OfficialDocument.Section(
                "I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN",
                List.of("Thực hiện " + kindWord + " số " + document.number() + " ngày "
                        + document.issuedOn().format(DAY) + " " + lowerFirst(document.title()) + ", "
                        + bodies.issuing() + " báo cáo kết quả thực hiện từ ngày "
                        + review.periodFrom().format(DAY)
                        + " đến ngày " + review.periodTo().format(DAY) + " như sau: tổng số " + total
                        + " nhiệm vụ, hoàn thành đúng hạn " + onTime + ", hoàn thành quá hạn " + late
                        + ", đang thực hiện trong hạn " + inProgress + ", quá hạn " + overdue + "."),
                List.of(),
                new OfficialDocument.Table(
                        List.of(
                                "TT",
                                "Đơn vị",
                                "Tổng số",
                                "Hoàn thành đúng hạn",
                                "Hoàn thành quá hạn",
                                "Đang thực hiện",
                                "Quá hạn",
                                "Báo cáo"),
                        rows)));
        body.add(section("II. KẾT QUẢ ĐẠT ĐƯỢC", units, names, ReviewUnit::results));
        body.add(section("III. HẠN CHẾ, NGUYÊN NHÂN", units, names, u -> join(u.shortcomings(), u.causes())));
        body.add(section("IV. ĐỀ XUẤT, KIẾN NGHỊ", units, names, ReviewUnit::proposals));
        return new OfficialDocument(
                OfficialDocument.DocumentFamily.PARTY,
                bodies.parent(),
                bodies.issuing(),
                java.util.Objects.requireNonNull(review.reportNumber()),
                bodies.place(),
                java.util.Objects.requireNonNull(review.reportIssuedOn()),
                "BÁO CÁO",
                summary(review, document, kindWord),
                List.of(),
                body,
                new OfficialDocument.Signature(
                        "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", review.signerName() == null ? "" : review.signerName()),
                List.of("Thường trực " + bodies.parent() + " (để b/c)", "Các đơn vị có nhiệm vụ"),
                archiveUnit);
    }

    private static OfficialDocument.Section section(
            String heading,
            List<ReviewUnit> units,
            Map<UUID, String> names,
            java.util.function.Function<ReviewUnit, @org.jspecify.annotations.Nullable String> text) {
        List<String> bullets = new ArrayList<>();
        for (ReviewUnit u : units) {
            String t = text.apply(u);
            if (t != null && !t.isBlank()) {
                bullets.add(names.getOrDefault(u.orgUnitId(), "") + ": " + t);
            }
        }
        return new OfficialDocument.Section(
                heading,
                bullets.isEmpty() ? List.of("Các đơn vị chưa báo cáo nội dung này.") : List.of(),
                bullets,
                null);
    }

    private static @org.jspecify.annotations.Nullable String join(
            @org.jspecify.annotations.Nullable String a, @org.jspecify.annotations.Nullable String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " Nguyên nhân: " + b;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
