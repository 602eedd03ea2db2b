package vn.nhiemvu.measurement;

/** Where an indicator stands as of a date (the rule is {@link IndicatorStanding#of}). */
public enum IndicatorStatus {
    /** No value measured yet. */
    NO_DATA,
    /** One value: too few for a trend. */
    TOO_FEW_VALUES,
    /** The trend reaches the target by the year's end. */
    ON_TRACK,
    /** The trend misses the target at the year's end: an early warning. */
    AT_RISK,
    /** The year's last period is measured and meets the target. */
    MET,
    /** The year's last period is measured and misses the target. */
    MISSED;

    public String code() {
        return "measurement.status." + name();
    }
}
