package vn.danvan.organisation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A search over administrative units; every part is optional.
 *
 * @param level only units of this level
 * @param parentId only the direct children of this unit
 * @param at only units in force on this day; see {@link AdminUnits#search} for what {@code null} means
 * @param q free text, matched word by word ignoring case and diacritics ("thai thuy" finds "Thái Thụy")
 */
public record UnitQuery(
        @Nullable UnitLevel level,
        @Nullable String parentId,
        @Nullable LocalDate at,
        @Nullable String q) {

    /** Every unit in force today. */
    public static UnitQuery all() {
        return new UnitQuery(null, null, null, null);
    }

    public static UnitQuery ofLevel(UnitLevel level) {
        return new UnitQuery(level, null, null, null);
    }

    public static UnitQuery childrenOf(String parentId) {
        return new UnitQuery(null, parentId, null, null);
    }

    public static UnitQuery matching(String q) {
        return new UnitQuery(null, null, null, q);
    }

    public UnitQuery withLevel(@Nullable UnitLevel level) {
        return new UnitQuery(level, parentId, at, q);
    }

    public UnitQuery withParent(@Nullable String parentId) {
        return new UnitQuery(level, parentId, at, q);
    }

    public UnitQuery asOf(@Nullable LocalDate at) {
        return new UnitQuery(level, parentId, at, q);
    }

    public UnitQuery withText(@Nullable String q) {
        return new UnitQuery(level, parentId, at, q);
    }

    /** Whether free text was given. */
    public boolean hasText() {
        return q != null && !q.isBlank();
    }
}
