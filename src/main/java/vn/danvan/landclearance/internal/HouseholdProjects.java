package vn.danvan.landclearance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.shared.security.Scope;
import vn.danvan.shared.web.RecordNotFound;

/**
 * What the household pages need to know of a project: its code, name, owner's path, the communes it crosses and the
 * date its compensation plan was approved. A project is visible when its owner's area or one of its communes is in
 * the user's scope.
 */
@Component
class HouseholdProjects {

    private final JdbcClient jdbc;

    HouseholdProjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A project as the household pages show it. */
    record ProjectRef(UUID id, String code, String name, String path, List<Commune> communes) {

        /** The communes of the project that are in the scope: where a household may be recorded. */
        List<Commune> communesIn(Scope scope) {
            return communes.stream().filter(c -> scope.includes(c.unitPath())).toList();
        }

        Optional<Commune> commune(String unitId) {
            return communes.stream().filter(c -> c.unitId().equals(unitId)).findFirst();
        }
    }

    /** A commune the project crosses. */
    record Commune(String unitId, String unitName, String unitPath) {}

    /** The project, when the user may see it; else 404. */
    ProjectRef visible(Scope scope, UUID projectId) {
        Scope.SqlCondition owner = scope.sql("p.path");
        Scope.SqlCondition commune = scope.sql("c.unit_path");
        List<Object> params = new ArrayList<>();
        params.add(projectId);
        params.addAll(owner.params());
        params.addAll(commune.params());
        record Row(UUID id, String code, String name, String path) {}
        Row row = jdbc.sql("SELECT p.id, p.code, p.name, p.path FROM lc_project p WHERE p.id = ? AND (" + owner.sql()
                        + " OR EXISTS (SELECT 1 FROM lc_project_commune c WHERE c.project_id = p.id AND "
                        + commune.sql() + "))")
                .params(params)
                .query(Row.class)
                .optional()
                .orElseThrow(() -> new RecordNotFound("project", projectId));
        return new ProjectRef(row.id(), row.code(), row.name(), row.path(), communes(projectId));
    }

    /** The projects the user may see, by code: for filters. */
    List<ProjectRef> visibleProjects(Scope scope) {
        Scope.SqlCondition owner = scope.sql("p.path");
        Scope.SqlCondition commune = scope.sql("c.unit_path");
        List<Object> params = new ArrayList<>(owner.params());
        params.addAll(commune.params());
        return jdbc.sql("SELECT p.id, p.code, p.name, p.path FROM lc_project p WHERE " + owner.sql()
                        + " OR EXISTS (SELECT 1 FROM lc_project_commune c WHERE c.project_id = p.id AND "
                        + commune.sql() + ") ORDER BY p.code LIMIT 500")
                .params(params)
                .query((rs, i) -> new ProjectRef(
                        rs.getObject("id", UUID.class),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("path"),
                        List.of()))
                .list();
    }

    /** The date the compensation plan was approved (step APPROVAL reached), when known. */
    Optional<LocalDate> approvedOn(UUID projectId) {
        return jdbc.sql("SELECT reached_on FROM lc_project_step WHERE project_id = ? AND step = ?"
                        + " AND reached_on IS NOT NULL")
                .params(projectId, ClearanceStep.APPROVAL.name())
                .query(LocalDate.class)
                .optional();
    }

    private List<Commune> communes(UUID projectId) {
        return jdbc.sql("SELECT unit_id, unit_name, unit_path FROM lc_project_commune WHERE project_id = ?"
                        + " ORDER BY unit_name")
                .params(projectId)
                .query(Commune.class)
                .list();
    }
}
