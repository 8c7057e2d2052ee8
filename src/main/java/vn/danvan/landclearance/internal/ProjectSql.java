package vn.danvan.landclearance.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.shared.security.Scope;

/** A SQL text built piece by piece with its positional parameters, so that scope conditions can be repeated. */
final class ProjectSql {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    ProjectSql append(String text, Object... values) {
        sql.append(text);
        params.addAll(List.of(values));
        return this;
    }

    /** The scope's condition on a path column. */
    ProjectSql scope(Scope scope, String column) {
        Scope.SqlCondition condition = scope.sql(column);
        sql.append(condition.sql());
        params.addAll(condition.params());
        return this;
    }

    /** Whether the user may see the project {@code alias}: its owner's area or a commune it crosses. */
    ProjectSql projectVisible(Scope scope, String alias) {
        append("(");
        scope(scope, alias + ".path");
        append(" OR EXISTS (SELECT 1 FROM lc_project_commune vc WHERE vc.project_id = " + alias + ".id AND ");
        scope(scope, "vc.unit_path");
        return append("))");
    }

    JdbcClient.StatementSpec on(JdbcClient jdbc) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString());
        for (Object p : params) {
            statement = statement.param(p);
        }
        return statement;
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
