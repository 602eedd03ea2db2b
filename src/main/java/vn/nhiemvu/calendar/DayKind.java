package vn.nhiemvu.calendar;

/** What a day of the calendar table changes about an ordinary week (Monday–Friday worked). */
public enum DayKind {

    /** A public holiday (Bộ luật Lao động 2019, Điều 112); on a weekend it gives a compensatory day. */
    HOLIDAY("Nghỉ lễ, Tết", false),
    /** A weekday off by the Government's decision, usually repaid by a working Saturday (hoán đổi). */
    DAY_OFF("Nghỉ hoán đổi", false),
    /** A weekday off because a holiday fell on a weekend (Điều 111 khoản 3). */
    COMPENSATORY("Nghỉ bù", false),
    /** A Saturday (or Sunday) worked to repay a day off. */
    WORKING_SATURDAY("Làm việc bù", true);

    private final String label;
    private final boolean working;

    DayKind(String label, boolean working) {
        this.label = label;
        this.working = working;
    }

    public String label() {
        return label;
    }

    /** Whether people work on a day of this kind. */
    public boolean working() {
        return working;
    }
}
