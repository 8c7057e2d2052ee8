/**
 * Value types, web layout, i18n, database and security configuration shared by every module. No business rules.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
@NullMarked
package vn.danvan.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
