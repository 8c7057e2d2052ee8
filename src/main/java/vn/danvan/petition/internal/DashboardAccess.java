package vn.danvan.petition.internal;

import vn.danvan.shared.security.Scope;

/** Which cases a user sees in the petition views: the scope condition they share. */
final class DashboardAccess {

    private DashboardAccess() {}

    /**
     * The SQL condition for the cases a user sees: the commune the case concerns or the organisation handling it is
     * in the scope.
     */
    static Scope.SqlCondition cases(Scope scope, String alias) {
        Scope.SqlCondition byPlace = scope.sql(alias + ".path");
        Scope.SqlCondition byHandler = scope.sql(alias + ".handling_path");
        java.util.List<Object> params = new java.util.ArrayList<>(byPlace.params());
        params.addAll(byHandler.params());
        return new Scope.SqlCondition("(" + byPlace.sql() + " OR " + byHandler.sql() + ")", params);
    }
}
