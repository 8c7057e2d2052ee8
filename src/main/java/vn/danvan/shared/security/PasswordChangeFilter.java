package vn.danvan.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.danvan.shared.web.RequestPaths;

/**
 * An account created by an administrator must choose its own password before doing anything else: every page but
 * the password form, sign-out and static files redirects there; the API answers 403.
 */
class PasswordChangeFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user && user.mustChangePassword()) {
            String path = RequestPaths.pathOf(request);
            boolean allowed = path.equals(PASSWORD_PAGE)
                    || path.equals("/logout")
                    || path.startsWith("/assets/")
                    || path.startsWith("/webjars/")
                    || path.startsWith("/error");
            if (!allowed) {
                if (path.startsWith("/api/")) {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                } else {
                    response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
