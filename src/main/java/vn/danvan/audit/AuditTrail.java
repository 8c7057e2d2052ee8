package vn.danvan.audit;

/**
 * Records what happened in the append-only audit trail. Every module calls it for each write it performs, for each
 * permission change and for each read of confidential data.
 *
 * <p>The entry is written in the caller's transaction (or in its own when there is none), so an audited write and
 * its entry commit or roll back together: there is never a write without its entry, nor an entry for a write that
 * did not happen. This is why auditing is a direct call rather than an event delivered after commit. Inside a
 * read-only transaction (a read of confidential data) the entry is written in a transaction of its own, since the
 * read has happened whatever becomes of the reading transaction.
 *
 * <p>The actor (the signed-in user, else {@code anonymous} during a web request, else {@code system}), the time
 * and the client address are worked out here, not by the caller.
 *
 * <p>Record as the last step of the transaction, after the write itself: appends to the chain are serialised
 * (a PostgreSQL advisory lock) from the call until the transaction ends, so a long transaction that records early
 * holds up every other audited write.
 */
public interface AuditTrail {

    void record(AuditEvent event);

    /** Records with an explicit actor, for when the security context does not say who it is (sign-in). */
    void record(AuditEvent event, AuditActor actor);
}
