package vn.danvan.files;

import vn.danvan.shared.web.RuleViolation;

/** A file was refused: empty, too large, of a type not allowed, or its content does not match its name. */
public class FileRejected extends RuleViolation {

    public FileRejected(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
