/** Organisation module internals: user accounts, roles, sign-in, access tokens. */
@NullMarked
package vn.danvan.organisation.internal.account;

import org.jspecify.annotations.NullMarked;
