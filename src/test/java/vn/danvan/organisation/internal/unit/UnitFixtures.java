package vn.danvan.organisation.internal.unit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.internal.unit.UnitDatasets.Formation;
import vn.danvan.organisation.internal.unit.UnitDatasets.Parsed;
import vn.danvan.organisation.internal.unit.UnitDatasets.SourceUnit;

/**
 * A miniature Vietnam for the lineage rules: old Hưng Yên and old Thái Bình merged into Hưng Yên (33), Hà Nội
 * unchanged, old Nam Định into Ninh Bình, old Hồ Chí Minh City into today's. Thái Bình's districts Vũ Thư and
 * Hưng Hà both have a Xã Hòa Bình; Nam Định has a Xã Tam Quang like Vũ Thư.
 */
final class UnitFixtures {

    static final List<SourceUnit> OLD_PROVINCES = List.of(
            new SourceUnit("01", UnitKind.MUNICIPALITY, "Hà Nội", "Ha Noi", "Thành phố Hà Nội", null),
            new SourceUnit("33", UnitKind.PROVINCE, "Hưng Yên", "Hung Yen", "Tỉnh Hưng Yên", null),
            new SourceUnit("34", UnitKind.PROVINCE, "Thái Bình", "Thai Binh", "Tỉnh Thái Bình", null),
            new SourceUnit("36", UnitKind.PROVINCE, "Nam Định", "Nam Dinh", "Tỉnh Nam Định", null),
            new SourceUnit("79", UnitKind.MUNICIPALITY, "Hồ Chí Minh", "Ho Chi Minh", "Thành phố Hồ Chí Minh", null));

    static final List<SourceUnit> OLD_DISTRICTS = List.of(
            new SourceUnit("001", UnitKind.URBAN_DISTRICT, "Ba Đình", null, "Quận Ba Đình", "01"),
            new SourceUnit("323", UnitKind.DISTRICT, "Kim Động", null, "Huyện Kim Động", "33"),
            new SourceUnit("336", UnitKind.DISTRICT, "Hưng Hà", null, "Huyện Hưng Hà", "34"),
            new SourceUnit("341", UnitKind.DISTRICT, "Vũ Thư", null, "Huyện Vũ Thư", "34"),
            new SourceUnit("356", UnitKind.DISTRICT, "Hải Hậu", null, "Huyện Hải Hậu", "36"),
            new SourceUnit("774", UnitKind.URBAN_DISTRICT, "5", null, "Quận 5", "79"));

    static final List<SourceUnit> OLD_COMMUNES = List.of(
            commune("00001", UnitKind.WARD, "Phúc Xá", "001"),
            commune("12100", UnitKind.WARD, "Lam Sơn", "323"),
            commune("12103", UnitKind.COMMUNE, "Ngọc Thanh", "323"),
            commune("12590", UnitKind.COMMUNE, "Hòa Bình", "336"),
            commune("12596", UnitKind.COMMUNE, "Minh Khai", "336"),
            commune("13192", UnitKind.COMMUNE, "Tam Quang", "341"),
            commune("13195", UnitKind.COMMUNE, "Hòa Bình", "341"),
            commune("13198", UnitKind.TOWNSHIP, "Vũ Thư", "341"),
            commune("13210", UnitKind.COMMUNE, "Hoa Lộc", "341"),
            commune("13213", UnitKind.COMMUNE, "Hòa Lộc", "341"),
            commune("13700", UnitKind.COMMUNE, "Tam Quang", "356"),
            commune("27301", UnitKind.WARD, "9", "774"));

    static final List<SourceUnit> CURRENT_PROVINCES = List.of(
            new SourceUnit("01", UnitKind.MUNICIPALITY, "Hà Nội", "Hanoi", "Thành phố Hà Nội", null),
            new SourceUnit("33", UnitKind.PROVINCE, "Hưng Yên", "Hung Yen", "Tỉnh Hưng Yên", null),
            new SourceUnit("37", UnitKind.PROVINCE, "Ninh Bình", "Ninh Binh", "Tỉnh Ninh Bình", null),
            new SourceUnit("79", UnitKind.MUNICIPALITY, "Hồ Chí Minh", "Ho Chi Minh", "Thành phố Hồ Chí Minh", null));

    static final List<Formation> PROVINCE_TEXTS = List.of(
            new Formation("01", "Thủ Đô Hà Nội", "0", "giữ nguyên"),
            new Formation("33", "Tỉnh Hưng Yên", "0", "tỉnh Thái Bình và tỉnh Hưng Yên"),
            new Formation("37", "Tỉnh Ninh Bình", "0", "tỉnh Nam Định"),
            new Formation("79", "Thành Phố Hồ Chí Minh", "0", "TPHCM"));

    private UnitFixtures() {}

    /** The miniature country with one current commune per text, named after its code. */
    static Parsed withCommuneTexts(Formation... communeTexts) {
        return with(PROVINCE_TEXTS, communeTexts);
    }

    static Parsed with(List<Formation> provinceTexts, Formation... communeTexts) {
        List<SourceUnit> currentCommunes = new ArrayList<>();
        for (Formation text : communeTexts) {
            currentCommunes.add(new SourceUnit(
                    text.code(), UnitKind.COMMUNE, text.name(), null, "Xã " + text.name(), text.parentCode()));
        }
        List<Formation> formations = new ArrayList<>(provinceTexts);
        formations.addAll(Arrays.asList(communeTexts));
        return new Parsed(CURRENT_PROVINCES, currentCommunes, OLD_PROVINCES, OLD_DISTRICTS, OLD_COMMUNES, formations);
    }

    /** A current commune of Hưng Yên (33) formed from the text. */
    static Formation hungYenCommune(String code, String text) {
        return new Formation(code, "Mới " + code, "33", text);
    }

    static Formation commune(String code, String province, String text) {
        return new Formation(code, "Mới " + code, province, text);
    }

    private static SourceUnit commune(String code, UnitKind kind, String name, String district) {
        String prefix = switch (kind) {
            case WARD -> "Phường ";
            case TOWNSHIP -> "Thị trấn ";
            default -> "Xã ";
        };
        return new SourceUnit(code, kind, name, null, prefix + name, district);
    }
}
