package vn.danvan.petition;

/**
 * The one door into the petition register, whatever the channel (public site, staff intake, Open311). A petition is
 * validated, stored with its sender's identity encrypted and its files, routed to the organisation that handles it
 * and given its first due date, all in one transaction; the receipt is returned only once everything is stored.
 *
 * <p>Bad input is refused with a {@link vn.danvan.shared.web.RuleViolation} (or {@link vn.danvan.files.FileRejected}
 * for files) whose message key says what was wrong; nothing is stored then.
 */
public interface PetitionIntake {

    /** Registers a petition and answers with what the sender needs to follow it. */
    Receipt receive(NewPetition petition);
}
