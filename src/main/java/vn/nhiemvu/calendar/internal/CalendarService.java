package vn.nhiemvu.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.calendar.CalendarDay;
import vn.nhiemvu.calendar.CalendarDayChanged;
import vn.nhiemvu.calendar.CalendarDays;
import vn.nhiemvu.calendar.DayKind;
import vn.nhiemvu.calendar.NewCalendarDay;
import vn.nhiemvu.calendar.Occasion;
import vn.nhiemvu.cluster.ClusterSignals;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.shared.DisplayDates;

/** Reads the year tables; lets an administrator record and remove days from the Government's notices. */
@Service
@Transactional(readOnly = true)
class CalendarService implements CalendarDays {

    static final int MAX_REASON = 300;
    static final int MAX_SOURCE = 300;
    private static final String YEAR_CHANGED = "calendar-year-changed";

    private final OfficialDays official;
    private final TableWorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final ClusterSignals signals;

    CalendarService(OfficialDays official, TableWorkingCalendar calendar, ApplicationEventPublisher events,
            ClusterSignals signals) {
        this.official = official;
        this.calendar = calendar;
        this.events = events;
        this.signals = signals;
        signals.subscribe(YEAR_CHANGED, year -> calendar.reload(Integer.parseInt(year)), calendar::reloadAll);
    }

    @Override
    public List<CalendarDay> year(int year) {
        return calendar.days(year);
    }

    @Override
    public boolean hasOfficialRows(int year) {
        return calendar.official(year);
    }

    @Override
    @Transactional
    public CalendarDay record(CurrentUser user, NewCalendarDay input) {
        requireAdministrator(user);
        var errors = new InvalidInputException.Collector();
        LocalDate date = input.date();
        if (date == null) {
            errors.add("date", Message.of("invalid.calendar.date.required"));
        } else if (!WorkingDayTables.inRange(date)) {
            errors.add("date", Message.of("invalid.calendar.date.outside-tables", DisplayDates.date(date), WorkingDayTables.FIRST_YEAR, WorkingDayTables.LAST_YEAR));
        }
        if (input.kind() == null) {
            errors.add("kind", Message.of("invalid.calendar.kind.required"));
        } else if (date != null && !errors.has("date")) {
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (input.kind() == DayKind.WORKING_SATURDAY && !weekend) {
                errors.add("kind", Message.of("invalid.calendar.kind.make-up-day", DisplayDates.date(date), StatutoryHolidays.weekdayName(date)));
            } else if ((input.kind() == DayKind.DAY_OFF || input.kind() == DayKind.COMPENSATORY) && weekend) {
                errors.add("kind", Message.of("invalid.calendar.kind.day-off", DisplayDates.date(date), StatutoryHolidays.weekdayName(date)));
            }
        }
        String reason = strip(input.reason());
        if (reason.isEmpty()) {
            errors.add("reason", Message.of("invalid.calendar.reason.required"));
        } else if (reason.length() > MAX_REASON) {
            errors.add("reason", Message.of("invalid.task.reason.too-long", MAX_REASON));
        }
        String source = strip(input.sourceDocument());
        if (source.isEmpty()) {
            errors.add("sourceDocument", Message.of("invalid.calendar.source-document.required"));
        } else if (source.length() > MAX_SOURCE) {
            errors.add("sourceDocument", Message.of("invalid.calendar.source-document.too-long", MAX_SOURCE));
        }
        if (!errors.has("date") && date != null) {
            official.find(date).ifPresent(existing -> errors.add("date", Message.of("invalid.calendar.date.taken", DisplayDates.date(date),
                    Message.of(existing.kind().code()), existing.reason(), existing.source())));
        }
        errors.throwIfAny();

        Occasion occasion = input.occasion() == null ? Occasion.OTHER : input.occasion();
        official.insert(new NewCalendarDay(date, input.kind(), occasion, reason, source), user.username());
        reloadAfterCommit(date.getYear());
        var recorded = new CalendarDay(date, input.kind(), occasion, reason, source, true);
        events.publishEvent(new CalendarDayChanged(user.agencyId(), date, null, recorded, user.username()));
        return recorded;
    }

    @Override
    @Transactional
    public void remove(CurrentUser user, LocalDate date) {
        requireAdministrator(user);
        CalendarDay removed = date == null || !WorkingDayTables.inRange(date) ? null : official.find(date).orElse(null);
        if (removed == null || !official.delete(date)) {
            throw new NotFoundException(date == null ? Message.of("notfound.calendar.day.none")
                    : Message.of("notfound.calendar.day.unknown", DisplayDates.date(date)));
        }
        reloadAfterCommit(date.getYear());
        events.publishEvent(new CalendarDayChanged(user.agencyId(), date, removed, null, user.username()));
    }

    private static void requireAdministrator(CurrentUser user) {
        if (user.role() != Role.ADMIN) {
            throw new ForbiddenException(Message.of("forbidden.calendar.day.admin-only"));
        }
    }

    /**
     * Readers see the new table only once the row is committed (and never if it rolls back), on every node: each
     * rebuilds the year when it hears the cluster signal (ADR 0019).
     */
    private void reloadAfterCommit(int year) {
        signals.publish(YEAR_CHANGED, Integer.toString(year));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
