/** Organisation module internals: the home page. */
@NullMarked
package vn.danvan.organisation.internal.home;

import org.jspecify.annotations.NullMarked;
