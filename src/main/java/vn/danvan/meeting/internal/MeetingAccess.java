package vn.danvan.meeting.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.danvan.shared.security.CurrentUser;

/** The signed-in user and the permission checks of the meeting module's services. */
final class MeetingAccess {

    private MeetingAccess() {}

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
