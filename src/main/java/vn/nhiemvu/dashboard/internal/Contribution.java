package vn.nhiemvu.dashboard.internal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one task adds to the aggregates: its lead unit, its supervising leader (0: none), whether it is
 * open (with its deadline in force, the day it is judged by) or closed (on time or late, with its
 * completion date), and the month it was received (assigned: {@link vn.nhiemvu.task.Task#assignedOn}).
 * Reassigning, extending, completing, reopening or deleting a task replaces one contribution by another (or by
 * none).
 */
record Contribution(long agencyId, long unitId, long leaderId, Kind kind, LocalDate date, LocalDate receivedMonth) {

    enum Kind {
        OPEN_DATED, OPEN_UNDATED, CLOSED_ON_TIME, CLOSED_LATE
    }

    Contribution {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(receivedMonth, "receivedMonth");
        if ((kind == Kind.OPEN_UNDATED) != (date == null)) {
            throw new IllegalArgumentException("only an open task without deadline has no date: " + kind);
        }
    }

    /** Where the increments of a contribution go: the database, or a recount in memory. */
    interface Sink {

        /** Adds to the (unit, leader) row; {@code deadline} is the open task's deadline in force, if any. */
        void unit(long unitId, long leaderId, long openDated, long openUndated, long closedOnTime, long closedLate,
                LocalDate deadline);

        void day(long unitId, long leaderId, LocalDate deadline, long count);

        void month(long unitId, long leaderId, LocalDate month, long received, long closedOnTime, long closedLate);
    }

    /** Sends this contribution to the sink, counted {@code sign} (+1 to add, -1 to take away). */
    void applyTo(Sink sink, int sign) {
        long dated = kind == Kind.OPEN_DATED ? sign : 0;
        long onTime = kind == Kind.CLOSED_ON_TIME ? sign : 0;
        long late = kind == Kind.CLOSED_LATE ? sign : 0;
        sink.unit(unitId, leaderId, dated, kind == Kind.OPEN_UNDATED ? sign : 0, onTime, late,
                kind == Kind.OPEN_DATED ? date : null);
        if (kind == Kind.OPEN_DATED) {
            sink.day(unitId, leaderId, date, sign);
        }
        sink.month(unitId, leaderId, receivedMonth, sign, 0, 0);
        if (onTime != 0 || late != 0) {
            sink.month(unitId, leaderId, date.withDayOfMonth(1), 0, onTime, late);
        }
    }
}
