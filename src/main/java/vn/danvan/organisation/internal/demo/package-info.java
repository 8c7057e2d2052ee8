/** Organisation module internals: the demo province loaded in demo mode. */
@NullMarked
package vn.danvan.organisation.internal.demo;

import org.jspecify.annotations.NullMarked;
