package vn.nhiemvu.task.internal;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.evaluation.DeadlineChange;
import vn.nhiemvu.evaluation.Evaluation;
import vn.nhiemvu.evaluation.Evaluations;
import vn.nhiemvu.evaluation.TaskEvaluator;
import vn.nhiemvu.evaluation.TaskFacts;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskFilter;
import vn.nhiemvu.task.TaskGroups;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskPage;
import vn.nhiemvu.task.TaskResults;
import vn.nhiemvu.task.TaskSort;
import vn.nhiemvu.task.TaskView;

/**
 * The task list's reads: numbered pages in any order with the count of what matches, the API's pages by cursor, and
 * the exports' stream. SQL narrows by scope and plain facts; the status and the deadline in force are the
 * evaluator's (ADR 0005), so a numbered page evaluates every candidate narrow and sorts them in Java (ADR 0026).
 */
@Component
@Transactional(readOnly = true)
class TaskListing {

    /** Rows read per query by the cursor pages when filtering by status (ADR 0005). */
    private static final int BATCH = 500;

    /** Rows read per query by an export. */
    private static final int EXPORT_BATCH = 1000;

    /** "The most urgent first": the order of {@link TaskSort.Key#STATUS}. */
    private static final List<TaskStatus> URGENCY = List.of(TaskStatus.OVERDUE, TaskStatus.DUE_SOON,
            TaskStatus.IN_PROGRESS, TaskStatus.NO_DEADLINE, TaskStatus.COMPLETED_LATE, TaskStatus.COMPLETED_ON_TIME);

    private final JdbcTasks tasks;
    private final JdbcTaskRows narrow;
    private final JdbcDeadlineChanges deadlineChanges;
    private final TaskViews views;
    private final Evaluations evaluations;
    private final Organization organization;
    private final Directives directives;
    private final Clock clock;
    private final ObjectProvider<TaskGroups> groups;

    TaskListing(JdbcTasks tasks, JdbcTaskRows narrow, JdbcDeadlineChanges deadlineChanges, TaskViews views,
            Evaluations evaluations, Organization organization,
            Directives directives, Clock clock, ObjectProvider<TaskGroups> groups) {
        this.groups = groups;
        this.tasks = tasks;
        this.narrow = narrow;
        this.deadlineChanges = deadlineChanges;
        this.views = views;
        this.evaluations = evaluations;
        this.organization = organization;
        this.directives = directives;
        this.clock = clock;
    }

    /**
     * A candidate as evaluated, with its sort keys as numbers: the order's own key, then the deadline in force (epoch
     * day, none last), then the task's number. Compared as numbers, a page of 100,000 candidates is chosen in tens of
     * milliseconds; compared through their objects, sorting was most of a request.
     */
    private record Ranked(long id, long key, long deadline) {

        static final Comparator<Ranked> ORDER = (a, b) -> a.key != b.key ? Long.compare(a.key, b.key)
                : a.deadline != b.deadline ? Long.compare(a.deadline, b.deadline) : Long.compare(a.id, b.id);
    }

    TaskResults search(CurrentUser user, TaskFilter filter, TaskSort sort, int page, int size) {
        if (size < 1 || size > TaskManagement.MAX_LIMIT) {
            throw InvalidInputException.of("size", Message.of("invalid.task.size.range", TaskManagement.MAX_LIMIT));
        }
        if (page < 1) {
            throw InvalidInputException.of("page", Message.of("invalid.task.page.invalid"));
        }
        LocalDate asOf = asOfOrToday(filter);
        TaskEvaluator evaluator = evaluations.evaluator(user.agencyId(), filter.policy());
        TaskConditions conditions = TaskConditions.of(user, filter, asOf, organization, groups.getIfAvailable());
        TaskScope scope = TaskScope.of(organization.visibility(user));
        var rows = new ArrayList<JdbcTaskRows.ListRow>();
        narrow.forEachListRow(scope, conditions, sort.key() == TaskSort.Key.UPDATED, rows::add);
        Map<Long, List<DeadlineChange>> changes = rows.isEmpty() ? Map.of() : deadlineChanges.facts(scope);
        Map<Long, Directive> docs = directives.byIds(user.agencyId(),
                rows.stream().map(JdbcTaskRows.ListRow::directiveId).filter(Objects::nonNull).distinct().toList());
        Map<Long, Integer> unitOrder = sort.key() == TaskSort.Key.UNIT ? unitOrder(user.agencyId()) : Map.of();
        // Tasks that stand alike (same deadline, completion and cut-off, no deadline change) are evaluated once.
        var alike = new HashMap<Long, Evaluation>();
        var matched = new ArrayList<Ranked>();
        for (JdbcTaskRows.ListRow row : rows) {
            Directive d = row.directiveId() == null ? null : docs.get(row.directiveId());
            LocalDate cutoff = d == null ? null : d.extensionCutoff();
            List<DeadlineChange> changed = changes.getOrDefault(row.id(), List.of());
            var facts = new TaskFacts(row.deadline(), row.completedAt(), cutoff, changed);
            Evaluation e = changed.isEmpty()
                    ? alike.computeIfAbsent(days(row.deadline(), row.completedAt(), cutoff), k -> evaluator.evaluate(facts, asOf))
                    : evaluator.evaluate(facts, asOf);
            if (conditions.matches(row.id(), e.status(), e.applicableDeadline())) {
                matched.add(ranked(sort, row, e, unitOrder));
            }
        }
        int pages = (int) Math.max(1, (matched.size() + (long) size - 1) / size);
        int shown = Math.min(page, pages);
        List<Long> ids = firstOf(matched, shown * size).stream().skip((long) (shown - 1) * size).map(Ranked::id).toList();
        List<Task> found = tasks.find(scope, ids);
        return new TaskResults(views.of(user.agencyId(), views.evaluate(user.agencyId(), found, asOf, evaluator), asOf,
                evaluator), matched.size(), shown, size);
    }

