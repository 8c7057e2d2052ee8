package vn.danvan.landclearance.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.text.VietnameseText;

/**
 * The columns of the household list as officials keep it, one row per plot. The headers are part of the file format
 * (always Vietnamese, whatever the user's language); a file is matched by header, ignoring case, diacritics and
 * column order. Household columns are read from the household's first row; its later rows may leave them blank.
 */
enum ImportRowColumn {
    CODE(
            "Mã hộ",
            true,
            true,
            12,
            "Bắt buộc. Mã của hộ trong dự án, tối đa 40 ký tự. Hộ có nhiều thửa lặp lại mã ở"
                    + " nhiều dòng; các cột thông tin hộ lấy ở dòng đầu tiên, các dòng sau có thể để trống."),
    HEAD_NAME("Họ tên chủ hộ", true, true, 24, "Bắt buộc ở dòng đầu của hộ. Tối đa 200 ký tự."),
    ID_NUMBER(
            "Số CCCD",
            false,
            true,
            16,
            "Số căn cước công dân 12 chữ số (hoặc CMND 9 chữ số). Nên định dạng ô là" + " văn bản để giữ số 0 ở đầu."),
    ADDRESS("Địa chỉ", true, true, 30, "Bắt buộc ở dòng đầu của hộ. Tối đa 500 ký tự."),
    PHONE("Số điện thoại", false, true, 14, "Tối đa 30 ký tự."),
    REPRESENTATIVE("Người đại diện", false, true, 20, "Người được ủy quyền làm việc thay chủ hộ, nếu có."),
    UNIT_CODE(
            "Mã xã/phường",
            false,
            true,
            12,
            "Mã đơn vị hành chính của xã/phường (xem danh sách bên dưới). Ghi mã"
                    + " hoặc tên xã/phường; bắt buộc có một trong hai ở dòng đầu của hộ."),
    UNIT_NAME(
            "Tên xã/phường",
            false,
            true,
            22,
            "Tên xã/phường như trong danh sách bên dưới (ví dụ: Phường Phố" + " Hiến)."),
    MAP_SHEET("Tờ bản đồ", true, false, 10, "Bắt buộc. Số tờ bản đồ địa chính, tối đa 20 ký tự."),
    PLOT_NUMBER(
            "Số thửa",
            true,
            false,
            10,
            "Bắt buộc. Số thửa, tối đa 20 ký tự. Một thửa (tờ + số thửa) chỉ xuất" + " hiện một lần trong dự án."),
    LAND_TYPE("Loại đất", true, false, 10, "Bắt buộc. Mã loại đất (xem danh sách bên dưới)."),
    AREA(
            "Diện tích thu hồi (m²)",
            true,
            false,
            14,
            "Bắt buộc. Số lớn hơn 0, dùng dấu phẩy hoặc dấu chấm thập phân," + " không dùng dấu phân cách hàng nghìn."),
    COMPENSATION(
            "Giá trị bồi thường (đồng)",
            false,
            true,
            18,
            "Tổng giá trị bồi thường, hỗ trợ của hộ (số không" + " âm), ghi ở dòng đầu của hộ."),
    INVENTORIED_ON(
            "Ngày kiểm đếm", false, true, 14, "Ngày dạng dd/MM/yyyy hoặc ô ngày của Excel; không sau hôm" + " nay."),
    CONSENT(
            "Đồng thuận (có/không)",
            false,
            true,
            12,
            "Ghi \"có\" hoặc \"không\"; để trống nếu chưa rõ. Có ngày" + " đồng thuận thì coi là đồng thuận."),
    AGREED_ON("Ngày đồng thuận", false, true, 14, "Bắt buộc khi hộ đồng thuận. Ngày dạng dd/MM/yyyy."),
    PAID_AMOUNT(
            "Số tiền đã chi trả",
            false,
            true,
            16,
            "Số không âm. Chỉ chi trả cho hộ đã đồng thuận; có số tiền" + " thì phải có ngày chi trả."),
    PAID_ON("Ngày chi trả", false, true, 14, "Ngày dạng dd/MM/yyyy, không trước ngày đồng thuận."),
    HANDED_OVER_ON(
            "Ngày bàn giao",
            false,
            true,
            14,
            "Ngày bàn giao mặt bằng; chỉ khi hộ đã đồng thuận và không" + " trước ngày đồng thuận."),
    LATITUDE(
            "Vĩ độ",
            false,
            true,
            11,
            "Vĩ độ thập phân (WGS84) trong lãnh thổ Việt Nam, từ 8 đến 24; ghi cùng kinh" + " độ."),
    LONGITUDE("Kinh độ", false, true, 11, "Kinh độ thập phân (WGS84) trong lãnh thổ Việt Nam, từ 102 đến 110."),
    NOTE("Ghi chú", false, false, 30, "Ghi chú của từng dòng; các ghi chú của một hộ được gộp lại.");

    static final List<ImportRowColumn> ALL = List.of(values());

    private static final Map<String, ImportRowColumn> BY_FOLDED_HEADER = new HashMap<>();

    static {
        for (ImportRowColumn c : values()) {
            BY_FOLDED_HEADER.put(foldHeader(c.header), c);
        }
    }

    final String header;
    final boolean required;
    final boolean household;
    final int width;
    final String guide;

    ImportRowColumn(String header, boolean required, boolean household, int width, String guide) {
        this.header = header;
        this.required = required;
        this.household = household;
        this.width = width;
        this.guide = guide;
    }

    /** The column a header names, ignoring case, diacritics, spacing and a trailing "*". */
    static @Nullable ImportRowColumn byHeader(String header) {
        return BY_FOLDED_HEADER.get(foldHeader(header));
    }

    private static String foldHeader(String header) {
        return VietnameseText.fold(header.replace("*", "").replace('²', '2'));
    }

    /** Every header, in template order, for the message naming the expected columns. */
    static String expectedHeaders() {
        return String.join(", ", ALL.stream().map(c -> c.header).toList());
    }
}
