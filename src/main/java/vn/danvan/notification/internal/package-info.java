/** Notification module internals: the notice table, the in-app pages and API, and the daily e-mail digest. */
@NullMarked
package vn.danvan.notification.internal;

import org.jspecify.annotations.NullMarked;
