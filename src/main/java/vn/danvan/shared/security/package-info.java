/** Sign-in, session and request security for the whole application; who the user is and what they may see. */
@NullMarked
package vn.danvan.shared.security;

import org.jspecify.annotations.NullMarked;
