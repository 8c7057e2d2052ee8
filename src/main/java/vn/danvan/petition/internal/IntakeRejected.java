package vn.danvan.petition.internal;

import vn.danvan.shared.web.RuleViolation;

/** A petition was refused at intake (message key {@code pt.intake.error.*}); nothing was stored. */
class IntakeRejected extends RuleViolation {

    IntakeRejected(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
