package vn.danvan.landclearance.internal;

import vn.danvan.shared.web.RuleViolation;

/** The whole uploaded file was refused (not an .xlsx file, wrong columns, too large, too many rows…); nothing kept. */
class HouseholdImportRejected extends RuleViolation {

    HouseholdImportRejected(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
