/**
 * The audit trail (nhật ký hoạt động): an append-only, hash-chained record of every write, every sign-in and
 * sign-out (successful or not), every permission change and every read of confidential data.
 *
 * <p>Other modules call {@link vn.danvan.audit.AuditTrail#record(vn.danvan.audit.AuditEvent)} inside the
 * transaction of the write they audit, so that the write and its entry commit or roll back together. An
 * administrator with {@link vn.danvan.audit.AuditPermissions#READ} browses the trail at {@code /admin/audit} and
 * checks the chain at {@code /admin/audit/verify}, or from the command line with {@code --danvan.audit.verify}.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = "shared")
@NullMarked
package vn.danvan.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
