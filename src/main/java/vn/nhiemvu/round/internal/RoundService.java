package vn.nhiemvu.round.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.audit.AuditedChange;
import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.deadline.DeadlinePhrase;
import vn.nhiemvu.deadline.DeadlinePhraseParser;
import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.DirectiveKind;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.directive.NewDirective;
import vn.nhiemvu.evaluation.Evaluations;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Relation;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.round.Aggregation;
import vn.nhiemvu.round.Answer;
import vn.nhiemvu.round.AnswerCheck;
import vn.nhiemvu.round.AnswerContent;
import vn.nhiemvu.round.AwaitedAnswers;
import vn.nhiemvu.round.ProposalsToTasks;
import vn.nhiemvu.round.PlannedTasks;
import vn.nhiemvu.round.ProposalRef;
import vn.nhiemvu.round.CellReader;
import vn.nhiemvu.round.Lateness;
import vn.nhiemvu.round.NewRespondent;
import vn.nhiemvu.round.NewRound;
import vn.nhiemvu.round.ProposalRound;
import vn.nhiemvu.round.Review;
import vn.nhiemvu.round.RoundDeadline;
import vn.nhiemvu.round.RoundEvent;
import vn.nhiemvu.round.RoundPermissions;
import vn.nhiemvu.round.RoundPermissions.Action;
import vn.nhiemvu.round.RoundStatus;
import vn.nhiemvu.round.RoundTemplate;
import vn.nhiemvu.round.Rounds;
import vn.nhiemvu.round.Submission;
import vn.nhiemvu.round.Urging;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.InputRules;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.shared.Text;
import vn.nhiemvu.task.TaskManagement;

/** Opens, closes and reads rounds; keeps drafts and submissions. Scope first (404), then the policy (403). */
@Service
@Transactional(readOnly = true)
class RoundService implements Rounds {

    static final int MAX_TITLE = 500;
    static final int MAX_BASIS = 2000;
    static final int MAX_INSTRUCTIONS = 8000;
    static final int MAX_ADDRESSEES = 200;

    private final JdbcRounds store;
    private final AnswerJson json;
    private final Organization organization;
    private final Accounts accounts;
    private final DeadlinePhraseParser deadlines;
    private final WorkingCalendar calendar;
    private final Evaluations evaluations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Directives directives;
    private final TaskManagement tasks;
    private final RoundDocuments documents;

