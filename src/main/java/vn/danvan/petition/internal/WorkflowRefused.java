package vn.danvan.petition.internal;

import vn.danvan.shared.web.RuleViolation;

/** A workflow action is not allowed now (message key {@code pt.workflow.error.*}); nothing was changed. */
class WorkflowRefused extends RuleViolation {

    WorkflowRefused(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
