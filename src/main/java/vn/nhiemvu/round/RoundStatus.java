package vn.nhiemvu.round;

/** Whether a round still takes answers. */
public enum RoundStatus {

    /** Agencies may save drafts and submit (after the deadline only if the organiser accepts late answers). */
    OPEN,
    /** The organiser closed it: nothing more is received; what was submitted stays. */
    CLOSED;

    public String code() {
        return "round.status." + name();
    }
}
