package vn.danvan.petition.internal;

import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.organisation.OrgUnitKind;
import vn.danvan.organisation.OrgUnitView;
import vn.danvan.organisation.Organisations;
import vn.danvan.petition.PetitionKind;
import vn.danvan.shared.text.VietnameseText;

/**
 * Who handles a new case. The most specific row of {@code pt_routing} wins: one naming the category beats one that
 * does not, then one naming the kind, then the longest area (unit path prefix). Without a matching row, the commune's
 * People's Committee handles it, or failing that the province's citizen-reception board (Ban Tiếp công dân).
 */
@Component
class RoutingResolution {

    private final JdbcClient jdbc;
    private final Organisations organisations;

    RoutingResolution(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    /** The organisation handling a case, with the path that scopes it. */
    record Handler(UUID orgId, String orgName, String path) {}

    Optional<Handler> resolve(
            PetitionKind kind, @Nullable UUID categoryId, String unitPath, String unitId, String provinceCode) {
        Optional<Handler> routed = jdbc.sql("SELECT handling_org_id, handling_org_name, handling_path FROM pt_routing"
                        + " WHERE (kind IS NULL OR kind = ?) AND (category_id IS NULL OR category_id = ?)"
                        + " AND (unit_path = ? OR ? LIKE unit_path || '/%')"
                        + " ORDER BY (category_id IS NOT NULL) DESC, (kind IS NOT NULL) DESC,"
                        + " length(unit_path) DESC, created_at DESC LIMIT 1")
                .params(kind.name(), categoryId, unitPath, unitPath)
                .query((rs, n) -> new Handler(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .optional();
        if (routed.isPresent()) {
            return routed;
        }
        Optional<OrgUnitView> committee = organisations.ofAdminUnit(unitId, false).stream()
                .filter(o -> o.kind() == OrgUnitKind.PEOPLES_COMMITTEE)
                .findFirst();
        if (committee.isPresent()) {
            return committee.map(RoutingResolution::handler);
        }
        return organisations.ofAdminUnit(provinceCode, false).stream()
                .filter(o -> o.kind() == OrgUnitKind.GOVERNMENT_AGENCY)
                .filter(o -> VietnameseText.fold(o.name()).contains("tiep cong dan"))
                .min(Comparator.comparing(OrgUnitView::name))
                .map(RoutingResolution::handler);
    }

    private static Handler handler(OrgUnitView org) {
        return new Handler(org.id(), org.name(), org.path());
    }
}
