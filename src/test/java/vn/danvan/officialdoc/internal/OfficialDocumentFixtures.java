package vn.danvan.officialdoc.internal;

import java.time.LocalDate;
import java.util.List;
import vn.danvan.officialdoc.OfficialDocument;
import vn.danvan.officialdoc.OfficialDocument.DocumentFamily;
import vn.danvan.officialdoc.OfficialDocument.Section;
import vn.danvan.officialdoc.OfficialDocument.Signature;
import vn.danvan.officialdoc.OfficialDocument.Table;

/** Documents as the modules issue them: the board's interim review report and a commune's State report. */
final class OfficialDocumentFixtures {

    private OfficialDocumentFixtures() {}

    /** "BÁO CÁO Sơ kết 6 tháng thực hiện Chỉ thị 29-CT/TU" of the provincial board, Party format. */
    static OfficialDocument partyReport() {
        return new OfficialDocument(
                DocumentFamily.PARTY,
                "Tỉnh ủy Hưng Yên",
                "Ban Tuyên giáo và Dân vận",
                "12-BC/BTGDVTU",
                "Hưng Yên",
                LocalDate.of(2026, 1, 5),
                "Báo cáo",
                "Sơ kết 6 tháng thực hiện Chỉ thị số 29-CT/TU ngày 22/9/2022 của Ban Thường vụ Tỉnh ủy",
                List.of(),
                List.of(
                        Section.of(
                                "I. KẾT QUẢ THỰC HIỆN",
                                "Sau 6 tháng triển khai Chỉ thị số 29-CT/TU, các cấp ủy, tổ chức đảng đã quán triệt"
                                        + " sâu rộng đến cán bộ, đảng viên và Nhân dân; công tác dân vận của hệ thống"
                                        + " chính trị từ tỉnh đến cơ sở có chuyển biến rõ nét.",
                                "Công tác vận động Nhân dân bàn giao mặt bằng cho các dự án trọng điểm đạt nhiều"
                                        + " kết quả tích cực."),
                        new Section(
                                "II. KẾT QUẢ GIẢI PHÓNG MẶT BẰNG",
                                List.of("Kết quả theo từng đơn vị như sau:"),
                                List.of("Phường Phố Hiến hoàn thành 100% kế hoạch", "Xã Tân Hưng đạt 92,5%"),
                                new Table(
                                        List.of("TT", "Đơn vị", "Số hộ đã vận động", "Tỷ lệ (%)"),
                                        List.of(
                                                List.of("1", "Phường Phố Hiến", "1.245", "100"),
                                                List.of("2", "Xã Tân Hưng", "387", "92,5")))),
                        Section.of(
                                "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
                                "Tiếp tục đổi mới nội dung, phương thức công tác dân vận; phát huy vai trò của Mặt"
                                        + " trận Tổ quốc và các đoàn thể chính trị - xã hội.")),
                new Signature("T/M Ban Thường vụ", "Phó Trưởng ban Thường trực", "Nguyễn Văn An"),
                List.of("Thường trực Tỉnh ủy (để b/c)", "Các đảng bộ trực thuộc Tỉnh ủy"),
                "BTGDVTU");
    }

    /** A commune People's Committee report to the province, State format. */
    static OfficialDocument stateReport() {
        return new OfficialDocument(
                DocumentFamily.STATE,
                "UBND tỉnh Hưng Yên",
                "Ủy ban nhân dân phường Phố Hiến",
                "05/BC-UBND",
                "Phố Hiến",
                LocalDate.of(2026, 2, 9),
                "Báo cáo",
                "Kết quả thực hiện quy chế dân chủ ở cơ sở năm 2025",
                List.of("Ủy ban nhân dân tỉnh Hưng Yên"),
                List.of(Section.of(
                        "1. Kết quả",
                        "Ủy ban nhân dân phường đã công khai đầy đủ các nội dung theo quy định của Luật Thực hiện"
                                + " dân chủ ở cơ sở.")),
                new Signature("TM. Ủy ban nhân dân", "Chủ tịch", "Trần Thị Bình"),
                List.of("Như trên", "Thường trực Đảng ủy phường"),
                "VP");
    }
}
