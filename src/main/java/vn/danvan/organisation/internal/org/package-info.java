/** Organisation module internals: organisations of the political system and their renames. */
@NullMarked
package vn.danvan.organisation.internal.org;

import org.jspecify.annotations.NullMarked;
