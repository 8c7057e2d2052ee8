/**
 * Covenant: emulation covenants (giao ước thi đua) between a higher board and lower units or among the members of a
 * cluster; their criteria with a target per party, measured from live data through the metric catalogue
 * ({@link vn.danvan.covenant.CovenantMetric}, which other modules extend) or reported by the party with evidence; the
 * self-score, the reviewed score, the ranking per period and the proposed commendations.
 */
@ApplicationModule(
        displayName = "Covenant",
        allowedDependencies = {"shared", "organisation", "audit", "files", "meeting"})
@NullMarked
package vn.danvan.covenant;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
