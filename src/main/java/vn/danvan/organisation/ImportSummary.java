package vn.danvan.organisation;

import java.time.Instant;

/**
 * The last import of the administrative-unit datasets.
 *
 * @param checksum SHA-256 of the input files and the importer version; an import with the same checksum is skipped
 * @param unitCount units in the datasets (current and old)
 * @param lineageCount predecessor → successor links
 * @param gapCount pieces of "formed from" text left for an administrator (see {@link LineageGapView})
 */
public record ImportSummary(
        String dataset,
        String checksum,
        Instant importedAt,
        int unitCount,
        int lineageCount,
        int gapCount,
        long durationMs) {}
