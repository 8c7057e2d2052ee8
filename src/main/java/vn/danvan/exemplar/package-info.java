/**
 * Exemplar: the registry of "Dân vận khéo" models (mô hình) and exemplars (điển hình) — registration by a unit for a
 * year, updates with evidence and quantitative results on a catalogue of measures, self-assessments, evaluation by a
 * council against the year's criteria with scores and votes, the recognition decision and its revocation,
 * replication by other units, statistics with exports, and the public showcase of what is recognised and public.
 */
@ApplicationModule(
        displayName = "Exemplar",
        allowedDependencies = {"shared", "organisation", "audit", "files"})
@NullMarked
package vn.danvan.exemplar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
