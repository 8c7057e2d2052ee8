/** Database configuration: the embedded PostgreSQL by default, an external one when configured. */
@NullMarked
package vn.danvan.shared.db;

import org.jspecify.annotations.NullMarked;
