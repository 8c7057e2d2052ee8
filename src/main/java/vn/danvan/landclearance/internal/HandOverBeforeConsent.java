package vn.danvan.landclearance.internal;

/** Bàn giao trước khi đồng thuận: land cannot be recorded as handed over before the household has consented. */
class HandOverBeforeConsent extends HouseholdRuleViolation {

    HandOverBeforeConsent() {
        super("lc.household.error.handOverBeforeConsent");
    }
}
