package vn.danvan.shared.web;

/**
 * A business rule refused the request. Subclasses are named after the broken rule; {@link #messageKey()} tells the
 * user why in their language, and nothing was changed.
 */
public abstract class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    protected RuleViolation(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
