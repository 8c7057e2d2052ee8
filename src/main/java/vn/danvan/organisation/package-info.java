/**
 * Organisation: Vietnam's administrative units (versioned across the 1 July 2025 reform, with lineage), the
 * organisations of the political system attached to them, the people (cadres) and their positions, user
 * accounts, roles and the scope they give.
 */
@ApplicationModule(
        displayName = "Organisation",
        allowedDependencies = {"shared", "audit"})
@NullMarked
package vn.danvan.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
