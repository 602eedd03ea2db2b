package vn.nhiemvu.people.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.audit.AuditedChange;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Relation;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.organization.Visibility;
import vn.nhiemvu.people.ExcellentCap;
import vn.nhiemvu.people.People;
import vn.nhiemvu.people.PeriodSheets;
import vn.nhiemvu.people.PeoplePermissions;
import vn.nhiemvu.people.PeoplePermissions.Action;
import vn.nhiemvu.people.PeopleRecorded;
import vn.nhiemvu.people.Performer;
import vn.nhiemvu.people.Person;
import vn.nhiemvu.people.PersonSheet;
import vn.nhiemvu.people.SheetPeriod;
import vn.nhiemvu.people.SheetRules;
import vn.nhiemvu.people.TaskWorkItem;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskView;

/**
 * Performers, weights, checks, causes, general points and sheets. Scope first (the task module's for a task,
 * {@link Visibility} for a person), then {@link PeoplePermissions#POLICY}; a sheet itself is built by
 * {@link SheetReader}.
 */
@Service
@Transactional
class PeopleService implements People {

    private static final BigDecimal MIN_WEIGHT = new BigDecimal("0.1");
    private static final BigDecimal MAX_WEIGHT = new BigDecimal("100");

    private final JdbcPeople store;
    private final TaskManagement tasks;
    private final Organization organization;
    private final Accounts accounts;
    private final PeopleProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SheetReader reader;

