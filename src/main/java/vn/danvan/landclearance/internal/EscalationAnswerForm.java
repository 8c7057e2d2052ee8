package vn.danvan.landclearance.internal;

import org.jspecify.annotations.Nullable;

/** The province's answer to an escalated obstacle. */
record EscalationAnswerForm(@Nullable String answer) {}
