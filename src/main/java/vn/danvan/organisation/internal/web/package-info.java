/** Organisation module internals: pages and API of administrative units. */
@NullMarked
package vn.danvan.organisation.internal.web;

import org.jspecify.annotations.NullMarked;
