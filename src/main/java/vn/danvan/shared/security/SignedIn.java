package vn.danvan.shared.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request, and the permission check every module's services make. */
public final class SignedIn {

    private SignedIn() {}

    /** The signed-in user; access is denied when nobody is signed in. */
    public static CurrentUser user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
            return user;
        }
        throw new AccessDeniedException("Not signed in");
    }

    /** The signed-in user, who must hold the permission (403 otherwise). */
    public static CurrentUser require(String permission) {
        CurrentUser user = user();
        if (!user.can(permission)) {
            throw new AccessDeniedException("Missing permission " + permission);
        }
        return user;
    }
}
