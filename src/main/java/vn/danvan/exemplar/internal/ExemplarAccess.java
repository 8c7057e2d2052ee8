package vn.danvan.exemplar.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.danvan.shared.security.CurrentUser;

/** The signed-in user and the permission checks of the exemplar module. */
final class ExemplarAccess {

    private ExemplarAccess() {}

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
}
