/**
 * Land clearance (giải phóng mặt bằng) of the province's key projects under the Land Law 2024: projects, the communes
 * they cross and their statutory steps with due dates from time-limit rules kept as data; household by household the
 * plots, assets, inventory, consent, payment, resettlement and hand-over, the outreach visits (vận động), obstacles
 * (vướng mắc) and their escalation to the province; the project and province pages; and the metrics that emulation
 * covenants measure from this work.
 */
@ApplicationModule(
        displayName = "Land clearance",
        allowedDependencies = {"shared", "organisation", "audit", "files", "covenant"})
@NullMarked
package vn.danvan.landclearance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
