/**
 * Petition: citizens' reflections and recommendations (phản ánh, kiến nghị), complaints (khiếu nại, first and second
 * time) and denunciations (tố cáo) in one register from every channel (public site, letters, walk-in reception,
 * phone, transfers, Open311 GeoReport v2); the legal steps of each kind with due dates computed by the working-day
 * calendar from time-limit rules kept as data; routing; answers with evidence; the citizen's tracking; reminders; and
 * the protection of denouncers' identity (encrypted, shown only to users granted access to the case).
 */
@ApplicationModule(
        displayName = "Petition",
        allowedDependencies = {"shared", "organisation", "audit", "files", "notification", "calendar"})
@NullMarked
package vn.danvan.petition;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
