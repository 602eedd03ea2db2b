package vn.nhiemvu.calendar;

import vn.nhiemvu.shared.Message;

/** What a day of the calendar table changes about an ordinary week (Monday–Friday worked). */
public enum DayKind {

    /** A public holiday (Bộ luật Lao động 2019, Điều 112); on a weekend it gives a compensatory day. */
    HOLIDAY(false),
    /** A weekday off by the Government's decision, usually repaid by a working Saturday (hoán đổi). */
    DAY_OFF(false),
    /** A weekday off because a holiday fell on a weekend (Điều 111 khoản 3). */
    COMPENSATORY(false),
    /** A Saturday (or Sunday) worked to repay a day off. */
    WORKING_SATURDAY(true);

    private final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    /** The kind's name in the bundles (ADR 0033). */
    public String code() {
        return "day-kind." + name();
    }

    public String label() {
        return Message.of(code()).vietnamese();
    }

    /** Whether people work on a day of this kind. */
    public boolean working() {
        return working;
    }
}
