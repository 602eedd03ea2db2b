package vn.nhiemvu.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.area.AreaDraft;
import vn.nhiemvu.area.ManagementArea;
import vn.nhiemvu.area.ManagementAreas;
import vn.nhiemvu.measurement.Direction;
import vn.nhiemvu.measurement.Frequency;
import vn.nhiemvu.measurement.IndicatorDraft;
import vn.nhiemvu.measurement.Indicators;
import vn.nhiemvu.measurement.ParCriterionDraft;
import vn.nhiemvu.measurement.ParIndex;
import vn.nhiemvu.measurement.ValueDraft;
import vn.nhiemvu.directive.DirectiveKind;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.directive.NewDirective;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.organization.Leader;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.OrganizationDirectory;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.people.People;
import vn.nhiemvu.people.SheetPeriod;
import vn.nhiemvu.round.AnswerContent;
import vn.nhiemvu.round.NewRound;
import vn.nhiemvu.round.Rounds;
import vn.nhiemvu.task.TaskDraft;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskStanding;

/**
 * Loads the demo data before the server accepts requests. Each item is looked up by its natural
 * key first (agency and unit code, leader slug, username, document number), so a second load
 * changes nothing and a partly loaded database is completed.
 */
@Component
@ConditionalOnBooleanProperty(name = "nhiemvu.demo-data.enabled", matchIfMissing = true)
class DemoDataLoader implements SmartInitializingSingleton {

    static final String DEMO_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final Organization organization;
    private final Accounts accounts;
    private final Directives directives;
    private final TaskManagement tasks;
    private final Rounds rounds;
    private final ManagementAreas areas;
    private final People people;
    private final Indicators indicators;
    private final ParIndex par;
    /** The application's clock: the measurement services judge "begun" by it, so the loader must too. */
    private final java.time.Clock clock;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    DemoDataLoader(Organization organization, Accounts accounts, Directives directives, TaskManagement tasks,
            Rounds rounds, ManagementAreas areas, People people, Indicators indicators, ParIndex par,
            TransactionTemplate transactions, JsonMapper json, java.time.Clock clock) {
        this.clock = clock;
        this.indicators = indicators;
        this.par = par;
        this.rounds = rounds;
        this.people = people;
        this.areas = areas;
        this.organization = organization;
        this.accounts = accounts;
        this.directives = directives;
        this.tasks = tasks;
        this.transactions = transactions;
        this.json = json;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var directory = read("demo/organization.json", new TypeReference<OrganizationDirectory>() { });
        long agencyId = transactions.execute(tx -> organization.apply(directory, "demo-data").homeAgencyId());
        var leaders = read("demo/organization.json", new TypeReference<DemoData.Leaders>() { });
        List<String[]> accountTable = transactions.execute(tx -> loadAccounts(agencyId, leaders));
        // The loader acts as a system user; the audit log names it.
        var system = new CurrentUser(0, "demo-data", "Dữ liệu mẫu", Role.ADMIN, agencyId, null, null);
        int loaded = 0;
        for (var directive : read("demo/directives.json", new TypeReference<List<DemoData.DirectiveData>>() { })) {
            if (directives.findByNumber(agencyId, directive.number()).isEmpty()) {
                transactions.executeWithoutResult(tx -> loadDirective(system, agencyId, directive));
                loaded++;
            }
        }
        log.info("Demo data: {} directive(s) loaded now.", loaded);
        for (var round : read("demo/rounds.json", new TypeReference<DemoData.Rounds>() { }).rounds()) {
            transactions.executeWithoutResult(tx -> loadRound(system, agencyId, round, accountTable));
        }
        int areasLoaded = transactions.execute(tx -> loadAreas(system, agencyId));
        log.info("Demo data: {} management area(s) loaded now.", areasLoaded);
        transactions.executeWithoutResult(tx -> loadPeople(system, agencyId, accountTable));
        transactions.executeWithoutResult(tx -> loadMeasurement(system));
        log.info("Demo accounts (password \"{}\"):\n{}", DEMO_PASSWORD, table(accountTable));
    }

    private List<String[]> loadAccounts(long agencyId, DemoData.Leaders org) {
        var table = new ArrayList<String[]>();
        ensure(table, agencyId, "admin", "Quản trị hệ thống", Role.ADMIN, null, null);
        ensure(table, agencyId, "vanphong", "Chuyên viên Văn phòng Bộ", Role.OFFICE, unitId(agencyId, "VP"), null);
        ensure(table, agencyId, "phapche", "Chuyên viên Vụ Pháp chế", Role.LEGAL, unitId(agencyId, "PC"), null);
        for (var l : org.leaders()) {
            if (l.demoAccount() != null) {
                Leader leader = organization.leaderBySlug(agencyId, l.key()).orElseThrow();
                ensure(table, agencyId, l.demoAccount(), l.title() + " " + l.fullName(), Role.LEADER, null,
                        leader.id());
            }
        }
        for (Unit unit : organization.units(agencyId)) {
            ensure(table, agencyId, unit.code().toLowerCase(), "Cán bộ " + unit.name(), Role.UNIT, unit.id(), null);
        }
        return table;
    }

