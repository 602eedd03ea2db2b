package vn.nhiemvu.round.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.audit.AuditedChange;
import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.deadline.DeadlinePhraseParser;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Relation;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.round.Aggregation;
import vn.nhiemvu.round.Answer;
import vn.nhiemvu.round.AnswerContent;
import vn.nhiemvu.round.AwaitedAnswers;
import vn.nhiemvu.round.ProposalsToTasks;
import vn.nhiemvu.round.PlannedTasks;
import vn.nhiemvu.round.ProposalRef;
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

/** Opens, closes and reads rounds; keeps drafts and submissions. Scope first (404), then the policy (403). */
@Service
@Transactional(readOnly = true)
class RoundService implements Rounds {

    static final int MAX_TITLE = 500;
    static final int MAX_BASIS = 2000;
    static final int MAX_INSTRUCTIONS = 8000;
    static final int MAX_ADDRESSEES = 200;

    private final JdbcRounds store;
    private final Organization organization;
    private final Accounts accounts;
    private final DeadlinePhraseParser deadlines;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RoundDocuments documents;
    private final RoundAnswering answering;
    private final RoundPlanning planning;
    private final DecisionService decisions;
    private final RoundUrging urging;

    RoundService(JdbcRounds store, Organization organization, Accounts accounts, DeadlinePhraseParser deadlines,
            WorkingCalendar calendar, ApplicationEventPublisher events, Clock clock, RoundDocuments documents,
            RoundAnswering answering, RoundPlanning planning, DecisionService decisions,
            RoundUrging urging) {
        this.urging = urging;
        this.store = store;
        this.organization = organization;
        this.accounts = accounts;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
        this.documents = documents;
        this.answering = answering;
        this.planning = planning;
        this.decisions = decisions;
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
        return seen(store, user, id);
    }

    /** The round if the user sees it, else not found (404), for this module's services. */
    static ProposalRound seen(JdbcRounds store, CurrentUser user, long id) {
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
        return answering.answer(round, agencyId);
    }

    @Override
    @Transactional
    public Answer saveDraft(CurrentUser user, long id, AnswerContent typed) {
        return answering.saveDraft(user, id, typed);
    }

    @Override
    @Transactional
    public Submission submit(CurrentUser user, long id, AnswerContent typed) {
        return answering.submit(user, id, typed);
    }

    @Override
    public byte[] templateWorkbook(CurrentUser user, long id) {
        return TemplateWorkbook.write(find(user, id));
    }

    @Override
    @Transactional
    public Submission submitWorkbook(CurrentUser user, long id, String filename, byte[] content) {
        return answering.submitWorkbook(user, id, filename, content);
    }

    @Override
    @Transactional
    public PlannedTasks turnIntoTasks(CurrentUser user, long id, ProposalsToTasks request) {
        return planning.turnIntoTasks(user, id, request);
    }

    @Override
    @Transactional
    public int merge(CurrentUser user, long id, ProposalRef kept, List<ProposalRef> duplicates) {
        return decisions.merge(user, id, kept, duplicates);
    }

    @Override
    @Transactional
    public Review review(CurrentUser user, long id, String receipt, Review.Decision decision, String reason) {
        return decisions.review(user, id, receipt, decision, reason);
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
        return urging.urgeLate(user, id);
    }

    @Override
    public List<AwaitedAnswers> awaited(long agencyId) {
        return urging.awaited(agencyId);
    }

    @Override
    public Map<Long, LocalDate> lastUrged(CurrentUser user, long id) {
        return urging.lastUrged(user, id);
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
