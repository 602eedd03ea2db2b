package vn.nhiemvu.people.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.nhiemvu.evaluation.Evaluation;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.people.Person;
import vn.nhiemvu.people.PersonSheet;
import vn.nhiemvu.people.SheetPeriod;
import vn.nhiemvu.people.SheetRead;
import vn.nhiemvu.people.SheetRules;
import vn.nhiemvu.people.WorkItem;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskStanding;

/**
 * A person's sheet as of a date, built from this module's rows recorded by then and the evaluator's statuses of only
 * that person's tasks (ADR 0054); {@link SheetRules} scores it. Scope and permission are the caller's
 * ({@link PeopleService}); every reading is published as {@link SheetRead} for the audit.
 */
@Component
class SheetReader {

    private final JdbcPeople store;
    private final TaskManagement tasks;
    private final PeopleProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SheetReader(JdbcPeople store, TaskManagement tasks, PeopleProperties properties, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.tasks = tasks;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** The year's rating from its quarters begun by the as-of date (or by 14 December, when the year is rated). */
    SheetRules.YearRating year(CurrentUser user, Person person, int year, LocalDate asOf) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        LocalDate ratedBy = LocalDate.of(year, 12, 14);
        LocalDate reckoned = date.isBefore(ratedBy) ? date : ratedBy;
        var sheets = new ArrayList<SheetRules.Sheet>();
        for (int q = 1; q <= 4; q++) {
            SheetPeriod p = SheetPeriod.parse(year + "-Q" + q);
            if (!p.from().isAfter(reckoned)) {
                sheets.add(read(user, person, p.key(), reckoned).sheet());
            }
        }
        return properties.rules().yearly(year, sheets);
    }

    PersonSheet read(CurrentUser user, Person person, String period, LocalDate asOf) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        SheetPeriod p = period == null || period.isBlank() ? SheetPeriod.quarterOf(date) : SheetPeriod.parse(period);
        Instant cutoff = date.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        LocalDate end = date.isBefore(p.to()) ? date : p.to();

        Map<Long, List<WorkItem.Holding>> holdings = new LinkedHashMap<>();
        for (var row : store.performancesOf(person.id(), cutoff)) {
            holdings.computeIfAbsent(row.taskId(), k -> new ArrayList<>())
                    .add(new WorkItem.Holding(row.fromOn(), row.untilAsOf(cutoff)));
        }
        var items = new ArrayList<WorkItem>();
        if (!holdings.isEmpty() && !end.isBefore(p.from())) {
            Map<Long, TaskStanding> standings = new HashMap<>();
            tasks.standings(user, holdings.keySet(), List.of(end), null).forEach(s -> standings.put(s.id(), s));
            Map<Long, BigDecimal> weights = store.weights(standings.keySet(), cutoff);
            Map<Long, List<WorkItem.QualityCheck>> checks = new HashMap<>();
            for (var c : store.checksOf(person.id(), cutoff)) {
                if (!c.checkedOn().isAfter(date)) {
                    checks.computeIfAbsent(c.taskId(), k -> new ArrayList<>())
                            .add(new WorkItem.QualityCheck(c.checkedOn(), c.passed(), c.note(), c.checkedBy()));
                }
            }
            Map<Long, WorkItem.ObjectiveCause> causes = new HashMap<>();
            for (var c : store.causesOf(person.id(), cutoff)) {
                causes.putIfAbsent(c.taskId(), new WorkItem.ObjectiveCause(c.decision(), c.decidedOn(), c.cause(),
                        c.recordedBy()));
            }
            for (TaskStanding s : standings.values()) {
                Evaluation e = s.evaluations().get(0);
                items.add(new WorkItem(s.id(), s.title(), e.status(), e.applicableDeadline(),
                        e.status().isCompleted() ? s.completedAt() : null, e.workingDaysLate(),
                        weights.getOrDefault(s.id(), properties.weights().of(s.kind())), holdings.get(s.id()),
                        checks.getOrDefault(s.id(), List.of()), causes.get(s.id())));
            }
        }
        SheetRules rules = properties.rules();
        BigDecimal general = store.generalPoints(person.id(), p.key(), cutoff).orElse(null);
        events.publishEvent(new SheetRead(user.agencyId(), person.id(), p.key(), date, user.username()));
        return new PersonSheet(person, date, rules, rules.sheet(p, date, items, general));
    }
}
