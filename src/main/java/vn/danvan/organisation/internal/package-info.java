/** Internals of the organisation module. */
@NullMarked
package vn.danvan.organisation.internal;

import org.jspecify.annotations.NullMarked;
