package vn.danvan.meeting.internal;

import vn.danvan.shared.web.RuleViolation;

/** A rule of meetings was broken; the message key names the rule and tells the user why. Nothing was changed. */
class MeetingRuleViolation extends RuleViolation {

    MeetingRuleViolation(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