    private void ensure(List<String[]> table, long agencyId, String username, String displayName, Role role,
            Long unitId, Long leaderId) {
        if (accounts.find(username).isEmpty()) {
            accounts.register(agencyId, username, DEMO_PASSWORD, displayName, role, unitId, leaderId, true);
        }
        table.add(new String[] { username, role.name(), displayName });
    }

    private void loadDirective(CurrentUser system, long agencyId, DemoData.DirectiveData d) {
        String fullText = d.fullTextFile() == null ? null : text("demo/texts/" + d.fullTextFile());
        var directive = directives.record(system, new NewDirective(DirectiveKind.valueOf(d.kind()), d.number(), null,
                d.issuer(), d.issueDate(), d.signer(), d.summary(), fullText, d.extensionCutoff()));
        Map<String, Long> leaders = new HashMap<>();
        organization.leaders(agencyId).forEach(l -> leaders.put(l.slug(), l.id()));
        for (var t : list(d.tasks())) {
            var created = tasks.create(system, new TaskDraft(null, t.title(), t.description(),
                    TaskDraft.Ref.ofCode(t.leadUnit()),
                    list(t.coordinatingUnits()).stream().map(TaskDraft.Ref::ofCode).toList(),
                    t.supervisingLeader() == null ? null : leaders.get(t.supervisingLeader()), directive.id(), null,
                    t.deadline(), t.deadlineText(), t.product()));
            if (t.completedAt() != null) {
                // Past work, completed before it was entered: the loader records it as the Office would, saying why.
                tasks.complete(system, created.id(), t.completedAt(),
                        "Dữ liệu mẫu: nhiệm vụ đã hoàn thành trước khi được nhập vào hệ thống.");
            }
        }
    }

    /**
     * The round, unless one of its title exists, and its respondents' accounts: each belongs to its outside agency
     * and shares the demo password (ADR 0035).
     */
    private void loadRound(CurrentUser system, long agencyId, DemoData.RoundData r, List<String[]> accountTable) {
        var round = rounds.list(system).stream().filter(existing -> existing.title().equals(r.title())).findFirst();
        if (round.isEmpty()) {
            List<String> addressees = organization.agencies().stream()
                    .filter(a -> a.id() != agencyId && r.addresseeKinds().contains(a.kind().name()))
                    .map(vn.nhiemvu.organization.Agency::code).toList();
            round = Optional.of(rounds.open(system, new NewRound(r.organiserUnit(), r.title(), r.legalBasis(),
                    r.instructions(), r.letterDate(), r.deadlineText(), null, r.acceptLate(), addressees,
                    r.tables())));
        }
        for (var respondent : r.respondents()) {
            long agency = organization.agencyByCode(respondent.agency()).orElseThrow(
                    () -> new IllegalStateException("demo round names unknown agency " + respondent.agency())).id();
            if (accounts.find(respondent.username()).isEmpty()) {
                accounts.register(agency, respondent.username(), DEMO_PASSWORD, respondent.displayName(),
                        Role.RESPONDENT, null, null, true);
            }
            accountTable.add(new String[] { respondent.username(), Role.RESPONDENT.name(), respondent.displayName() });
        }
        long roundId = round.get().id();
        for (var answer : list(r.answers())) {
            // Submitted as the focal person submits on the round's page: checked, versioned, given a receipt; an
            // agency that has answered already (a second start) is left as it is.
            CurrentUser respondent = accounts.find(answer.respondent()).orElseThrow();
            if (rounds.myAnswer(respondent, roundId).submissions().isEmpty()) {
                rounds.submit(respondent, roundId, new AnswerContent(false, "", List.of(answer.rows())));
            }
        }
    }

    /**
     * The twelve areas of seed 004 that are missing; when they are all new, each demo task whose lead unit is an
     * area's focal unit is put in that area, so that the boards show something (a task may be in more than one).
     */
    private int loadAreas(CurrentUser system, long agencyId) {
        var existing = areas.list(system).stream().map(ManagementArea::code).collect(Collectors.toSet());
        var created = new ArrayList<ManagementArea>();
        int order = 0;
        for (var a : read("demo/areas.json", new TypeReference<List<DemoData.AreaData>>() { })) {
            order++;
            if (!existing.contains(a.code())) {
                created.add(areas.create(system, new AreaDraft(a.code(), a.name(), a.focalUnit(), a.focalNote(), order)));
            }
        }
        if (existing.isEmpty() && !created.isEmpty()) {
            Map<Long, List<String>> byTask = new HashMap<>();
            for (TaskStanding task : tasks.standings(system, List.of(LocalDate.now()), null)) {
                for (ManagementArea area : created) {
                    if (area.focalUnitId() != null && area.focalUnitId() == task.leadUnitId()) {
                        byTask.computeIfAbsent(task.id(), k -> new ArrayList<>()).add(area.code());
                    }
                }
            }
            byTask.forEach((taskId, codes) -> areas.assign(system, taskId, codes));
        }
        return created.size();
    }

