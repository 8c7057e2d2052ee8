package vn.danvan.petition.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;

/** The signed-in user and the permission checks of the petition views and administration pages. */
final class DashboardAccess {

    private DashboardAccess() {}

    static CurrentUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
            return user;
        }
        throw new AccessDeniedException("Not signed in");
    }

    static CurrentUser require(String permission) {
        CurrentUser user = currentUser();
        if (!user.can(permission)) {
            throw new AccessDeniedException("Missing permission " + permission);
        }
        return user;
    }

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
