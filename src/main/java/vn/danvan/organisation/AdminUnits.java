package vn.danvan.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Vietnam's administrative units, before and after the 1 July 2025 reform, and the lineage between them. Read
 * only: the units are imported from the published datasets at start-up.
 */
public interface AdminUnits {

    Optional<AdminUnitView> find(String id);

    /**
     * What a current unit was formed from on 1 July 2025, verbatim as published (e.g. "tỉnh Thái Bình và tỉnh
     * Hưng Yên"); empty for old units.
     */
    Optional<String> formedFromText(String id);

    /**
     * Units matching the query, in Vietnamese alphabetical order of their names (then by id), paged in the database.
     * The page's sort is ignored.
     *
     * <p>When {@code at} is {@code null}: with free text or a parent, units of both eras are searched (so that old
     * names such as "Thái Thụy" district stay findable, and children of an old unit are listed); otherwise only the
     * units in force today (by the application clock). A unit is in force on a day if
     * {@code (valid_from IS NULL OR valid_from <= day) AND (valid_to IS NULL OR valid_to >= day)}.
     */
    Page<AdminUnitView> search(UnitQuery query, Pageable page);

    /** The units above this one in its own era, from the province down to its parent; empty if none or unknown. */
    List<AdminUnitView> ancestors(String id);

    /** What this unit was formed from on 1 July 2025 (empty for old units and for units with no known origin). */
    List<UnitLineageView> predecessors(String id);

    /** What this old unit became on 1 July 2025 (empty for current units). */
    List<UnitLineageView> successors(String id);

    /** Pieces of "formed from" text that could not be tied to exactly one old unit, for an administrator. */
    Page<LineageGapView> lineageGaps(Pageable page);

    /**
     * The last import. The import runs at start-up before the application is ready, so there is one.
     *
     * @throws IllegalStateException if the datasets were never imported into this database
     */
    ImportSummary lastImport();
}