    private static Ranked ranked(TaskSort sort, JdbcTaskRows.ListRow row, Evaluation e, Map<Long, Integer> unitOrder) {
        long deadline = e.applicableDeadline() == null ? Long.MAX_VALUE : e.applicableDeadline().toEpochDay();
        long key = switch (sort.key()) {
            // Tasks without a deadline stay last either way.
            case DEADLINE -> deadline == Long.MAX_VALUE || !sort.descending() ? deadline : -deadline;
            case STATUS -> URGENCY.indexOf(e.status());
            case UNIT -> unitOrder.getOrDefault(row.leadUnitId(), Integer.MAX_VALUE);
            case UPDATED -> -row.updatedAtMillis();
        };
        return new Ranked(row.id(), sort.key() != TaskSort.Key.DEADLINE && sort.descending() ? -key : key, deadline);
    }

    /**
     * Three dates (or none) as one number, 20 bits each: a map key that spreads well (the facts' own hash, a sum of
     * the dates' hashes, put thousands of tasks in one bucket). Epoch days of 1945–2199 fit in 20 bits with an offset.
     */
    private static long days(LocalDate a, LocalDate b, LocalDate c) {
        return day(a) << 40 | day(b) << 20 | day(c);
    }

    private static long day(LocalDate date) {
        return date == null ? 0 : date.toEpochDay() + (1 << 19);
    }

    /** The first {@code n} in order, sorted: a bounded heap, not a sort of them all. */
    private static List<Ranked> firstOf(List<Ranked> candidates, int n) {
        var heap = new PriorityQueue<Ranked>(n + 1, Ranked.ORDER.reversed());
        for (Ranked r : candidates) {
            heap.add(r);
            if (heap.size() > n) {
                heap.poll();
            }
        }
        var first = new ArrayList<>(heap);
        first.sort(Ranked.ORDER);
        return first;
    }

    TaskPage list(CurrentUser user, TaskFilter filter, String cursor, int limit) {
        if (limit < 1 || limit > TaskManagement.MAX_LIMIT) {
            throw InvalidInputException.of("limit", Message.of("invalid.task.limit.range", TaskManagement.MAX_LIMIT));
        }
        var page = new ArrayList<TaskView>();
        boolean[] more = { false };
        // One row more than asked tells whether there is a next page without a count.
        boolean exactInSql = filter.statuses().isEmpty() && filter.deadlineFrom() == null && filter.deadlineTo() == null;
        scan(user, filter, Cursor.decode(cursor), exactInSql ? limit + 1 : BATCH, view -> {
            if (page.size() == limit) {
                more[0] = true;
                return false;
            }
            page.add(view);
            return true;
        });
        String next = more[0] ? Cursor.after(page.get(page.size() - 1).id()) : null;
        return new TaskPage(page, next);
    }

    /**
     * One snapshot (repeatable read) for the whole export, read in batches by id so that memory stays
     * bounded whatever the number of tasks; each batch is evaluated and handed on before the next is read.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    void export(CurrentUser user, TaskFilter filter, Consumer<TaskView> each) {
        scan(user, filter, 0, EXPORT_BATCH, view -> {
            each.accept(view);
            return true;
        });
    }

    /**
     * Hands the tasks in scope matching the filter, after id {@code after} in id order, to {@code each}
     * until it answers false, evaluated in batches of {@code batch} rows.
     */
    private void scan(CurrentUser user, TaskFilter filter, long after, int batch, Predicate<TaskView> each) {
        LocalDate asOf = asOfOrToday(filter);
        TaskEvaluator evaluator = evaluations.evaluator(user.agencyId(), filter.policy());
        TaskConditions conditions = TaskConditions.of(user, filter, asOf, organization, groups.getIfAvailable());
        TaskScope scope = TaskScope.of(organization.visibility(user));
        while (true) {
            List<Task> rows = tasks.page(scope, conditions, after, batch);
            for (TaskView view : views.of(user.agencyId(), views.evaluate(user.agencyId(), rows, asOf, evaluator),
                    asOf, evaluator)) {
                if (conditions.matches(view.id(), view.status(), view.applicableDeadline()) && !each.test(view)) {
                    return;
                }
            }
            if (rows.size() < batch) {
                return;
            }
            after = rows.get(rows.size() - 1).id();
        }
    }

    /** Each unit's place among the agency's units by name, in Vietnamese alphabetical order. */
    private Map<Long, Integer> unitOrder(long agencyId) {
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        List<Unit> units = new ArrayList<>(organization.units(agencyId));
        units.sort(Comparator.comparing(Unit::name, vietnamese));
        var order = new HashMap<Long, Integer>();
        for (int i = 0; i < units.size(); i++) {
            order.put(units.get(i).id(), i);
        }
        return order;
    }

    private LocalDate asOfOrToday(TaskFilter filter) {
        return filter.asOf() == null ? LocalDate.now(clock) : filter.asOf();
    }
}
