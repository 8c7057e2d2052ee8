package vn.danvan.landclearance.internal;

import vn.danvan.shared.web.RuleViolation;

/** A rule about key projects, their steps or their time-limit rules was broken; nothing was changed. */
abstract class ProjectRuleViolation extends RuleViolation {

    ProjectRuleViolation(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