    RoundService(JdbcRounds store, AnswerJson json, Organization organization, Accounts accounts,
            DeadlinePhraseParser deadlines, WorkingCalendar calendar, Evaluations evaluations,
            ApplicationEventPublisher events, Clock clock, Directives directives, TaskManagement tasks,
            RoundDocuments documents) {
        this.documents = documents;
        this.directives = directives;
        this.tasks = tasks;
        this.store = store;
        this.json = json;
        this.organization = organization;
        this.accounts = accounts;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.evaluations = evaluations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ProposalRound open(CurrentUser user, NewRound input) {
        RoundPermissions.POLICY.checkAny(user, Action.OPEN);
        var errors = new InvalidInputException.Collector();
        Long unitId = organiserUnit(user, input.organiserUnit(), errors);
        if (unitId != null) {
            RoundPermissions.POLICY.check(Action.OPEN, Relation.of(user, unitId, Set.of()));
        }
        String title = text("title", input.title(), MAX_TITLE, true, Message.of("round.field.title"), errors);
        String basis = text("legalBasis", input.legalBasis(), MAX_BASIS, false, Message.of("round.field.legal-basis"), errors);
        String instructions = text("instructions", input.instructions(), MAX_INSTRUCTIONS, false, Message.of("round.field.instructions"), errors);
        LocalDate letter = input.letterDate() != null ? input.letterDate() : LocalDate.now(clock);
        LocalDate deadline = RoundDeadline.read(input.deadlineText(), input.deadline(), letter, deadlines, calendar,
                errors);
        String deadlineText = input.deadlineText() == null || input.deadlineText().isBlank()
                ? (deadline == null ? "" : "trước ngày " + vn.nhiemvu.shared.Dates.format(deadline))
                : input.deadlineText().strip();
        if (deadlineText.length() > 500) {
            errors.add("deadlineText", Message.of("invalid.round.deadline-text.too-long"));
        }
        List<Long> addressees = addressees(user, input.addressees(), errors);
        var template = new RoundTemplate(input.tables());
        template.check(errors);
        errors.throwIfAny();
        Instant now = clock.instant();
        var draft = new ProposalRound(0, user.agencyId(), unitId, title, basis, instructions, letter, deadlineText,
                deadline, input.acceptLate(), RoundStatus.OPEN, addressees, template, user.username(), now, null,
                null, 0);
        long id = store.insert(draft);
        ProposalRound round = store.find(id).orElseThrow();
        events.publishEvent(new RoundEvent.RoundOpened(id, round.agencyId(), user.username(), title, deadline,
                addressees, new AuditedChange(null, summary(round))));
        return round;
    }

    private Long organiserUnit(CurrentUser user, String code, InvalidInputException.Collector errors) {
        if (code == null || code.isBlank()) {
            if (user.unitId() == null) {
                errors.add("organiserUnit", Message.of("invalid.round.organiser-unit.required"));
            }
            return user.unitId();
        }
        Optional<Unit> unit = organization.unitByCode(user.agencyId(), code.strip());
        if (unit.isEmpty()) {
            errors.add("organiserUnit", Message.of("invalid.round.organiser-unit.unknown", code.strip()));
            return null;
        }
        return unit.get().id();
    }

    private List<Long> addressees(CurrentUser user, List<String> codes, InvalidInputException.Collector errors) {
        var ids = new LinkedHashSet<Long>();
        if (codes.isEmpty()) {
            errors.add("addressees", Message.of("invalid.round.addressees.required"));
        }
        if (codes.size() > MAX_ADDRESSEES) {
            errors.add("addressees", Message.of("invalid.round.addressees.too-many", MAX_ADDRESSEES));
        }
        for (String code : codes) {
            Optional<Agency> agency = organization.agencyByCode(code == null ? "" : code.strip());
            if (agency.isEmpty()) {
                errors.add("addressees", Message.of("invalid.round.addressees.unknown", code));
            } else if (agency.get().id() == user.agencyId()) {
                errors.add("addressees", Message.of("invalid.round.addressees.organiser", agency.get().name()));
            } else if (!ids.add(agency.get().id())) {
                errors.add("addressees", Message.of("invalid.round.addressees.twice", agency.get().name()));
            }
        }
        return List.copyOf(ids);
    }

    private static String text(String field, String value, int max, boolean required, Message name,
            InvalidInputException.Collector errors) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            errors.add(field, Message.of("invalid.round.text.required", name));
        } else if (v.length() > max) {
            errors.add(field, Message.of("invalid.round.text.too-long", name, v.length(), max));
        } else if (!InputRules.isAcceptableText(v)) {
            errors.add(field, Message.of("invalid.round.text.characters", name));
        }
        return v;
    }

    @Override
    public List<ProposalRound> list(CurrentUser user) {
        return user.respondent() ? store.addressedTo(user.agencyId()) : store.ofAgency(user.agencyId());
    }

    @Override
    public ProposalRound find(CurrentUser user, long id) {
        return store.find(id).filter(r -> RoundPermissions.sees(user, r))
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.round.round.unknown", id)));
    }

    @Override
    @Transactional
    public ProposalRound close(CurrentUser user, long id) {
        ProposalRound round = find(user, id);
        check(user, round, Action.CLOSE);
        if (!round.open()) {
            throw new ConflictException(ConflictException.Kind.STATE, Message.of("conflict.round.round.closed"));
        }
        ProposalRound closed = round.close(user.username(), clock.instant());
        store.close(closed);
        events.publishEvent(new RoundEvent.RoundClosed(id, round.agencyId(), user.username(),
                new AuditedChange(summary(round), summary(closed))));
        return closed;
    }

    @Override
    @Transactional
    public CurrentUser addRespondent(CurrentUser user, long id, NewRespondent respondent) {
        ProposalRound round = find(user, id);
        check(user, round, Action.ADD_RESPONDENT);
        Agency agency = organization.agencyByCode(respondent.agency() == null ? "" : respondent.agency().strip())
                .filter(a -> round.addressed(a.id()))
                .orElseThrow(() -> InvalidInputException.of("agency", Message.of("invalid.round.agency.invalid", respondent.agency())));
        return accounts.createRespondent(agency.id(), respondent.username(), respondent.password(),
                respondent.displayName());
    }

    @Override
    public List<CurrentUser> respondents(CurrentUser user, long id) {
        ProposalRound round = find(user, id);
        check(user, round, Action.ADD_RESPONDENT);
        var all = new ArrayList<CurrentUser>();
        round.addresseeIds().forEach(a -> all.addAll(accounts.members(a, Role.RESPONDENT, null, null)));
        return all;
    }

    @Override
    public Answer myAnswer(CurrentUser user, long id) {
        ProposalRound round = find(user, id);
        check(user, round, Action.ANSWER);
        return answer(round, user.agencyId());
    }

    private Answer answer(ProposalRound round, long agencyId) {
        var draft = store.draft(round.id(), agencyId);
        return new Answer(round.id(), agencyId, draft.map(d -> json.read(d.content())).orElse(null),
                draft.map(JdbcRounds.Draft::savedAt).orElse(null), store.submissions(round.id(), agencyId),
                store.reviews(round.id(), agencyId));
    }

    @Override
    @Transactional
    public Answer saveDraft(CurrentUser user, long id, AnswerContent typed) {
        ProposalRound round = find(user, id);
        check(user, round, Action.ANSWER);
        refuseIntake(round);
        checkSize(round, typed);
        store.saveDraft(id, user.agencyId(), json.write(typed), user.username(), clock.instant());
        return answer(round, user.agencyId());
    }

    @Override
    @Transactional
    public Submission submit(CurrentUser user, long id, AnswerContent typed) {
        ProposalRound round = find(user, id);
        check(user, round, Action.ANSWER);
        Lateness lateness = refuseIntake(round);
        checkSize(round, typed);
        return receive(user, round, lateness, AnswerCheck.check(round.template(), typed, reader(round)));
    }

    @Override
    public byte[] templateWorkbook(CurrentUser user, long id) {
        ProposalRound round = find(user, id);
        return TemplateWorkbook.write(round);
    }

    @Override
    @Transactional
    public Submission submitWorkbook(CurrentUser user, long id, String filename, byte[] content) {
        ProposalRound round = find(user, id);
        check(user, round, Action.ANSWER);
        Lateness lateness = refuseIntake(round);
        TemplateWorkbook.Filled filled = TemplateWorkbook.read(round, filename, content);
        AnswerContent kept;
        try {
            kept = AnswerCheck.check(round.template(), filled.typed(), reader(round));
        } catch (InvalidInputException e) {
            throw filled.located(e);
        }
        return receive(user, round, lateness, kept);
    }

    /** Keeps a checked answer as the agency's next version with its receipt, and drops the draft. */
    private Submission receive(CurrentUser user, ProposalRound round, Lateness lateness, AnswerContent kept) {
        long id = round.id();
        String content = json.write(kept);
        String sha = AnswerJson.sha256(content);
        Agency agency = organization.agency(user.agencyId()).orElseThrow();
        int version = store.lastVersion(id, agency.id()) + 1;
        String number = id + "-" + agency.code() + "-" + version;
        Instant now = clock.instant();
        long submissionId;
        try {
            submissionId = store.insertSubmission(id, agency.id(), version, number, now, user.username(), sha,
                    lateness, kept.noProposal(), content);
        } catch (DuplicateKeyException e) {
            throw new ConflictException(ConflictException.Kind.STATE, Message.of("conflict.round.answer.concurrent"));
        }
        store.deleteDraft(id, agency.id());
        var submission = new Submission(submissionId, id, agency.id(), version, number, now, user.username(), sha,
                lateness, kept);
        events.publishEvent(new RoundEvent.SubmissionReceived(id, round.agencyId(), user.username(), agency.id(),
                number, lateness.late(), lateness.workingDays(),
                new AuditedChange(null, Map.of("receipt", number, "agency", agency.code(), "version", version,
                        "sha256", sha, "late", lateness.late(), "workingDaysLate", lateness.workingDays(),
                        "rows", kept.rowCount(), "noProposal", kept.noProposal()))));
        return submission;
    }

    /** How late an answer now is, or the refusal when the round is closed or does not take it late. */
    private Lateness refuseIntake(ProposalRound round) {
        LocalDate judgedBy = evaluations.evaluator(round.agencyId()).judgedBy(round.deadline());
        Lateness lateness = Lateness.of(judgedBy, LocalDate.now(clock), calendar);
        round.intakeRefusal(lateness).ifPresent(why -> {
            throw new ConflictException(ConflictException.Kind.STATE, why);
        });
        return lateness;
    }

    /** A draft keeps what was typed, but not without bounds. */
    private static void checkSize(ProposalRound round, AnswerContent typed) {
        var errors = new InvalidInputException.Collector();
        if (typed.tables().size() > round.template().tables().size()) {
            errors.add("tables", Message.of("invalid.round.tables.count", round.template().tables().size(), typed.tables().size()));
        }
        for (int t = 0; t < typed.tables().size(); t++) {
            if (typed.tables().get(t).size() > 1000) {
                errors.add("tables[" + t + "]", Message.of("invalid.round.tables.rows.over-1000", (t + 1)));
            }
            for (var row : typed.tables().get(t)) {
                for (var value : row.values()) {
                    if (value != null && value.length() > 4000) {
                        errors.add("tables[" + t + "]", Message.of("invalid.round.tables.too-long", (t + 1)));
                    }
                }
            }
        }
        if (typed.reason().length() > 2000) {
            errors.add("reason", Message.of("invalid.round.reason.too-long-2"));
        }
        errors.throwIfAny();
    }

    /** Cells read against the round's letter date and the directory's names of agencies and the ministry's units. */
    private CellReader reader(ProposalRound round) {
        Map<String, String> names = new HashMap<>();
        for (Agency a : organization.agencies()) {
            names.put(Text.fold(a.code()), a.name());
            names.put(Text.fold(a.name()), a.name());
            a.aliases().forEach(alias -> names.put(Text.fold(alias), a.name()));
        }
        for (Unit u : organization.units(round.agencyId())) {
            names.putIfAbsent(Text.fold(u.code()), u.name());
            names.putIfAbsent(Text.fold(u.name()), u.name());
            u.aliases().forEach(alias -> names.putIfAbsent(Text.fold(alias), u.name()));
        }
        return new CellReader(deadlines, calendar, round.letterDate(),
                typed -> Optional.ofNullable(names.get(Text.fold(typed))));
    }

    @Override
    public Answer answerOf(CurrentUser user, long id, long agencyId) {
        ProposalRound round = find(user, id);
        check(user, round, Action.READ_ANSWERS);
        if (!round.addressed(agencyId)) {
            throw new NotFoundException(Message.of("notfound.round.agency.not-asked", agencyId));
        }
        return answer(round, agencyId);
    }

    @Override
    public Aggregation aggregation(CurrentUser user, long id, Aggregation.Filter filter) {
        ProposalRound round = find(user, id);
        check(user, round, Action.READ_ANSWERS);
        List<Agency> agencies = round.addresseeIds().stream().map(a -> organization.agency(a).orElseThrow()).toList();
        return Aggregation.of(round, store.current(id), agencies, filter);
    }

    @Override
    public byte[] requestLetter(CurrentUser user, long id) {
        ProposalRound round = find(user, id);
        check(user, round, Action.READ_ANSWERS);
        return documents.requestLetter(round, round.addresseeIds().stream()
                .map(a -> organization.agency(a).map(Agency::name).orElse("")).toList());
    }

    @Override
    public byte[] aggregationReport(CurrentUser user, long id, Aggregation.Filter filter) {
        return documents.aggregationReport(aggregation(user, id, filter));
    }

    @Override
    public byte[] workbook(CurrentUser user, long id, Aggregation.Filter filter) {
        return RoundWorkbook.write(aggregation(user, id, filter));
    }

    @Override
    @Transactional
    public Urging urgeLate(CurrentUser user, long id) {
        ProposalRound round = find(user, id);
        check(user, round, Action.URGE);
        if (!round.open()) {
            throw new ConflictException(ConflictException.Kind.STATE, Message.of("conflict.round.urging.closed"));
        }
        List<Long> missing = missing(round);
        if (missing.isEmpty()) {
            throw new ConflictException(ConflictException.Kind.STATE, Message.of("conflict.round.urging.all-answered"));
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        var urged = new ArrayList<Long>();
        var already = new ArrayList<Long>();
        for (long agency : missing) {
            (store.insertUrging(id, agency, today, user.username(), now) ? urged : already).add(agency);
        }
        if (!urged.isEmpty()) {
            List<String> codes = urged.stream().map(a -> organization.agency(a).map(Agency::code).orElse("#" + a))
                    .toList();
            events.publishEvent(new RoundEvent.LateUrged(id, round.agencyId(), user.username(), round.title(),
                    round.deadline(), today, urged,
                    new AuditedChange(null, Map.of("urgedOn", today.toString(), "agencies", codes))));
        }
        return new Urging(id, today, urged, already);
    }

    @Override
    public List<AwaitedAnswers> awaited(long agencyId) {
        var awaited = new ArrayList<AwaitedAnswers>();
        for (ProposalRound round : store.ofAgency(agencyId)) {
            if (round.open()) {
                List<Long> missing = missing(round);
                if (!missing.isEmpty()) {
                    awaited.add(new AwaitedAnswers(round.id(), round.agencyId(), round.organiserUnitId(),
                            round.title(), round.deadline(), missing));
                }
            }
        }
        return awaited;
    }

    @Override
    public Map<Long, LocalDate> lastUrged(CurrentUser user, long id) {
        ProposalRound round = find(user, id);
        check(user, round, Action.READ_ANSWERS);
        return store.lastUrged(id);
    }

    /** The agencies asked that have submitted nothing yet, in the organiser's order. */
    private List<Long> missing(ProposalRound round) {
        Set<Long> answered = new java.util.HashSet<>();
        store.current(round.id()).forEach(s -> answered.add(s.agencyId()));
        return round.addresseeIds().stream().filter(a -> !answered.contains(a)).toList();
    }

    @Override
    @Transactional
    public PlannedTasks turnIntoTasks(CurrentUser user, long id, ProposalsToTasks request) {
        ProposalRound round = find(user, id);
        check(user, round, Action.PLAN_TASKS);
        var errors = new InvalidInputException.Collector();
        if (request.proposals().isEmpty()) {
            errors.add("proposals", Message.of("invalid.round.proposals.required"));
        }
        if (request.proposals().size() > 500) {
            errors.add("proposals", Message.of("invalid.round.proposals.too-many", 500));
        }
        var chosen = new ArrayList<Located>();
        var seen = new java.util.HashSet<ProposalRef>();
        Map<String, String> merges = store.merges(id);
        for (ProposalRef ref : request.proposals()) {
            if (!seen.add(ref)) {
                continue;
            }
            if (merges.containsKey(ref.key())) {
                ProposalRef into = ProposalRef.ofKey(merges.get(ref.key()));
                errors.add("proposals", Message.of("invalid.round.proposals.merged", ref.receipt(), ref.table(),
                        ref.row(), into.receipt(), into.table(), into.row()));
                continue;
            }
            locate(id, ref, "proposals", errors).ifPresent(chosen::add);
        }
        String lead = request.leadUnit() == null || request.leadUnit().isBlank() ? null : request.leadUnit().strip();
        if (lead != null && organization.unitByCode(round.agencyId(), lead).isEmpty()) {
            errors.add("leadUnit", Message.of("invalid.round.lead-unit.unknown", lead));
        }
        if (request.directiveId() == null && (request.directiveNumber() == null
                || request.directiveNumber().isBlank())) {
            errors.add("directive", Message.of("invalid.round.directive.required"));
        }
        errors.throwIfAny();

        Directive directive;
        if (request.directiveId() != null) {
            directive = directives.find(user, request.directiveId()).orElseThrow(() -> InvalidInputException
                    .of("directive", Message.of("invalid.round.directive.unknown", request.directiveId())));
        } else {
            directive = directives.record(user, new NewDirective(DirectiveKind.KE_HOACH,
                    request.directiveNumber().strip(), round.agencyId(), null,
                    request.directiveDate() != null ? request.directiveDate() : LocalDate.now(clock), null,
                    request.directiveSummary() == null || request.directiveSummary().isBlank() ? round.title()
                            : request.directiveSummary().strip(),
                    null, null));
        }
        Map<String, String> unitCodes = new HashMap<>();
        for (Unit u : organization.units(round.agencyId())) {
            unitCodes.put(Text.fold(u.name()), u.code());
            unitCodes.put(Text.fold(u.code()), u.code());
        }
        String organiserCode = organization.unit(round.agencyId(), round.organiserUnitId()).map(Unit::code)
                .orElseThrow();
        Instant now = clock.instant();
        var created = new ArrayList<PlannedTasks.Made>();
        var already = new ArrayList<PlannedTasks.Made>();
        for (Located c : chosen) {
            int table = c.ref().table() - 1;
            int row = c.ref().row() - 1;
            Optional<Long> existing = store.proposalTask(c.submission().id(), table, row);
            if (existing.isPresent()) {
                already.add(new PlannedTasks.Made(c.ref(), existing.get()));
                continue;
            }
            String agency = organization.agency(c.submission().agencyId()).map(Agency::name).orElse("");
            String source = "Nguồn: đề xuất của " + agency + " trong đợt lấy đề xuất “" + round.title() + "” (số "
                    + id + "), số tiếp nhận " + c.ref().receipt() + ", bảng " + c.ref().table() + " dòng "
                    + c.ref().row() + "." + alsoProposed(id, c.ref(), merges);
            var draft = ProposalTaskDraft.of(round.template().tables().get(table), c.cells(), directive.id(), lead,
                    organiserCode, name -> Optional.ofNullable(unitCodes.get(Text.fold(name))), source,
                    text -> deadlines.parse(text, directive.issueDate(), calendar) instanceof DeadlinePhrase.Understood u
                            ? Optional.ofNullable(u.date()) : Optional.empty());
            long taskId;
            try {
                taskId = tasks.create(user, draft).id();
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.errors().stream().map(err -> new InvalidInputException.FieldError(
                        "proposals", Message.of("invalid.round.proposals.task", c.ref().toString(), err.message()))).toList());
            }
            store.insertProposalTask(id, c.submission().id(), table, row, taskId, directive.id(), user.username(),
                    now);
            created.add(new PlannedTasks.Made(c.ref(), taskId));
        }
        if (!created.isEmpty()) {
            List<Long> ids = created.stream().map(PlannedTasks.Made::taskId).toList();
            events.publishEvent(new RoundEvent.ProposalsPlanned(id, round.agencyId(), user.username(), directive.id(),
                    ids, new AuditedChange(null, Map.of("directive", directive.number(), "tasks", ids, "proposals",
                            created.stream().map(m -> m.proposal().toString()).toList()))));
        }
        return new PlannedTasks(directive.id(), created, already);
    }

    /** A proposal found in the submitted version its receipt names. */
    private record Located(ProposalRef ref, Submission submission, Map<String, String> cells) {
    }

    private Optional<Located> locate(long id, ProposalRef ref, String field, InvalidInputException.Collector errors) {
        Optional<Submission> submission = store.submission(id, ref.receipt());
        if (submission.isEmpty()) {
            errors.add(field, Message.of("invalid.round.proposals.unknown-receipt", ref.receipt()));
            return Optional.empty();
        }
        List<Map<String, String>> rows = ref.table() < 1 ? List.of() : submission.get().content().rows(ref.table() - 1);
        if (ref.row() < 1 || ref.row() > rows.size()) {
            errors.add(field, Message.of("invalid.round.proposals.unknown-row", ref.receipt(), ref.table(), ref.row()));
            return Optional.empty();
        }
        return Optional.of(new Located(ref, submission.get(), rows.get(ref.row() - 1)));
    }

    /** " Cùng đề xuất: …" naming the proposers of the duplicates merged into the proposal, or "". */
    private String alsoProposed(long id, ProposalRef kept, Map<String, String> merges) {
        var others = new ArrayList<String>();
        merges.forEach((dup, into) -> {
            if (into.equals(kept.key())) {
                String receipt = dup.substring(0, dup.indexOf('/'));
                String agency = store.submission(id, receipt)
                        .flatMap(s -> organization.agency(s.agencyId())).map(Agency::name).orElse(receipt);
                String[] at = dup.substring(receipt.length() + 1).split("/");
                others.add(agency + " (số tiếp nhận " + receipt + ", bảng " + at[0] + " dòng " + at[1] + ")");
            }
        });
        return others.isEmpty() ? "" : " Cùng đề xuất: " + String.join("; ", others) + ".";
    }

    @Override
    @Transactional
    public int merge(CurrentUser user, long id, ProposalRef kept, List<ProposalRef> duplicates) {
        ProposalRound round = find(user, id);
        check(user, round, Action.MERGE);
        var errors = new InvalidInputException.Collector();
        if (kept == null) {
            errors.add("kept", Message.of("invalid.round.kept.required"));
        }
        if (duplicates == null || duplicates.isEmpty()) {
            errors.add("duplicates", Message.of("invalid.round.duplicates.required"));
        }
        errors.throwIfAny();
        Map<String, String> merges = store.merges(id);
        Map<String, Long> tasksMade = store.proposalTasks(id);
        Optional<Located> into = locate(id, kept, "kept", errors);
        if (merges.containsKey(kept.key())) {
            errors.add("kept", Message.of("invalid.round.kept.merged", kept.receipt(), kept.table(), kept.row()));
        }
        var toMerge = new ArrayList<Located>();
        for (ProposalRef dup : new java.util.LinkedHashSet<>(duplicates)) {
            if (dup.equals(kept)) {
                errors.add("duplicates", Message.of("invalid.round.duplicates.self", dup.receipt(), dup.table(), dup.row()));
                continue;
            }
            if (merges.containsKey(dup.key())) {
                if (!merges.get(dup.key()).equals(kept.key())) {
                    errors.add("duplicates", Message.of("invalid.round.duplicates.merged", dup.receipt(), dup.table(),
                            dup.row()));
                }
                continue;
            }
            if (merges.containsValue(dup.key())) {
                errors.add("duplicates", Message.of("invalid.round.duplicates.keeps-others", dup.receipt(), dup.table(),
                        dup.row()));
                continue;
            }
            if (tasksMade.containsKey(dup.key())) {
                errors.add("duplicates", Message.of("invalid.round.duplicates.task-made", dup.receipt(), dup.table(),
                        dup.row(), tasksMade.get(dup.key())));
                continue;
            }
            locate(id, dup, "duplicates", errors).ifPresent(toMerge::add);
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        Located k = into.orElseThrow();
        for (Located d : toMerge) {
            store.insertMerge(id, d.submission().id(), d.ref().table() - 1, d.ref().row() - 1, k.submission().id(),
                    kept.table() - 1, kept.row() - 1, user.username(), now);
        }
        if (!toMerge.isEmpty()) {
            List<String> keys = toMerge.stream().map(d -> d.ref().key()).toList();
            events.publishEvent(new RoundEvent.ProposalsMerged(id, round.agencyId(), user.username(), kept.key(), keys,
                    new AuditedChange(null, Map.of("kept", kept.key(), "duplicates", keys))));
        }
        return toMerge.size();
    }

    @Override
    public Map<String, String> merges(CurrentUser user, long id) {
        ProposalRound round = find(user, id);
        check(user, round, Action.READ_ANSWERS);
        return store.merges(id);
    }

    @Override
    public Map<String, Long> proposalTasks(CurrentUser user, long id) {
        ProposalRound round = find(user, id);
        check(user, round, Action.READ_ANSWERS);
        return store.proposalTasks(id);
    }

    @Override
    @Transactional
    public Review review(CurrentUser user, long id, String receipt, Review.Decision decision, String reason) {
        ProposalRound round = find(user, id);
        check(user, round, Action.REVIEW);
        var errors = new InvalidInputException.Collector();
        String why = Review.checkedReason(decision, reason, errors);
        Optional<Submission> submission = receipt == null ? Optional.empty() : store.submission(id, receipt.strip());
        if (submission.isEmpty()) {
            errors.add("receipt", Message.of("invalid.round.proposals.unknown-receipt", receipt == null ? "" : receipt));
        }
        errors.throwIfAny();
        Submission s = submission.get();
        if (s.version() != store.lastVersion(id, s.agencyId())) {
            throw new ConflictException(ConflictException.Kind.STATE,
                    Message.of("conflict.round.review.not-last", s.number()));
        }
        Instant now = clock.instant();
        if (!store.insertReview(id, s.id(), decision, why, user.username(), now)) {
            Review made = store.reviews(id, s.agencyId()).get(s.number());
            throw new ConflictException(ConflictException.Kind.STATE, Message.of("conflict.round.review.decided",
                    s.number(), Message.of(made.decision().code()), vn.nhiemvu.shared.DisplayDates.dateTime(made.decidedAt())));
        }
        var review = new Review(s.number(), decision, why, user.username(), now);
        events.publishEvent(new RoundEvent.SubmissionReviewed(id, round.agencyId(), user.username(), s.agencyId(),
                round.title(), s.number(), decision, why, new AuditedChange(Map.of("receipt", s.number(), "decision",
                        "PENDING"), Map.of("receipt", s.number(), "decision", decision.name(), "reason", why))));
        return review;
    }

    @Override
    public Map<String, Review> reviews(CurrentUser user, long id) {
        ProposalRound round = find(user, id);
        check(user, round, Action.READ_ANSWERS);
        return store.reviews(id, null);
    }

    /**
     * The policy's answer; a respondent refused reading the others' answers is not told they exist (404), as a task
     * out of scope is not.
     */
    static void check(CurrentUser user, ProposalRound round, Action action) {
        Relation relation = RoundPermissions.relation(user, round);
        if (relation == Relation.RESPONDENT && !RoundPermissions.POLICY.allows(action, relation)) {
            throw new NotFoundException(Message.of("notfound.shared.not-found"));
        }
        RoundPermissions.POLICY.check(action, relation);
    }

    /** What the audit keeps of a round: its facts, not its template. */
    private static Map<String, Object> summary(ProposalRound r) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("title", r.title());
        m.put("deadlineText", r.deadlineText());
        m.put("deadline", r.deadline().toString());
        m.put("acceptLate", r.acceptLate());
        m.put("status", r.status().name());
        m.put("addressees", r.addresseeIds());
        m.put("tables", r.template().tables().size());
        return m;
    }
}
