package vn.danvan.notification;

import java.util.Collection;
import java.util.UUID;

/** Sends notices: shown in the application at once, and collected into the person's daily e-mail digest. */
public interface Notifications {

    /** Records the notice in the caller's transaction; a duplicate (same dedup key, person and day) is ignored. */
    void send(Notice notice);

    /** Users holding any role in these organisations, to address a unit's responsible people. */
    Collection<UUID> usersOf(Collection<UUID> orgUnitIds);
}
