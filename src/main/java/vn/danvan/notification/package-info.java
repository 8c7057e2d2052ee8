/**
 * Notification: in-app notifications and e-mail, batched into one daily digest per person. Modules ask for a
 * notification through {@link vn.danvan.notification.Notifications}; the module decides how and when it reaches the
 * person.
 */
@ApplicationModule(
        displayName = "Notification",
        allowedDependencies = {"shared", "organisation"})
@NullMarked
package vn.danvan.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