    PeopleService(JdbcPeople store, TaskManagement tasks, Organization organization, Accounts accounts,
            PeopleProperties properties, ApplicationEventPublisher events, Clock clock, SheetReader reader) {
        this.reader = reader;
        this.store = store;
        this.tasks = tasks;
        this.organization = organization;
        this.accounts = accounts;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    // --- a task as a work item

    @Override
    @Transactional(readOnly = true)
    public TaskWorkItem workItem(CurrentUser user, long taskId) {
        return view(user, task(user, taskId));
    }

    @Override
    public TaskWorkItem choosePerformers(CurrentUser user, long taskId, List<String> usernames) {
        TaskView task = task(user, taskId);
        PeoplePermissions.POLICY.check(Action.CHOOSE_PERFORMERS, relation(user, task));
        Map<String, CurrentUser> staff = staffOf(user.agencyId(), task.leadUnit().id());
        var wanted = new LinkedHashMap<Long, CurrentUser>();
        var errors = new InvalidInputException.Collector();
        for (String name : usernames == null ? List.<String>of() : usernames) {
            CurrentUser person = name == null ? null : staff.get(name.strip().toLowerCase());
            if (person == null) {
                errors.add("performers", Message.of("invalid.people.performers.unknown",
                        name == null ? "" : name.strip(), task.leadUnit().name()));
            } else {
                wanted.put(person.id(), person);
            }
        }
        errors.throwIfAny();
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        var current = store.performers(taskId).stream().filter(r -> r.untilOn() == null).toList();
        List<String> before = names(current.stream().map(JdbcPeople.PerformerRow::userId).toList(), user.agencyId());
        Set<Long> kept = new HashSet<>();
        for (var row : current) {
            if (wanted.containsKey(row.userId())) {
                kept.add(row.userId());
            } else {
                store.endPerformer(row.id(), today, user.username(), now);
            }
        }
        for (CurrentUser person : wanted.values()) {
            if (!kept.contains(person.id())) {
                store.startPerformer(user.agencyId(), taskId, person.id(), today, user.username(), now);
            }
        }
        List<String> after = wanted.values().stream().map(CurrentUser::username).toList();
        if (!Set.copyOf(before).equals(Set.copyOf(after))) {
            events.publishEvent(new PeopleRecorded("TASK_PERFORMERS", taskId, user.agencyId(), "PERFORMERS_CHOSEN",
                    user.username(), new AuditedChange(Map.of("performers", before),
                            Map.of("performers", after, "from", today.toString()))));
        }
        return view(user, task);
    }

    @Override
    public TaskWorkItem setWeight(CurrentUser user, long taskId, BigDecimal weight) {
        TaskView task = task(user, taskId);
        PeoplePermissions.POLICY.check(Action.SET_WEIGHT, relation(user, task));
        if (weight == null || weight.compareTo(MIN_WEIGHT) < 0 || weight.compareTo(MAX_WEIGHT) > 0
                || weight.stripTrailingZeros().scale() > 2) {
            throw InvalidInputException.of("weight", Message.of("invalid.people.weight.range"));
        }
        BigDecimal before = weightOf(task, clock.instant().plusSeconds(1));
        store.addWeight(user.agencyId(), taskId, weight, user.username(), clock.instant());
        events.publishEvent(new PeopleRecorded("TASK_WORK_ITEM", taskId, user.agencyId(), "WEIGHT_SET", user.username(),
                new AuditedChange(Map.of("weight", before), Map.of("weight", weight))));
        return view(user, task);
    }

    @Override
    public TaskWorkItem recordCheck(CurrentUser user, long taskId, String username, LocalDate checkedOn,
            boolean passed, String note) {
        TaskView task = task(user, taskId);
        PeoplePermissions.POLICY.check(Action.ASSESS_QUALITY, relation(user, task));
        CurrentUser person = performerOf(user, taskId, username);
        var errors = new InvalidInputException.Collector();
        LocalDate today = LocalDate.now(clock);
        if (checkedOn == null) {
            errors.add("checkedOn", Message.of("invalid.people.checked-on.required"));
        } else if (checkedOn.isAfter(today)) {
            errors.add("checkedOn", Message.of("invalid.people.checked-on.future"));
        }
        String text = blankToNull(note);
        if (!passed && text == null) {
            errors.add("note", Message.of("invalid.people.note.required"));
        }
        if (text != null && text.length() > 1000) {
            errors.add("note", Message.of("invalid.people.note.too-long", 1000));
        }
        errors.throwIfAny();
        store.addCheck(user.agencyId(), taskId, person.id(), checkedOn, passed, text, user.username(), clock.instant());
        var after = new LinkedHashMap<String, Object>();
        after.put("performer", person.username());
        after.put("checkedOn", checkedOn.toString());
        after.put("passed", passed);
        after.put("note", text == null ? "" : text);
        events.publishEvent(new PeopleRecorded("TASK_WORK_ITEM", taskId, user.agencyId(), "QUALITY_CHECKED",
                user.username(), new AuditedChange(null, after)));
        return view(user, task);
    }

    @Override
    public TaskWorkItem recordObjectiveCause(CurrentUser user, long taskId, String username, String decision,
            LocalDate decidedOn, String cause) {
        TaskView task = task(user, taskId);
        PeoplePermissions.POLICY.check(Action.CONFIRM_OBJECTIVE_CAUSE, relation(user, task));
        CurrentUser person = performerOf(user, taskId, username);
        var errors = new InvalidInputException.Collector();
        String d = blankToNull(decision);
        String c = blankToNull(cause);
        if (d == null) {
            errors.add("decision", Message.of("invalid.people.decision.required"));
        } else if (d.length() > 200) {
            errors.add("decision", Message.of("invalid.people.decision.too-long", 200));
        }
        if (decidedOn == null) {
            errors.add("decidedOn", Message.of("invalid.people.decided-on.required"));
        } else if (decidedOn.isAfter(LocalDate.now(clock))) {
            errors.add("decidedOn", Message.of("invalid.people.decided-on.future"));
        }
        if (c == null) {
            errors.add("cause", Message.of("invalid.people.cause.required"));
        } else if (c.length() > 1000) {
            errors.add("cause", Message.of("invalid.people.cause.too-long", 1000));
        }
        errors.throwIfAny();
        store.addCause(user.agencyId(), taskId, person.id(), d, decidedOn, c, user.username(), clock.instant());
        events.publishEvent(new PeopleRecorded("TASK_WORK_ITEM", taskId, user.agencyId(), "OBJECTIVE_CAUSE_CONFIRMED",
                user.username(), new AuditedChange(null, Map.of("performer", person.username(), "decision", d,
                        "decidedOn", decidedOn.toString(), "cause", c))));
        return view(user, task);
    }

    // --- people

    @Override
    public void enterGeneralPoints(CurrentUser user, String username, String period, BigDecimal points, String note) {
        Person person = person(user, username);
        PeoplePermissions.POLICY.check(Action.ENTER_GENERAL_POINTS, relation(user, person));
        SheetPeriod p = SheetPeriod.parse(period);
        SheetRules rules = properties.rules();
        if (!rules.generalPointsValid(points)) {
            throw InvalidInputException.of("points", Message.of("invalid.people.points.range",
                    rules.generalPoints().stripTrailingZeros().toPlainString()));
        }
        String text = blankToNull(note);
        Instant now = clock.instant();
        BigDecimal before = store.generalPoints(person.id(), p.key(), now.plusSeconds(1)).orElse(null);
        store.addGeneralPoints(user.agencyId(), person.id(), p.key(), points, text, user.username(), now);
        var after = new LinkedHashMap<String, Object>();
        after.put("period", p.key());
        after.put("points", points);
        after.put("note", text == null ? "" : text);
        events.publishEvent(new PeopleRecorded("PERSON_SHEET", person.id(), user.agencyId(), "GENERAL_POINTS_ENTERED",
                user.username(), new AuditedChange(before == null ? null : Map.of("period", p.key(), "points", before),
                        after)));
    }

    @Override
    public void designateHead(CurrentUser user, String unitCode, String username) {
        PeoplePermissions.POLICY.checkAny(user, Action.DESIGNATE_HEAD);
        Unit unit = organization.unitByCode(user.agencyId(), unitCode == null ? "" : unitCode.strip())
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.people.unit.unknown", unitCode)));
        CurrentUser head = staffOf(user.agencyId(), unit.id()).get(username == null ? "" : username.strip().toLowerCase());
        if (head == null) {
            throw InvalidInputException.of("username",
                    Message.of("invalid.people.username.unknown", username, unit.name()));
        }
        Long before = store.headOf(unit.id()).orElse(null);
        store.setHead(user.agencyId(), unit.id(), head.id(), user.username(), clock.instant());
        events.publishEvent(new PeopleRecorded("UNIT_HEAD", unit.id(), user.agencyId(), "DESIGNATED", user.username(),
                new AuditedChange(before == null ? null : Map.of("head", names(List.of(before), user.agencyId())),
                        Map.of("head", head.username()))));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Person> readable(CurrentUser user) {
        Visibility visibility = organization.visibility(user);
        Map<Long, String> unitNames = unitNames(user.agencyId());
        var result = new ArrayList<Person>();
        for (CurrentUser staff : accounts.members(user.agencyId(), Role.UNIT, null, null)) {
            Person person = new Person(staff.id(), staff.username(), staff.displayName(), staff.unitId(),
                    unitNames.get(staff.unitId()));
            if (sees(visibility, person) && PeoplePermissions.POLICY.allows(Action.READ_SHEET, relation(user, person))) {
                result.add(person);
            }
        }
        return result;
    }

    @Override
    public PeriodSheets sheets(CurrentUser user, String period, LocalDate asOf) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        SheetPeriod p = period == null || period.isBlank() ? SheetPeriod.quarterOf(date) : SheetPeriod.parse(period);
        var sheets = readable(user).stream().map(person -> reader.read(user, person, p.key(), date)).toList();
        return new PeriodSheets(p, date, sheets,
                ExcellentCap.of(sheets.stream().map(s -> s.sheet().grade()).toList(), properties.excellentShare()));
    }

    @Override
    public PersonSheet sheet(CurrentUser user, String username, String period, LocalDate asOf) {
        Person person = person(user, username);
        PeoplePermissions.POLICY.check(Action.READ_SHEET, relation(user, person));
        return reader.read(user, person, period, asOf);
    }

    @Override
    public SheetRules.YearRating year(CurrentUser user, String username, int year, LocalDate asOf) {
        Person person = person(user, username);
        PeoplePermissions.POLICY.check(Action.READ_SHEET, relation(user, person));
        return reader.year(user, person, year, asOf);
    }

    // --- helpers

    private TaskView task(CurrentUser user, long taskId) {
        if (!tasks.isVisible(user, taskId)) {
            throw new NotFoundException(Message.of("notfound.task.task.unknown", taskId));
        }
        return tasks.get(user, taskId, null, null);
    }

    private Relation relation(CurrentUser user, TaskView task) {
        Long lead = task.leadUnit() == null ? null : task.leadUnit().id();
        boolean head = lead != null && store.headOf(lead).map(id -> id == user.id()).orElse(false);
        return PeoplePermissions.toTask(user, lead,
                task.coordinatingUnits().stream().map(TaskView.UnitRef::id).toList(), head);
    }

    private Relation relation(CurrentUser user, Person person) {
        boolean head = person.unitId() != null && store.headOf(person.unitId()).map(id -> id == user.id()).orElse(false);
        return PeoplePermissions.toPerson(user, person.id(), person.unitId(), head);
    }

    /** A staff account of the agency the user sees (its unit in the user's scope), else 404. */
    private Person person(CurrentUser user, String username) {
        CurrentUser account = accounts.find(username == null ? "" : username.strip().toLowerCase())
                .filter(a -> a.agencyId() == user.agencyId() && a.role() == Role.UNIT)
                .orElseThrow(() -> notFoundPerson(username));
        Person person = new Person(account.id(), account.username(), account.displayName(), account.unitId(),
                organization.unit(user.agencyId(), account.unitId()).map(Unit::name).orElse(null));
        if (!sees(organization.visibility(user), person)) {
            throw notFoundPerson(username);
        }
        return person;
    }

    private static boolean sees(Visibility visibility, Person person) {
        return visibility.wholeAgency() || visibility.namedUnits().contains(person.unitId());
    }

    private static NotFoundException notFoundPerson(String username) {
        return new NotFoundException(Message.of("notfound.people.person.unknown", username));
    }

    /** The performer (now or before) of the task with the username, else a 400 on {@code performer}. */
    private CurrentUser performerOf(CurrentUser user, long taskId, String username) {
        Set<Long> ids = store.performers(taskId).stream().map(JdbcPeople.PerformerRow::userId).collect(Collectors.toSet());
        return accounts.find(username == null ? "" : username.strip().toLowerCase())
                .filter(a -> a.agencyId() == user.agencyId() && ids.contains(a.id()))
                .orElseThrow(() -> InvalidInputException.of("performer",
                        Message.of("invalid.people.performer.unknown", username == null ? "" : username)));
    }

    private Map<String, CurrentUser> staffOf(long agencyId, long unitId) {
        return accounts.members(agencyId, Role.UNIT, unitId, null).stream()
                .collect(Collectors.toMap(CurrentUser::username, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private List<String> names(List<Long> userIds, long agencyId) {
        Map<Long, String> byId = accounts.members(agencyId, Role.UNIT, null, null).stream()
                .collect(Collectors.toMap(CurrentUser::id, CurrentUser::username));
        return userIds.stream().map(id -> byId.getOrDefault(id, "#" + id)).toList();
    }

    private Map<Long, String> unitNames(long agencyId) {
        return organization.units(agencyId).stream().collect(Collectors.toMap(Unit::id, Unit::name));
    }

    private BigDecimal weightOf(TaskView task, Instant cutoff) {
        return store.weights(List.of(task.id()), cutoff).getOrDefault(task.id(), properties.weights().of(task.kind()));
    }

    private TaskWorkItem view(CurrentUser user, TaskView task) {
        long agencyId = user.agencyId();
        Map<Long, CurrentUser> byId = accounts.members(agencyId, Role.UNIT, null, null).stream()
                .collect(Collectors.toMap(CurrentUser::id, Function.identity()));
        Function<Long, String> username = id -> byId.containsKey(id) ? byId.get(id).username() : "#" + id;
        var performers = store.performers(task.id()).stream()
                .map(r -> new Performer(r.userId(), username.apply(r.userId()),
                        byId.containsKey(r.userId()) ? byId.get(r.userId()).displayName() : "", r.fromOn(), r.untilOn(),
                        r.assignedBy()))
                .toList();
        Instant now = clock.instant().plusSeconds(1);
        Map<Long, BigDecimal> set = store.weights(List.of(task.id()), now);
        BigDecimal weight = set.getOrDefault(task.id(), properties.weights().of(task.kind()));
        var checks = store.checks(task.id()).stream().map(c -> new TaskWorkItem.Check(username.apply(c.userId()),
                c.checkedOn(), c.passed(), c.note(), c.checkedBy(), c.recordedAt())).toList();
        var causes = store.causes(task.id()).stream().map(c -> new TaskWorkItem.Cause(username.apply(c.userId()),
                c.decision(), c.decidedOn(), c.cause(), c.recordedBy(), c.recordedAt())).toList();
        Map<Long, String> unitNames = unitNames(agencyId);
        List<Person> candidates = task.leadUnit() == null ? List.of()
                : staffOf(agencyId, task.leadUnit().id()).values().stream()
                        .map(a -> new Person(a.id(), a.username(), a.displayName(), a.unitId(), unitNames.get(a.unitId())))
                        .toList();
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        allowed.addAll(PeoplePermissions.POLICY.allowed(relation(user, task)));
        allowed.removeAll(Set.of(Action.READ_SHEET, Action.ENTER_GENERAL_POINTS, Action.DESIGNATE_HEAD));
        return new TaskWorkItem(task.id(), performers, weight, !set.containsKey(task.id()), checks, causes, candidates,
                new LinkedHashSet<>(allowed));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
