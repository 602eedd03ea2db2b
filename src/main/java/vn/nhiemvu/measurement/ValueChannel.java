package vn.nhiemvu.measurement;

/** Through which door a value arrived (ADR 0051): kept with the value, with who and when. */
public enum ValueChannel {
    /** Entered on the indicator's page. */
    FORM,
    /** Sent to the API with a person's own token or password. */
    API,
    /** Pushed by another system with a token scoped to the indicator (the value's reference names the token). */
    TOKEN,
    /** Computed from the evaluations of the area's tasks. */
    COMPUTED;

    public String code() {
        return "measurement.channel." + name();
    }
}
