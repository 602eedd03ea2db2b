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
import java.util.function.Consumer;
import java.util.function.Predicate;

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
import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskFilter;
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

    private static final Comparator<LocalDate> EARLIEST_FIRST = Comparator.nullsLast(Comparator.naturalOrder());

    private final JdbcTasks tasks;
    private final TaskViews views;
    private final Evaluations evaluations;
    private final Organization organization;
    private final Directives directives;
    private final Clock clock;

    TaskListing(JdbcTasks tasks, TaskViews views, Evaluations evaluations, Organization organization,
            Directives directives, Clock clock) {
        this.tasks = tasks;
        this.views = views;
        this.evaluations = evaluations;
        this.organization = organization;
        this.directives = directives;
        this.clock = clock;
    }

    /** A candidate as evaluated, with its sort keys. */
    private record Ranked(long id, long leadUnitId, long updatedAtMillis, TaskStatus status, LocalDate deadline) {
    }

    TaskResults search(CurrentUser user, TaskFilter filter, TaskSort sort, int page, int size) {
        if (size < 1 || size > TaskManagement.MAX_LIMIT) {
            throw InvalidInputException.of("size", "Số nhiệm vụ mỗi trang (size) phải từ 1 đến " + TaskManagement.MAX_LIMIT + ".");
        }
        if (page < 1) {
            throw InvalidInputException.of("page", "Số trang (page) bắt đầu từ 1.");
        }
        LocalDate asOf = asOfOrToday(filter);
        TaskEvaluator evaluator = evaluations.evaluator(user.agencyId(), filter.policy());
        TaskConditions conditions = TaskConditions.of(user, filter, asOf, organization);
        TaskScope scope = TaskScope.of(user, organization);
        var rows = new ArrayList<JdbcTasks.ListRow>();
        tasks.forEachListRow(scope, conditions.sql(), conditions.params(), rows::add);
        Map<Long, List<DeadlineChange>> changes = rows.isEmpty() ? Map.of() : tasks.deadlineChangeFacts(scope);
        Map<Long, Directive> docs = directives.byIds(user.agencyId(),
                rows.stream().map(JdbcTasks.ListRow::directiveId).filter(Objects::nonNull).distinct().toList());
        var matched = new ArrayList<Ranked>();
        for (JdbcTasks.ListRow row : rows) {
            Directive d = row.directiveId() == null ? null : docs.get(row.directiveId());
            Evaluation e = evaluator.evaluate(new TaskFacts(row.deadline(), row.completedAt(),
                    d == null ? null : d.extensionCutoff(), changes.getOrDefault(row.id(), List.of())), asOf);
            if (conditions.matches(e.status(), e.applicableDeadline())) {
                matched.add(new Ranked(row.id(), row.leadUnitId(), row.updatedAtMillis(), e.status(),
                        e.applicableDeadline()));
            }
        }
        int pages = (int) Math.max(1, (matched.size() + (long) size - 1) / size);
        int shown = Math.min(page, pages);
        matched.sort(order(sort, unitOrder(user.agencyId())));
        List<Long> ids = matched.subList(Math.min(matched.size(), (shown - 1) * size), Math.min(matched.size(), shown * size))
                .stream().map(Ranked::id).toList();
        List<Task> found = tasks.find(scope, ids);
        return new TaskResults(views.of(user.agencyId(), views.evaluate(user.agencyId(), found, asOf, evaluator), asOf,
                evaluator), matched.size(), shown, size);
    }

    TaskPage list(CurrentUser user, TaskFilter filter, String cursor, int limit) {
        if (limit < 1 || limit > TaskManagement.MAX_LIMIT) {
            throw InvalidInputException.of("limit", "Số bản ghi mỗi trang (limit) phải từ 1 đến " + TaskManagement.MAX_LIMIT + ".");
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
        TaskConditions conditions = TaskConditions.of(user, filter, asOf, organization);
        TaskScope scope = TaskScope.of(user, organization);
        while (true) {
            List<Task> rows = tasks.page(scope, conditions.sql(), conditions.params(), after, batch);
            for (TaskView view : views.of(user.agencyId(), views.evaluate(user.agencyId(), rows, asOf, evaluator),
                    asOf, evaluator)) {
                if (conditions.matches(view.status(), view.applicableDeadline()) && !each.test(view)) {
                    return;
                }
            }
            if (rows.size() < batch) {
                return;
            }
            after = rows.get(rows.size() - 1).id();
        }
    }

    private static Comparator<Ranked> order(TaskSort sort, Map<Long, Integer> unitOrder) {
        Comparator<Ranked> byDeadline = Comparator.comparing(Ranked::deadline, EARLIEST_FIRST);
        Comparator<Ranked> primary = switch (sort.key()) {
            // Tasks without a deadline stay last either way.
            case DEADLINE -> sort.descending()
                    ? Comparator.comparing(Ranked::deadline, Comparator.nullsLast(Comparator.reverseOrder()))
                    : byDeadline;
            case STATUS -> directed(Comparator.comparingInt(r -> URGENCY.indexOf(r.status())), sort);
            case UNIT -> directed(Comparator.comparingInt(r -> unitOrder.getOrDefault(r.leadUnitId(), Integer.MAX_VALUE)), sort);
            case UPDATED -> directed(Comparator.comparingLong(r -> -r.updatedAtMillis()), sort);
        };
        return primary.thenComparing(byDeadline).thenComparingLong(Ranked::id);
    }

    private static Comparator<Ranked> directed(Comparator<Ranked> natural, TaskSort sort) {
        return sort.descending() ? natural.reversed() : natural;
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
