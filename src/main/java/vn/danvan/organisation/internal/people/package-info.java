/** Organisation module internals: people (cadres) and the positions they hold. */
@NullMarked
package vn.danvan.organisation.internal.people;

import org.jspecify.annotations.NullMarked;
