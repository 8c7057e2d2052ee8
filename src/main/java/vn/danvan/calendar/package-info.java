/**
 * Calendar: Vietnam's working-day calendar for every module with deadlines. Weekly rest days, the statutory holidays
 * of the Labour Code 2019 Art. 112 (the lunar ones computed with the Vietnamese lunar calendar at UTC+7),
 * compensatory days, and each year's official notice entered by an administrator, which overrides the computed
 * defaults for that year; arithmetic in calendar and working days and the Civil Code end-of-period rule.
 */
@ApplicationModule(
        displayName = "Calendar",
        allowedDependencies = {"shared", "organisation", "audit"})
@NullMarked
package vn.danvan.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
