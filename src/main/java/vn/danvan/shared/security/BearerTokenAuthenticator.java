package vn.danvan.shared.security;

import java.util.Optional;

/**
 * Resolves a personal access token ({@code Authorization: Bearer …}) to its user. Implemented by the module that
 * owns users; tokens are stored hashed, so an implementation hashes the presented value and looks it up.
 */
public interface BearerTokenAuthenticator {

    Optional<CurrentUser> authenticate(String token);
}
