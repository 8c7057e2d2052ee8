/**
 * Vietnam's administrative units (đơn vị hành chính): their import from the published datasets at start-up, the
 * lineage of the 1 July 2025 reorganisation read from the published "formed from" texts, and the queries behind
 * {@link vn.danvan.organisation.AdminUnits}.
 */
@NullMarked
package vn.danvan.organisation.internal.unit;

import org.jspecify.annotations.NullMarked;
