package vn.nhiemvu.calendar;

import java.time.LocalDate;

import vn.nhiemvu.audit.AuditableEvent;

/**
 * An administrator recorded or removed a day of the working calendar (a holiday, a day swap): working-day deadlines
 * and statuses of every agency may move, so it is audited, and whatever keeps counts of statuses recounts. The
 * calendar is national; the agency is the administrator's.
 */
public record CalendarDayChanged(long agencyId, LocalDate date, CalendarDay before, CalendarDay after, String actor)
        implements AuditableEvent {

    @Override
    public String entityType() {
        return "CALENDAR_DAY";
    }

    /** The day itself, as days since 1970-01-01, so that a day's records chain together. */
    @Override
    public long entityId() {
        return date.toEpochDay();
    }

    @Override
    public String action() {
        return before == null ? "CREATED" : after == null ? "DELETED" : "UPDATED";
    }
}
