package vn.danvan.landclearance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import vn.danvan.organisation.AdminUnitView;
import vn.danvan.organisation.AdminUnits;
import vn.danvan.organisation.UnitLevel;
import vn.danvan.organisation.UnitQuery;
import vn.danvan.shared.security.Scope;

/**
 * The communes a project of a province may cross: today's communes of the province, and the communes before July
 * 2025 of the old provinces that roll up into it, grouped by their old district. Units are read-only reference data,
 * so the lists are kept once read.
 */
@Component
class ProjectCommuneChoices {

    /** The last day of the three-level hierarchy. */
    static final LocalDate OLD_HIERARCHY_LAST_DAY = LocalDate.of(2025, 6, 30);

    /** A group of choices: today's communes ({@code district} null) or those of one old district. */
    record Group(AdminUnitView district, boolean old, List<AdminUnitView> communes) {}

    private final AdminUnits units;
    private final Map<String, List<Group>> byProvince = new ConcurrentHashMap<>();

    ProjectCommuneChoices(AdminUnits units) {
        this.units = units;
    }

    /** The groups of the province, keeping only communes inside the scope. */
    List<Group> of(String provinceCode, Scope scope) {
        List<Group> all = byProvince.computeIfAbsent(provinceCode, this::load);
        List<Group> visible = new ArrayList<>();
        for (Group g : all) {
            List<AdminUnitView> communes =
                    g.communes().stream().filter(u -> scope.includes(u.path())).toList();
            if (!communes.isEmpty()) {
                visible.add(new Group(g.district(), g.old(), communes));
            }
        }
        return visible;
    }

    private List<Group> load(String provinceCode) {
        List<Group> groups = new ArrayList<>();
        units.find(provinceCode).ifPresent(province -> groups.add(new Group(province, false, communes(province.id()))));
        List<AdminUnitView> oldProvinces = units
                .search(new UnitQuery(UnitLevel.PROVINCE, null, OLD_HIERARCHY_LAST_DAY, null), Pageable.unpaged())
                .getContent()
                .stream()
                .filter(p -> !p.isCurrent() && p.provinceCode().equals(provinceCode))
                .toList();
        for (AdminUnitView oldProvince : oldProvinces) {
            for (AdminUnitView district : children(oldProvince.id())) {
                if (district.level() == UnitLevel.DISTRICT) {
                    groups.add(new Group(district, true, communes(district.id())));
                }
            }
        }
        return List.copyOf(groups);
    }

    private List<AdminUnitView> communes(String parentId) {
        return children(parentId).stream()
                .filter(u -> u.level() == UnitLevel.COMMUNE)
                .toList();
    }

    private List<AdminUnitView> children(String parentId) {
        return units.search(UnitQuery.childrenOf(parentId), Pageable.unpaged()).getContent();
    }
}