    /**
     * On a first load of the year, the PAR index's fields and seed 001's criteria for the current year, and the demo
     * indicators with the values of the quarters that have begun, recorded on the responsible unit's account.
     */
    private void loadMeasurement(CurrentUser system) {
        var data = read("demo/measurement.json", new TypeReference<DemoData.Measurement>() { });
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        if (par.sheet(system, year).sheet().rows().isEmpty()) {
            int order = 0;
            for (var c : data.criteria()) {
                par.define(system, year, c.code(), new ParCriterionDraft(c.name(), null, false, c.ownerUnit(), ++order));
            }
        }
        var existing = indicators.list(system, null, null, null).stream().map(v -> v.indicator().code())
                .collect(Collectors.toSet());
        for (var i : data.indicators()) {
            if (existing.contains(i.code())) {
                continue;
            }
            indicators.create(system, new IndicatorDraft(i.code(), i.name(), i.unitOfMeasure(),
                    Direction.valueOf(i.direction()), i.target(), Frequency.valueOf(i.frequency()), year, i.ownerUnit(),
                    i.area(), null));
            CurrentUser unit = accounts.find(i.ownerUnit().toLowerCase()).orElse(system);
            for (var v : i.values()) {
                var period = Frequency.valueOf(i.frequency()).period(year, year + "-" + v.period()).orElseThrow();
                if (!period.from().isAfter(today)) {
                    indicators.record(unit, i.code(), new ValueDraft(period.key(), v.value(), v.source(), null, null));
                }
            }
        }
    }

    /** Units whose staff the demo names as performers (ADR 0040), and the staff's names. */
    private static final List<String> PEOPLE_UNITS = List.of("TCCB", "CBC", "CVT");
    private static final List<String> OWN_ACCOUNT_UNITS = List.of("CDSQG", "TTTT", "KHTC");
    private static final List<String[]> STAFF = List.of(new String[] { "an", "Nguyễn Văn An" },
            new String[] { "binh", "Trần Thị Bình" });

    /**
     * Two staff accounts in each of a few units; on the load that creates them, the unit's own account is made its
     * head, who names them performers of the unit's tasks in turn, weighs one task and enters the first one's general
     * points for the quarter; and the units whose tasks have deadlines carry them out on their own account, so that the
     * sheets show something on the first start.
     */
    private void loadPeople(CurrentUser system, long agencyId, List<String[]> table) {
        boolean created = false;
        for (String code : PEOPLE_UNITS) {
            long unitId = unitId(agencyId, code);
            String head = code.toLowerCase();
            for (String[] staff : STAFF) {
                String username = head + "." + staff[0];
                created |= accounts.find(username).isEmpty();
                ensure(table, agencyId, username, staff[1] + " (" + code + ")", Role.UNIT, unitId, null);
            }
        }
        if (!created) {
            return;
        }
        for (String code : PEOPLE_UNITS) {
            String head = code.toLowerCase();
            people.designateHead(system, code, head);
            CurrentUser headUser = accounts.find(head).orElseThrow();
            var led = ledBy(headUser, unitId(agencyId, code));
            for (int i = 0; i < led.size(); i++) {
                people.choosePerformers(headUser, led.get(i).id(), List.of(head + "." + STAFF.get(i % 2)[0]));
            }
            if (!led.isEmpty()) {
                people.setWeight(headUser, led.get(0).id(), new java.math.BigDecimal("2"));
            }
            people.enterGeneralPoints(headUser, head + "." + STAFF.get(0)[0],
                    SheetPeriod.quarterOf(LocalDate.now()).key(), new java.math.BigDecimal("27"),
                    "Dữ liệu mẫu: phẩm chất chính trị, đạo đức, tác phong tốt.");
        }
        // The units whose demo tasks have deadlines get no new accounts (their notices go to their own account, as the
        // scenarios expect): the unit's account is its head and carries its tasks with deadlines out itself.
        for (String code : OWN_ACCOUNT_UNITS) {
            String head = code.toLowerCase();
            people.designateHead(system, code, head);
            CurrentUser headUser = accounts.find(head).orElseThrow();
            for (TaskStanding task : ledBy(headUser, unitId(agencyId, code))) {
                if (task.deadline() != null) {
                    people.choosePerformers(headUser, task.id(), List.of(head));
                }
            }
        }
    }

    private List<TaskStanding> ledBy(CurrentUser user, long unitId) {
        return tasks.standings(user, List.of(LocalDate.now()), null).stream().filter(t -> t.leadUnitId() == unitId)
                .toList();
    }

    private long unitId(long agencyId, String code) {
        return organization.unitByCode(agencyId, code).map(Unit::id)
                .orElseThrow(() -> new IllegalStateException("demo data names unknown unit " + code));
    }

    private <T> T read(String path, TypeReference<T> type) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static String text(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static String table(List<String[]> rows) {
        var out = new StringBuilder();
        out.append(String.format("  %-12s %-10s %s%n", "username", "role", "who"));
        for (String[] row : rows) {
            out.append(String.format("  %-12s %-10s %s%n", row[0], row[1], row[2]));
        }
        return out.toString();
    }
}
