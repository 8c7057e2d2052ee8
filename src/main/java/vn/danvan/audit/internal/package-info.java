/** How the audit trail is stored, chained, checked, browsed and fed by sign-in events. */
@NullMarked
package vn.danvan.audit.internal;

import org.jspecify.annotations.NullMarked;
